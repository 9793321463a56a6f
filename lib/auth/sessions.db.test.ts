/**
 * Server-side sessions (issue 12, item 4): a session ends on the server when its user signs out,
 * when an admin changes their role or disables the account, and when the password changes (from
 * the command line); a disabled account's sessions stop at once and do not come back on enable.
 * Real users and session rows, on PGlite and PostgreSQL.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users, userSessions } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import { makeUser } from "@/lib/users/testing";
import { disableUser, enableUser, LAST_ADMIN_DISABLE, updateUserRole } from "@/lib/users/mutations";
import { authenticate } from "./authenticate";
import { revokeSession, sessionUser, startSession } from "./sessions";
import { runUserCli } from "@/lib/tools/user-cli";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  db = testDatabase().db;
  admin = await makeUser(db, "admin");
});

/** A user signed in twice (two browsers), as the sign-in callback records it. */
async function signedInTwice(role: "reviewer" | "editor" | "admin" = "reviewer") {
  const user = await makeUser(db, role);
  const sessions = [await startSession(db, user.id), await startSession(db, user.id)];
  for (const sid of sessions) expect(await sessionUser(db, user.id, sid)).toMatchObject({ id: user.id, role });
  return { user, sessions };
}

const live = async (userId: number, sessions: string[]) =>
  (await Promise.all(sessions.map((sid) => sessionUser(db, userId, sid)))).filter((user) => user !== null).length;

describe("a session", () => {
  it("is the user's only while its row is live: sign-out revokes this one, not the other browser's", async () => {
    const { user, sessions } = await signedInTwice();
    const [first, second] = sessions as [string, string];
    await revokeSession(db, first);
    expect(await sessionUser(db, user.id, first)).toBeNull();
    expect(await sessionUser(db, user.id, second)).toMatchObject({ id: user.id });
  });

  it("never serves another user's id or an unknown session id", async () => {
    const { sessions } = await signedInTwice();
    const other = await makeUser(db, "editor");
    expect(await sessionUser(db, other.id, sessions[0] as string)).toBeNull();
    expect(await sessionUser(db, other.id, "made-up-session-id")).toBeNull();
  });

  it("ends everywhere when an admin changes the role", async () => {
    const { user, sessions } = await signedInTwice();
    const result = await updateUserRole(db, admin, { userId: String(user.id), role: "editor" });
    expect(result.state).toMatchObject({ ok: true });
    expect(await live(user.id, sessions)).toBe(0);
    // Signing in again gives a session with the new role.
    const fresh = await startSession(db, user.id);
    expect(await sessionUser(db, user.id, fresh)).toMatchObject({ role: "editor" });
  });

  it("ends everywhere when an admin disables the account, and stays ended when it is enabled again", async () => {
    const { user, sessions } = await signedInTwice();
    expect((await disableUser(db, admin, { userId: String(user.id) })).state).toMatchObject({ ok: true });
    expect(await live(user.id, sessions)).toBe(0);
    const [row] = await db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, user.id));
    expect(row?.disabledAt).toBeInstanceOf(Date);
    // A session made for a disabled account (a race with sign-in) is not served either.
    expect(await sessionUser(db, user.id, await startSession(db, user.id))).toBeNull();

    expect((await enableUser(db, admin, { userId: String(user.id) })).state).toMatchObject({ ok: true });
    expect(await live(user.id, sessions)).toBe(0);
    expect(await sessionUser(db, user.id, await startSession(db, user.id))).toMatchObject({ id: user.id });
  });

  it("refuses to disable yourself, the last admin, or as a non-admin", async () => {
    const target = await makeUser(db, "reviewer");
    expect((await disableUser(db, admin, { userId: String(admin.id) })).state).toMatchObject({ ok: false, error: /your own account/ });
    const editor = await makeUser(db, "editor");
    expect((await disableUser(db, editor, { userId: String(target.id) })).state).toMatchObject({ ok: false, error: /admins/ });
    expect((await disableUser(db, null, { userId: String(target.id) })).state).toMatchObject({ ok: false });
  });

  it("refuses to disable the last active admin (from the command line, where no admin is signed in)", async () => {
    const last = await makeUser(db, "admin");
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.role, "admin"));
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, last.id));
    const lines: string[] = [];
    expect(
      await runUserCli(
        ["disable", last.email],
        db,
        (line) => lines.push(line),
        async () => null,
      ),
    ).toBe(1);
    expect(lines).toEqual([`refused: ${LAST_ADMIN_DISABLE}`]);
    const [row] = await db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, last.id));
    expect(row?.disabledAt).toBeNull();
    // Put the suite's admin back.
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, admin.id));
  });
});

