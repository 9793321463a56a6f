import "server-only";
/**
 * The demo accounts the embedded database made on its first start (db/seed/seed-database.ts), as the
 * sign-in page lists them: only on the embedded database (never on PostgreSQL, where none are
 * made), and only those still there and enabled, so an admin who removed or disabled one stops
 * advertising it.
 */
import { and, inArray, isNull } from "drizzle-orm";
import { getDb, readDbEnv } from "@/db/client";
import { users } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import type { UserRole } from "@/lib/core/fields";

export interface DemoAccounts {
  password: string;
  accounts: { email: string; role: UserRole }[];
}

export async function listDemoAccounts(): Promise<DemoAccounts | null> {
  if (readDbEnv().databaseUrl) return null;
  const db = await getDb();
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const rows = await db
    .select({ email: users.email, role: users.role })
    .from(users)
    .where(and(inArray(users.email, emails), isNull(users.disabledAt)));
  if (rows.length === 0) return null;
  const order = (email: string) => emails.indexOf(email as (typeof emails)[number]);
  return { password: DEMO_PASSWORD, accounts: rows.sort((a, b) => order(a.email) - order(b.email)) };
}
