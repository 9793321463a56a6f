/**
 * Accounts: admins create them, change roles and disable or re-enable them (an admin cannot
 * demote or disable the last admin). A role change and disabling end every session of the account
 * in the same transaction (lib/auth/sessions.ts). The same record-level functions serve the
 * `npm run user` command line and the embedded demo seed.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { users } from "@/db/schema";
import { defaultName } from "@/lib/auth/oauth";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { createUserSchema, updateUserRoleSchema, userAccountSchema } from "./schema";
import { type UserRole } from "@/lib/core/fields";
import { defineMutation, Refusal } from "@/db/mutation";

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  createdAt: Date;
  disabled: boolean;
}

const summaryColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  createdAt: users.createdAt,
  disabledAt: users.disabledAt,
};

function toSummary(row: {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  createdAt: Date;
  disabledAt: Date | null;
}): UserSummary {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt, disabled: row.disabledAt !== null };
}

/** Inserts a user; null when the email is taken. The password is hashed here (argon2id). */
export async function insertUser(
  db: Db | Tx,
  input: { email: string; name?: string; role: UserRole; password: string | null },
): Promise<UserSummary | null> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ email, name: input.name?.trim() || defaultName(email), role: input.role, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning(summaryColumns);
  return row ? toSummary(row) : null;
}

/** Every account, oldest first: for admins and the command line. Never a password hash. */
export async function listUserSummaries(db: Db): Promise<UserSummary[]> {
  const rows = await db.select(summaryColumns).from(users).orderBy(asc(users.id));
  return rows.map(toSummary);
}

/** Active admins, locked so two concurrent demotions cannot both pass the last-admin check. */
async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
    .for("update");
  return rows.map((row) => row.id);
}

export const LAST_ADMIN = "This is the last admin: make someone else an admin first.";

/**
 * Sets a role, refusing to demote the last active admin, and ends the account's sessions (they
 * sign in again with the new role). Shared by the action and the command line.
 */
export async function setRoleChecked(tx: Tx, target: { id: number; role: UserRole }, role: UserRole): Promise<void> {
  if (target.role === "admin" && role !== "admin") {
    const admins = await lockActiveAdmins(tx);
    if (admins.length <= 1 && admins.includes(target.id)) throw new Refusal(LAST_ADMIN, { fieldErrors: { role: [LAST_ADMIN] } });
  }
  await tx.update(users).set({ role }).where(eq(users.id, target.id));
  await revokeUserSessions(tx, target.id);
}

export const LAST_ADMIN_DISABLE = "This is the last admin: make someone else an admin before disabling this account.";

/**
 * Disables (or re-enables) an account. Disabling refuses the last active admin and ends every
 * session of the account at once. Shared by the actions and the command line.
 */
export async function setDisabledChecked(tx: Tx, target: { id: number; role: UserRole }, disabled: boolean): Promise<void> {
  if (disabled && target.role === "admin") {
    const admins = await lockActiveAdmins(tx);
    if (admins.length <= 1 && admins.includes(target.id)) throw new Refusal(LAST_ADMIN_DISABLE);
  }
  await tx
    .update(users)
    .set({ disabledAt: disabled ? sql`now()` : null })
    .where(eq(users.id, target.id));
  if (disabled) await revokeUserSessions(tx, target.id);
}

/** Sets a new password (argon2id) and ends every session of the account. */
export async function setPassword(tx: Tx, userId: number, password: string): Promise<void> {
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, userId));
  await revokeUserSessions(tx, userId);
}

async function loadAccount(tx: Tx, userId: number) {
  const [user] = await tx
    .select({ id: users.id, role: users.role, email: users.email, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return user;
}

export const disableUser = defineMutation({
  action: "user.disabled",
  schema: userAccountSchema,
  minimumRole: "admin",
  load: (tx, input) => loadAccount(tx, input.userId),
  notFound: "This account does not exist.",
  authorize: (actor, row) => actor.id !== row.id || "You cannot disable your own account: ask another admin.",
  write: async (tx, { row }) => {
    if (row.disabledAt) throw new Refusal(`${row.email} is already disabled.`);
    await setDisabledChecked(tx, row, true);
    return {
      id: row.id,
      message: "Disabled and signed out everywhere.",
      audit: {
        entityType: "user",
        entityId: row.id,
        claimId: null,
        before: { email: row.email, disabled: false },
        after: { email: row.email, disabled: true },
      },
      affected: { userId: row.id },
    };
  },
});

export const enableUser = defineMutation({
  action: "user.enabled",
  schema: userAccountSchema,
  minimumRole: "admin",
  load: (tx, input) => loadAccount(tx, input.userId),
  notFound: "This account does not exist.",
  authorize: () => true,
  write: async (tx, { row }) => {
    if (!row.disabledAt) throw new Refusal(`${row.email} is not disabled.`);
    await setDisabledChecked(tx, row, false);
    return {
      id: row.id,
      message: "Enabled: can sign in again.",
      audit: {
        entityType: "user",
        entityId: row.id,
        claimId: null,
        before: { email: row.email, disabled: true },
        after: { email: row.email, disabled: false },
      },
      affected: { userId: row.id },
    };
  },
});

export const createUser = defineMutation({
  action: "user.created",
  schema: createUserSchema,
  minimumRole: "admin",
  load: async () => ({}),
  notFound: "",
  authorize: () => true,
  write: async (tx, { input }) => {
    const password = input.password ?? generatePassword();
    const created = await insertUser(tx, { email: input.email, name: input.name, role: input.role, password });
    if (!created) {
      const message = "An account with this email already exists.";
      throw new Refusal(message, { fieldErrors: { email: [message] } });
    }
    return {
      id: created.id,
      // Shown once to the admin who created the account; it is stored only as a hash.
      message: input.password
        ? `Created ${created.email} (${created.role}).`
        : `Created ${created.email} (${created.role}). Their password, shown only now: ${password}`,
      audit: {
        entityType: "user",
        entityId: created.id,
        claimId: null,
        before: null,
        after: { email: created.email, name: created.name, role: created.role },
      },
      affected: { userId: created.id },
    };
  },
});

export const updateUserRole = defineMutation({
  action: "user.role_changed",
  schema: updateUserRoleSchema,
  minimumRole: "admin",
  load: async (tx, input) => {
    const [user] = await tx
      .select({ id: users.id, role: users.role, email: users.email })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    return user;
  },
  notFound: "This account does not exist.",
  authorize: () => true,
  write: async (tx, { row, input }) => {
    if (row.role === input.role) throw new Refusal(`${row.email} is already ${article(row.role)} ${row.role}.`);
    await setRoleChecked(tx, row, input.role);
    return {
      id: row.id,
      message: `${row.email} is now ${article(input.role)} ${input.role}.`,
      audit: {
        entityType: "user",
        entityId: row.id,
        claimId: null,
        before: { email: row.email, role: row.role },
        after: { email: row.email, role: input.role },
      },
      affected: { userId: row.id },
    };
  },
});

function article(role: UserRole): string {
  return role === "admin" || role === "editor" ? "an" : "a";
}
