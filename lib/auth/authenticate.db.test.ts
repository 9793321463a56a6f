/** Sign-in core: rate limits per account and per address, stored in the database; equal-time path. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { testDatabase } from "@/db/testing/test-db";
import { makeUser } from "@/lib/users/testing";
import { authenticate, RATE_LIMIT } from "./authenticate";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

const PASSWORD = "correct horse battery staple";
let db: Db;

beforeAll(() => {
  db = testDatabase().db;
});

let addressSerial = 0;
const freshAddress = () => `198.51.100.${(addressSerial += 1)}`;

describe("authenticate", () => {
  it("signs in with the right password and returns only id, email, name, role", async () => {
    const user = await makeUser(db, "editor", PASSWORD);
    const result = await authenticate({ db, email: user.email.toUpperCase(), password: PASSWORD, address: freshAddress() });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: expect.any(String), role: "editor" } });
  });

  it("refuses the 6th attempt for an account even with the right password, without checking it", async () => {
    const user = await makeUser(db, "reviewer", PASSWORD);
    for (let i = 0; i < RATE_LIMIT.maxFailuresPerAccount; i++) {
      // A different address each time: this is the per-account limit.
      expect(await authenticate({ db, email: user.email, password: "wrong", address: freshAddress() })).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    let verified = 0;
    const verify = async (hash: string, password: string) => {
      verified += 1;
      return verifyPassword(hash, password);
    };
    const sixth = await authenticate({ db, email: user.email, password: PASSWORD, address: freshAddress(), verify });
    expect(sixth).toEqual({ ok: false, reason: "rate_limited" });
    expect(verified).toBe(0);

    // Fifteen minutes after the failures, the lock has lifted.
    const later = new Date(Date.now() + RATE_LIMIT.windowMs + 1_000);
    expect(await authenticate({ db, email: user.email, password: PASSWORD, address: freshAddress(), now: later })).toMatchObject({
      ok: true,
    });
  });

  it("limits unknown accounts the same way", async () => {
    const email = `nobody-${Math.random().toString(36).slice(2)}@test.example`;
    for (let i = 0; i < RATE_LIMIT.maxFailuresPerAccount; i++) {
      expect(await authenticate({ db, email, password: "guess", address: freshAddress() })).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    expect(await authenticate({ db, email, password: "guess", address: freshAddress() })).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("limits one address across many accounts", async () => {
    const address = freshAddress();
    for (let i = 0; i < RATE_LIMIT.maxFailuresPerAddress; i++) {
      await authenticate({ db, email: `spray-${i}-${Math.random()}@test.example`, password: "guess", address });
    }
    const user = await makeUser(db, "reviewer", PASSWORD);
    expect(await authenticate({ db, email: user.email, password: PASSWORD, address })).toEqual({ ok: false, reason: "rate_limited" });
    expect(await authenticate({ db, email: user.email, password: PASSWORD, address: freshAddress() })).toMatchObject({ ok: true });
  });

  it("a success resets the account's count", async () => {
    const user = await makeUser(db, "reviewer", PASSWORD);
    for (let i = 0; i < RATE_LIMIT.maxFailuresPerAccount - 1; i++) {
      await authenticate({ db, email: user.email, password: "wrong", address: freshAddress() });
    }
    expect(await authenticate({ db, email: user.email, password: PASSWORD, address: freshAddress() })).toMatchObject({ ok: true });
    await authenticate({ db, email: user.email, password: "wrong", address: freshAddress() });
    expect(await authenticate({ db, email: user.email, password: PASSWORD, address: freshAddress() })).toMatchObject({ ok: true });
  });

  it("verifies against the dummy hash when the account does not exist, is disabled or has no password", async () => {
    const seen: string[] = [];
    const verify = async (hash: string, password: string) => {
      seen.push(hash);
      return verifyPassword(hash, password);
    };
    const oauthOnly = await makeUser(db, "reviewer", null);
    await authenticate({ db, email: "absent@test.example", password: PASSWORD, address: freshAddress(), verify });
    await authenticate({ db, email: oauthOnly.email, password: PASSWORD, address: freshAddress(), verify });
    const real = await makeUser(db, "reviewer", PASSWORD);
    await authenticate({ db, email: real.email, password: "wrong", address: freshAddress(), verify });
    expect(seen.slice(0, 2)).toEqual([DUMMY_PASSWORD_HASH, DUMMY_PASSWORD_HASH]);
    expect(seen[2]).not.toBe(DUMMY_PASSWORD_HASH);
    expect(seen[2]?.slice(0, 30)).toBe(DUMMY_PASSWORD_HASH.slice(0, 30)); // same argon2id parameters
  });
});
