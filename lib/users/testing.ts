/** Real users and rows for the review tests (no auth mock: actors come from the users table). */
import { asc, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, citations, claims, notes, users } from "@/db/schema";
import type { Actor } from "@/lib/core/roles";
import type { UserRole } from "@/lib/core/fields";
import { insertUser } from "./mutations";

let serial = 0;

/** A fresh user of `role` (unique email per call), returned as the actor the session would give. */
export async function makeUser(db: Db, role: UserRole, password: string | null = null): Promise<Actor & { email: string }> {
  serial += 1;
  const email = `${role}-${serial}-${Math.random().toString(36).slice(2, 8)}@test.example`;
  // Only users that sign in need a (slow, argon2) password hash.
  const created = await insertUser(db, { email, role, password });
  if (!created) throw new Error(`could not create ${email}`);
  return { id: created.id, role: created.role, email };
}

export async function firstClaim(db: Db) {
  const [claim] = await db.select().from(claims).orderBy(asc(claims.id)).limit(1);
  if (!claim) throw new Error("the seeded database has no claims");
  return claim;
}

export async function auditCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}

export async function citationRow(db: Db, id: number) {
  const [row] = await db.select().from(citations).where(eq(citations.id, id));
  return row;
}

export async function noteRow(db: Db, id: number) {
  const [row] = await db.select().from(notes).where(eq(notes.id, id));
  return row;
}

export async function userRow(db: Db, id: number) {
  const [row] = await db.select({ id: users.id, role: users.role, email: users.email }).from(users).where(eq(users.id, id));
  return row;
}

export const citationForm = (claimId: number, overrides: Record<string, string> = {}) => ({
  claimId: String(claimId),
  url: "https://www.bls.gov/news.release/empsit.nr0.htm",
  title: "The Employment Situation",
  publisher: "Bureau of Labor Statistics",
  publishedOn: "2024-03-08",
  quote: "Total nonfarm payroll employment rose by 275,000 in February.",
  stance: "supports",
  figure: "275,000",
  ...overrides,
});
