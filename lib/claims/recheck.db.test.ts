/**
 * "Mark re-checked" (lib/claims/mutations.ts) on PGlite and PostgreSQL: a claim flagged by a real new
 * version of its release is cleared by an editor or admin with one audit row; reviewers, visitors,
 * stale forms and bad input are refused with a message and change nothing.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, claims } from "@/db/schema";
import { insertSyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import { getDashboard } from "@/lib/workflow/dashboard";
import { getClaimReview } from "@/lib/workflow/review";
import { importDocument } from "@/lib/sources/import";
import { CONFLICT_MESSAGE } from "@/lib/actions/action-state";
import { SIGN_IN_REQUIRED } from "@/db/mutation";
import { recheckClaim } from "./mutations";
import { auditCount, makeUser } from "@/lib/users/testing";
import { takeClaim } from "@/lib/workflow/mutations";

let db: Db;
let reviewer: Actor;
let editor: Actor;
let admin: Actor;
let serial = 0;

beforeAll(async () => {
  db = testDatabase().db;
  reviewer = await makeUser(db, "reviewer");
  editor = await makeUser(db, "editor");
  admin = await makeUser(db, "admin");
});

async function claimRow(id: number) {
  const [row] = await db
    .select({ changedAfterReview: claims.changedAfterReview, version: claims.version, status: claims.status })
    .from(claims)
    .where(eq(claims.id, id));
  if (!row) throw new Error(`no claim ${id}`);
  return row;
}

/**
 * A claim flagged the way the app flags one: a reviewer takes it, then a new version of the
 * release at the same URL changes its figure.
 */
async function flaggedClaim(): Promise<{ id: number; version: number }> {
  // Letters only: a random "6-5k" in the headline would be read as a figure, the first claim of the release.
  const tag = `recheck-${"abcdefghij"[++serial % 10]}-${Math.random()
    .toString(36)
    .slice(2, 8)
    .replace(/\d/g, (d) => "klmnopqrst"[Number(d)]!)}`;
  const url = `https://example.org/press/${tag}`;
  const text = (rate: string) =>
    [
      `Regional survey ${tag}`,
      "",
      `Unemployment in the region fell to ${rate} in March, the lowest rate since 2019, the survey said.`,
    ].join("\n");
  const first = await importDocument(db, { text: text("3.9 percent"), url });
  const [claim] = await db.select().from(claims).where(eq(claims.sourceId, first.sourceId)).orderBy(asc(claims.start));
  if (!claim || claim.text !== "3.9 percent") throw new Error(`unexpected first claim ${claim?.text}`);
  const taken = await takeClaim(db, reviewer, { claimId: String(claim.id), version: String(claim.version) });
  expect(taken.state.ok, JSON.stringify(taken.state)).toBe(true);
  const outcome = await importDocument(db, { text: text("4.1 percent"), url });
  expect(outcome).toMatchObject({ kind: "new_version", changedAfterReview: 1 });
  const row = await claimRow(claim.id);
  expect(row.changedAfterReview).toBe(true);
  return { id: claim.id, version: row.version };
}

const form = (claim: { id: number; version: number }, extra: Record<string, string> = {}) => ({
  claimId: String(claim.id),
  version: String(claim.version),
  ...extra,
});

async function rechecks(claimId: number) {
  return db.select().from(auditLog).where(eq(auditLog.claimId, claimId)).orderBy(asc(auditLog.id));
}

