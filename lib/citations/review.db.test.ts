/** Edit conflicts, bad input, all-or-nothing writes, the audit trail and what each viewer may read. */
import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, citations, claims, notes, sources } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import { CONFLICT_MESSAGE } from "@/lib/actions/action-state";
import type { Actor } from "@/lib/core/roles";
import { getClaimReview } from "@/lib/workflow/review";
import { addManualClaim } from "@/lib/claims/mutations";
import { addCitation, updateCitation } from "./mutations";
import { addNote, updateNote } from "@/lib/notes/mutations";
import { auditCount, citationForm, citationRow, firstClaim, makeUser, noteRow } from "@/lib/users/testing";

let db: Db;
let reviewer: Actor;
let editor: Actor;
let claim: Awaited<ReturnType<typeof firstClaim>>;

beforeAll(async () => {
  db = testDatabase().db;
  reviewer = await makeUser(db, "reviewer");
  editor = await makeUser(db, "editor");
  claim = await firstClaim(db);
});

async function newCitation(overrides: Record<string, string> = {}) {
  const result = await addCitation(db, reviewer, citationForm(claim.id, overrides));
  if (!result.state.ok || !result.state.id) throw new Error(JSON.stringify(result.state));
  return result.state.id;
}

describe("edit conflicts", () => {
  it("refuses a stale version, echoes the text and leaves the row as the other person saved it", async () => {
    const id = await newCitation();
    const first = await updateCitation(db, editor, {
      ...citationForm(claim.id, { title: "Editor's title" }),
      citationId: String(id),
      version: "1",
    });
    expect(first.state).toMatchObject({ ok: true });

    const audits = await auditCount(db);
    const stale = { ...citationForm(claim.id, { title: "Reviewer's title" }), citationId: String(id), version: "1" };
    const second = await updateCitation(db, reviewer, stale);
    expect(second.state).toEqual({ ok: false, conflict: true, error: CONFLICT_MESSAGE, values: stale });
    const row = await citationRow(db, id);
    expect(row).toMatchObject({ title: "Editor's title", version: 2 });
    expect(await auditCount(db)).toBe(audits);
  });

  it("refuses a stale note edit the same way", async () => {
    const added = await addNote(db, reviewer, { claimId: String(claim.id), body: "first" });
    const id = added.state.ok ? (added.state.id ?? 0) : 0;
    await updateNote(db, reviewer, { noteId: String(id), version: "1", body: "second" });
    const stale = await updateNote(db, reviewer, { noteId: String(id), version: "1", body: "my long text" });
    expect(stale.state).toMatchObject({ ok: false, conflict: true, values: { body: "my long text" } });
    expect((await noteRow(db, id))?.body).toBe("second");
  });
});

describe("bad input", () => {
  it("names every empty required field and writes nothing", async () => {
    const audits = await auditCount(db);
    const result = await addCitation(db, reviewer, { claimId: String(claim.id), url: "", title: "  ", quote: "", stance: "" });
    expect(result.state.ok).toBe(false);
    if (result.state.ok) return;
    expect(Object.keys(result.state.fieldErrors ?? {}).sort()).toEqual(["quote", "stance", "title", "url"]);
    expect(result.state.fieldErrors?.title).toEqual(["Enter a title."]);
    expect(await auditCount(db)).toBe(audits);
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "//example.org",
    "not a url",
  ])("refuses the URL %s with a clear field message", async (url) => {
    const result = await addCitation(db, reviewer, citationForm(claim.id, { url }));
    expect(result.state).toMatchObject({
      ok: false,
      fieldErrors: { url: [expect.stringMatching(/http:\/\/ or https:\/\//)] },
      values: { url },
    });
  });

  it("enforces length limits with the limit in the message", async () => {
    const result = await addCitation(db, reviewer, citationForm(claim.id, { quote: "x".repeat(5_001), title: "t".repeat(301) }));
    expect(result.state).toMatchObject({
      ok: false,
      fieldErrors: { quote: ["Keep the passage from the source to 5,000 characters or fewer."], title: [expect.stringContaining("300")] },
    });
  });

  it("refuses a 1 MB note and keeps the text for the form", async () => {
    const body = "a".repeat(1_000_000);
    const result = await addNote(db, reviewer, { claimId: String(claim.id), body });
    expect(result.state).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringContaining("20,000")] } });
    expect(result.state.ok ? "" : result.state.values?.body).toHaveLength(1_000_000);
  });

  it("stores HTML in a note as text, byte for byte", async () => {
    const body = '<script>alert("x")</script> <img src=x onerror=alert(1)> **bold**';
    const result = await addNote(db, reviewer, { claimId: String(claim.id), body });
    const id = result.state.ok ? (result.state.id ?? 0) : 0;
    expect((await noteRow(db, id))?.body).toBe(body);
    const review = await getClaimReview({ claimId: claim.id, viewer: reviewer });
    expect(review?.notes.find((note) => note.id === id)?.body).toBe(body);
  });

  it("refuses a figure that is not a number and a date that does not exist", async () => {
    const result = await addCitation(db, reviewer, citationForm(claim.id, { figure: "lots", publishedOn: "2023-02-30" }));
    expect(result.state).toMatchObject({
      ok: false,
      fieldErrors: { figure: [expect.any(String)], publishedOn: ["That date does not exist."] },
    });
  });
});