describe("npm run user", () => {
  const run = async (args: string[], stdin: string | null = null) => {
    const lines: string[] = [];
    const code = await runUserCli(
      args,
      db,
      (line) => lines.push(line),
      async () => stdin,
    );
    return { code, output: lines.join("\n") };
  };

  it("disable ends every session at once; enable lets the account sign in again", async () => {
    const password = "a long enough password 1";
    const user = await makeUser(db, "reviewer", password);
    const sessions = [await startSession(db, user.id)];
    expect(await run(["disable", user.email])).toEqual({ code: 0, output: `${user.email}: disabled, every session ended` });
    expect(await live(user.id, sessions)).toBe(0);
    expect(await authenticate({ db, email: user.email, password, address: null })).toMatchObject({ ok: false });
    expect(await run(["disable", user.email])).toMatchObject({ code: 1, output: expect.stringMatching(/already disabled/) });
    expect(await run(["enable", user.email])).toEqual({ code: 0, output: `${user.email}: enabled` });
    expect(await authenticate({ db, email: user.email, password, address: null })).toMatchObject({ ok: true });
    expect(await run(["enable", "nobody@test.example"])).toMatchObject({ code: 1, output: expect.stringMatching(/no account/) });
  });

  it("role changes the role, ends every session and writes the audit row; an unknown account is refused", async () => {
    const user = await makeUser(db, "reviewer");
    const sessions = [await startSession(db, user.id)];
    expect(await run(["role", user.email, "editor"])).toEqual({ code: 0, output: `${user.email}: reviewer → editor` });
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, user.id));
    expect(row?.role).toBe("editor");
    expect(await live(user.id, sessions)).toBe(0);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(user.id)), eq(auditLog.action, "user.role_changed")));
    expect(audit).toMatchObject({ actorId: null, before: { role: "reviewer" }, after: { role: "editor", via: "cli" } });
    expect(await run(["role", "nobody@test.example", "editor"])).toEqual({
      code: 1,
      output: "refused: no account for nobody@test.example",
    });
  });

  it("add takes the password from stdin or prints a generated one once; a short one is refused", async () => {
    const email = `cli-add-${Date.now()}@test.example`;
    expect(await run(["add", email, "--role", "editor"], "short")).toMatchObject({
      code: 1,
      output: expect.stringMatching(/^refused: password /),
    });
    const added = await run(["add", email, "--role", "editor"]);
    expect(added.code).toBe(0);
    const printed = /password \(shown only now\): (.+)$/.exec(added.output)?.[1] ?? "";
    expect(await authenticate({ db, email, password: printed, address: null })).toMatchObject({ ok: true });
    const piped = `cli-piped-${Date.now()}@test.example`;
    expect(await run(["add", piped, "--role", "reviewer"], "a long enough password 2")).toEqual({
      code: 0,
      output: expect.not.stringMatching(/shown only now/),
    });
    expect(await authenticate({ db, email: piped, password: "a long enough password 2", address: null })).toMatchObject({ ok: true });
  });

  it("password sets a new password and ends every session", async () => {
    const user = await makeUser(db, "editor", "the old password here");
    const sessions = [await startSession(db, user.id), await startSession(db, user.id)];
    expect(await run(["password", user.email], "the new password here")).toEqual({
      code: 0,
      output: `${user.email}: password changed, every session ended`,
    });
    expect(await live(user.id, sessions)).toBe(0);
    expect(await authenticate({ db, email: user.email, password: "the old password here", address: null })).toMatchObject({ ok: false });
    expect(await authenticate({ db, email: user.email, password: "the new password here", address: null })).toMatchObject({ ok: true });
    const rows = await db.select().from(userSessions).where(eq(userSessions.userId, user.id));
    expect(rows.every((row) => row.revokedAt !== null)).toBe(true);
  });
});
