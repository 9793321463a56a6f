/**
 * Server-side sessions. The session token (a JWT next-auth encrypts into the cookie) carries a
 * session id; every request reads the user together with that session row (current-user.ts), so a
 * session ends on the server the moment its row is revoked: at sign-out, and for all of a user's
 * sessions at a password change, a role change and when the account is disabled. A token alone,
 * however valid its signature, grants nothing once its row is revoked.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { users, userSessions } from "@/db/schema";
import type { UserRole } from "@/lib/core/fields";

/** A session older than this ends, however active: sign in again. */
export const SESSION_MAX_DAYS = 30;

/** Records a new session for `userId` and returns its id (for the token). */
export async function startSession(db: Db | Tx, userId: number): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.insert(userSessions).values({ id, userId });
  // Housekeeping: this user's ended sessions go.
  await db
    .delete(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        or(isNotNull(userSessions.revokedAt), lt(userSessions.createdAt, sql`now() - make_interval(days => ${SESSION_MAX_DAYS})`)),
      ),
    );
  return id;
}

export async function revokeSession(db: Db | Tx, sessionId: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Ends every session of a user (password or role changed, account disabled). Returns how many. */
export async function revokeUserSessions(db: Db | Tx, userId: number): Promise<number> {
  const revoked = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return revoked.length;
}

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

/**
 * The user of a live session: the account exists and is not disabled, and the session row is
 * theirs, not revoked and younger than SESSION_MAX_DAYS. One query, the one every request makes.
 */
export async function sessionUser(db: Db, userId: number, sessionId: string): Promise<SessionUser | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .innerJoin(userSessions, eq(userSessions.userId, users.id))
    .where(
      and(
        eq(users.id, userId),
        isNull(users.disabledAt),
        eq(userSessions.id, sessionId),
        isNull(userSessions.revokedAt),
        sql`${userSessions.createdAt} > now() - make_interval(days => ${SESSION_MAX_DAYS})`,
      ),
    );
  return user ?? null;
}