describe("recheckClaim", () => {
  it("lets an editor clear the flag, with one audit row holding the note, shown in the history", async () => {
    const claim = await flaggedClaim();
    const result = await recheckClaim(db, editor, form(claim, { note: "  New figure matches the BLS table.  " }));
    expect(result.state).toEqual({ ok: true, id: claim.id, message: "Marked as re-checked against the new text." });
    expect(result.affected).toEqual({ claimId: claim.id });

    const after = await claimRow(claim.id);
    expect(after).toMatchObject({ changedAfterReview: false, version: claim.version + 1, status: "in_review" });
    const history = await rechecks(claim.id);
    const last = history.at(-1);
    expect(last).toMatchObject({
      action: "claim.rechecked",
      actorId: editor.id,
      entityType: "claim",
      entityId: String(claim.id),
      before: { changedAfterReview: true, version: claim.version },
      after: { changedAfterReview: false, note: "New figure matches the BLS table.", version: claim.version + 1 },
    });

    const review = await getClaimReview({ claimId: claim.id, viewer: editor });
    expect(review?.history[0]?.summary).toBe("re-checked the review against the changed text: “New figure matches the BLS table.”");
  });

  it("lets an admin clear it without a note", async () => {
    const claim = await flaggedClaim();
    const result = await recheckClaim(db, admin, form(claim, { note: "   " }));
    expect(result.state.ok).toBe(true);
    expect((await claimRow(claim.id)).changedAfterReview).toBe(false);
    const last = (await rechecks(claim.id)).at(-1);
    expect(last?.after).toEqual({ changedAfterReview: false, version: claim.version + 1 });
    const review = await getClaimReview({ claimId: claim.id, viewer: admin });
    expect(review?.history[0]?.summary).toBe("re-checked the review against the changed text");
  });

  it("refuses reviewers and signed-out visitors, writing nothing", async () => {
    const claim = await flaggedClaim();
    const audits = await auditCount(db);
    const byReviewer = await recheckClaim(db, reviewer, form(claim));
    expect(byReviewer).toMatchObject({ state: { ok: false, error: "Only editors and admins can do this." }, affected: null });
    const anonymous = await recheckClaim(db, null, form(claim));
    expect(anonymous).toMatchObject({ state: { ok: false, error: SIGN_IN_REQUIRED }, affected: null });
    expect(await claimRow(claim.id)).toMatchObject({ changedAfterReview: true, version: claim.version });
    expect(await auditCount(db)).toBe(audits);
  });

  it("refuses a form from before the last change as a conflict, keeping the typed note", async () => {
    const claim = await flaggedClaim();
    const audits = await auditCount(db);
    const result = await recheckClaim(db, editor, form({ id: claim.id, version: claim.version - 1 }, { note: "Checked it." }));
    expect(result.state).toMatchObject({ ok: false, conflict: true, error: CONFLICT_MESSAGE, values: { note: "Checked it." } });
    expect(await claimRow(claim.id)).toMatchObject({ changedAfterReview: true, version: claim.version });
    expect(await auditCount(db)).toBe(audits);
  });

  it("says so when the flag was already cleared (a second editor, a second click)", async () => {
    const claim = await flaggedClaim();
    expect((await recheckClaim(db, editor, form(claim))).state.ok).toBe(true);
    const audits = await auditCount(db);
    const again = await recheckClaim(db, admin, form(claim));
    expect(again.state).toMatchObject({
      ok: false,
      error: "This claim is not marked as changed after review (any more). Reload to see it.",
    });
    expect(await auditCount(db)).toBe(audits);
    expect((await claimRow(claim.id)).version).toBe(claim.version + 1);
  });

  it("refuses bad input with a clear message per field, writing nothing", async () => {
    const claim = await flaggedClaim();
    const audits = await auditCount(db);
    const tooLong = await recheckClaim(db, editor, form(claim, { note: "x".repeat(301) }));
    expect(tooLong.state).toMatchObject({
      ok: false,
      error: "Check the highlighted fields.",
      fieldErrors: { note: ["Keep what you checked to 300 characters or fewer."] },
    });
    const noVersion = await recheckClaim(db, editor, { claimId: String(claim.id) });
    expect(noVersion.state).toMatchObject({ ok: false, fieldErrors: { version: ["The form is missing its version; reload the page."] } });
    const badId = await recheckClaim(db, editor, { claimId: "abc", version: "1" });
    expect(badId.state).toMatchObject({ ok: false, fieldErrors: { claimId: ["The claim is missing."] } });
    const missing = await recheckClaim(db, editor, { claimId: "2147483647", version: "1" });
    expect(missing.state).toMatchObject({ ok: false, error: "This claim does not exist." });
    expect(await claimRow(claim.id)).toMatchObject({ changedAfterReview: true, version: claim.version });
    expect(await auditCount(db)).toBe(audits);
  });

  it("refuses a claim that was never flagged", async () => {
    const { claimIds } = await insertSyntheticSource(db, 1, "recheck-unflagged");
    const id = claimIds[0] as number;
    const result = await recheckClaim(db, editor, form({ id, version: (await claimRow(id)).version }));
    expect(result.state.ok).toBe(false);
    expect(await rechecks(id)).toEqual([]);
  });
});

describe("the editor dashboard", () => {
  it("lists flagged claims in any status until an editor re-checks them", async () => {
    const claim = await flaggedClaim();
    const before = await getDashboard({ viewer: editor });
    expect(before.changed.map((item) => item.id)).toContain(claim.id);
    expect(before.changed.find((item) => item.id === claim.id)).toMatchObject({ text: "4.1 percent", status: "in_review" });
    expect((await recheckClaim(db, editor, form(claim))).state.ok).toBe(true);
    const after = await getDashboard({ viewer: editor });
    expect(after.changed.map((item) => item.id)).not.toContain(claim.id);
  });
});
