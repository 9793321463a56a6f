/**
 * Email + password sign-in, without Next: the credentials provider calls this, and so do tests.
 *
 * Rate limiting counts failed attempts in sign_in_attempts, so every stateless app server sees
 * the same counts:
 *   - per account: 5 failures in 15 minutes (failures before the account's last success don't count);
 *   - per client address: 20 failures in 15 minutes (a success does not reset it, or one valid
 *     account would let an attacker reset the counter while guessing others).
 * A limited attempt is refused before the password is checked and is not recorded, so a lock
 * lifts 15 minutes after the failure that caused it.
 */
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts, users } from "@/db/schema";
import type { UserRole } from "@/lib/core/fields";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

export const RATE_LIMIT = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  /** Attempts older than this are deleted as new ones come in. */
  retentionMs: 24 * 60 * 60_000,
} as const;

export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

export type AuthenticateResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid_credentials" | "rate_limited" };

export interface AuthenticateInput {
  db: Db;
  email: string;
  password: string;
  /** The client's address (from the proxy's X-Forwarded-For); null when unknown: no per-address limit. */
  address: string | null;
  now?: Date;
  /** Injectable for tests that check the equal-time path. */
  verify?: (passwordHash: string, password: string) => Promise<boolean>;
}

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `ip:${address.trim().toLowerCase()}`;
}

export async function authenticate(input: AuthenticateInput): Promise<AuthenticateResult> {
  const { db, password } = input;
  const verify = input.verify ?? verifyPassword;
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), ...(input.address ? [addressKey(input.address)] : [])];

  if (await isRateLimited(db, keys, now)) return { ok: false, reason: "rate_limited" };

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);

  // Always one argon2 verification, whether or not the account exists, is disabled or has no password.
  const usable = user && user.passwordHash && !user.disabledAt ? user : undefined;
  const matches = await verify(usable?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
  const succeeded = Boolean(usable && matches);

  await recordAttempt(db, keys, succeeded, now);
  if (!usable || !succeeded) return { ok: false, reason: "invalid_credentials" };
  return { ok: true, user: { id: usable.id, email: usable.email, name: usable.name, role: usable.role } };
}

async function isRateLimited(db: Db, keys: string[], now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - RATE_LIMIT.windowMs);
  const [account, address] = keys;
  if (!account) return false;
  const lastSuccess = db
    .select({ at: sql`max(${signInAttempts.at})` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, account), eq(signInAttempts.succeeded, true)));
  const [accountRow] = await db
    .select({ failures: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.key, account),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, since),
        sql`${signInAttempts.at} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    );
  if ((accountRow?.failures ?? 0) >= RATE_LIMIT.maxFailuresPerAccount) return true;
  if (!address) return false;
  const [addressRow] = await db
    .select({ failures: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, address), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
  return (addressRow?.failures ?? 0) >= RATE_LIMIT.maxFailuresPerAddress;
}

async function recordAttempt(db: Db, keys: string[], succeeded: boolean, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(signInAttempts).values(keys.map((key) => ({ key, succeeded, at: now })));
    await tx
      .delete(signInAttempts)
      .where(and(inArray(signInAttempts.key, keys), lt(signInAttempts.at, new Date(now.getTime() - RATE_LIMIT.retentionMs))));
  });
}
