/**
 * argon2id password hashes. Parameters are OWASP's minimum for argon2id (19 MiB, 2 passes,
 * 1 lane): ~50 ms on our 2-core servers.
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 */
import { randomBytes } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

// `Algorithm` is an ambient const enum, which isolatedModules cannot read; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * A hash of a random password nobody knows, made with the same parameters as real hashes. Signing
 * in as an unknown (or disabled, or OAuth-only) account verifies against it, so the answer takes
 * as long as for a real account and timing does not tell which emails exist.
 */
export const DUMMY_PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$lx0n/8krwFoh9kDjWzprjQ$/hW6L6FeZjfN62sCUShPMq/4/kinGWtjVdLKtwXVOVU";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False (never a throw) for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** 24 URL-safe characters from 144 random bits. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