describe("all or nothing", () => {
  it("leaves no citation when the audit insert fails", async () => {
    // A real failure inside the transaction: a trigger that rejects this action's audit rows.
    await db.execute(sql`create function reject_citation_audit() returns trigger language plpgsql as $$
      begin if new.action = 'citation.added' then raise exception 'audit unavailable'; end if; return new; end $$`);
    await db.execute(
      sql`create trigger reject_citation_audit before insert on audit_log for each row execute function reject_citation_audit()`,
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const title = `Doomed ${Math.random()}`;
      const audits = await auditCount(db);
      const result = await addCitation(db, reviewer, citationForm(claim.id, { title }));
      expect(result.state).toMatchObject({ ok: false, values: { title } });
      expect(await db.select().from(citations).where(eq(citations.title, title))).toEqual([]);
      expect(await auditCount(db)).toBe(audits);
      expect(logged).toHaveBeenCalledWith("citation.added failed", expect.anything());
    } finally {
      logged.mockRestore();
      await db.execute(sql`drop trigger reject_citation_audit on audit_log`);
      await db.execute(sql`drop function reject_citation_audit()`);
    }
  });
});

describe("audit log", () => {
  it("records who, what, the claim and before/after of an update", async () => {
    const id = await newCitation({ title: "Before title" });
    await updateCitation(db, editor, {
      ...citationForm(claim.id, { title: "After title", figure: "" }),
      citationId: String(id),
      version: "1",
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({
      actorId: editor.id,
      action: "citation.updated",
      entityType: "citation",
      claimId: claim.id,
      before: expect.objectContaining({ title: "Before title", figure: 275000, version: 1 }),
      after: expect.objectContaining({ title: "After title", figure: null, version: 2 }),
    });
    expect(entry?.at).toBeInstanceOf(Date);
  });
});

describe("manual claims", () => {
  it("derives text, value and unit with the engine, anchors the quote, and refuses a duplicate span", async () => {
    const [source] = await db.select({ id: sources.id, body: sources.body }).from(sources).limit(1);
    if (!source) throw new Error("no source");
    const match = /\d[\d,.]*/.exec(source.body.slice(10));
    if (!match) throw new Error("no digits");
    const start = 10 + match.index;
    const end = start + match[0].length;
    const existing = await db
      .select({ id: claims.id })
      .from(claims)
      .where(sql`${claims.sourceId} = ${source.id} and ${claims.start} = ${start} and ${claims.end} = ${end}`);
    const input = { sourceId: String(source.id), start: String(start), end: String(end), subject: "test figure" };
    if (existing.length === 0) {
      const result = await addManualClaim(db, reviewer, input);
      expect(result.state, JSON.stringify(result.state)).toMatchObject({ ok: true });
      const id = result.state.ok ? (result.state.id ?? 0) : 0;
      const [row] = await db.select().from(claims).where(eq(claims.id, id));
      expect(row).toMatchObject({ origin: "manual", text: match[0], subject: "test figure", quoteExact: match[0] });
      expect(row?.value).toEqual(expect.any(Number));
      expect(row?.quotePrefix).toBe(source.body.slice(Math.max(0, start - 32), start));
    }
    const again = await addManualClaim(db, reviewer, input);
    expect(again.state).toMatchObject({ ok: false, fieldErrors: { start: [expect.stringMatching(/already claim #/)] } });
  });

  it("refuses spans outside the body, empty, blank or longer than 200 characters", async () => {
    const [source] = await db.select({ id: sources.id, body: sources.body }).from(sources).limit(1);
    if (!source) throw new Error("no source");
    const at = (start: number, end: number) =>
      addManualClaim(db, reviewer, { sourceId: String(source.id), start: String(start), end: String(end) });
    expect((await at(source.body.length, source.body.length + 3)).state).toMatchObject({
      ok: false,
      fieldErrors: { end: [expect.stringMatching(/past the end/)] },
    });
    expect((await at(5, 5)).state).toMatchObject({ ok: false, fieldErrors: { end: ["Select at least one character."] } });
    expect((await at(0, 201)).state).toMatchObject({ ok: false, fieldErrors: { end: [expect.stringContaining("200")] } });
    const space = source.body.indexOf(" ");
    expect((await at(space, space + 1)).state).toMatchObject({ ok: false, fieldErrors: { end: [expect.stringMatching(/blank/)] } });
  });
});

describe("getClaimReview", () => {
  it("never gives notes or history to an anonymous viewer, and only public citations", async () => {
    await addNote(db, reviewer, { claimId: String(claim.id), body: "internal only" });
    const privateId = await newCitation({ title: "Private citation" });
    const publicId = await newCitation({ title: "Public citation" });
    await db.update(citations).set({ isPublic: true }).where(eq(citations.id, publicId));

    const anonymous = await getClaimReview({ claimId: claim.id, viewer: null });
    expect(anonymous?.notes).toEqual([]);
    expect(anonymous?.history).toEqual([]);
    expect(anonymous?.canReview).toBe(false);
    expect(anonymous?.citations.map((c) => c.id)).toContain(publicId);
    expect(anonymous?.citations.map((c) => c.id)).not.toContain(privateId);
    expect(JSON.stringify(anonymous)).not.toContain("internal only");

    const signedIn = await getClaimReview({ claimId: claim.id, viewer: reviewer });
    expect(signedIn?.notes.some((note) => note.body === "internal only")).toBe(true);
    expect(signedIn?.history.length).toBeGreaterThan(0);
    expect(signedIn?.history[0]).toMatchObject({
      actor: { id: expect.any(Number), name: expect.any(String) },
      summary: expect.any(String),
    });
    const mine = signedIn?.citations.find((c) => c.id === privateId);
    expect(mine).toMatchObject({ own: true, editable: true, version: 1, figure: 275000 });
    expect(mine?.difference).toBe(claim.value === null ? null : 275000 - claim.value);

    const other = await makeUser(db, "reviewer");
    const theirs = await getClaimReview({ claimId: claim.id, viewer: other });
    expect(theirs?.citations.find((c) => c.id === privateId)).toMatchObject({ own: false, editable: false });
    const editors = await getClaimReview({ claimId: claim.id, viewer: editor });
    expect(editors?.citations.find((c) => c.id === privateId)).toMatchObject({ own: false, editable: true });
  });

  it("returns null for a claim that does not exist", async () => {
    expect(await getClaimReview({ claimId: 2_000_000_000, viewer: reviewer })).toBeNull();
  });
});

describe("deleted items", () => {
  it("a deleted note cannot be edited and disappears from the review", async () => {
    const added = await addNote(db, reviewer, { claimId: String(claim.id), body: "to delete" });
    const id = added.state.ok ? (added.state.id ?? 0) : 0;
    await db.update(notes).set({ deletedAt: new Date(), version: 2 }).where(eq(notes.id, id));
    const result = await updateNote(db, reviewer, { noteId: String(id), version: "2", body: "edit" });
    expect(result.state).toMatchObject({ ok: false, error: expect.stringMatching(/no longer exists/), values: { body: "edit" } });
  });
});
