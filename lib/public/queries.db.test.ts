/**
 * The public data layer shows only what an editor published: drafts (also a reopened claim's new
 * draft), notes, assignees and internal reasons never appear. On PGlite and PostgreSQL.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { claims, users } from "@/db/schema";
import { insertSyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import type { PublishedClaimSummary } from "./types";
import { getPublicClaim, listPublishedClaims } from "./queries";
import { isAppError } from "@/lib/core/errors";
import { addCitation } from "@/lib/citations/mutations";
import { addNote } from "@/lib/notes/mutations";
import { citationForm, makeUser } from "@/lib/users/testing";
import { publishVerdict, reopenClaim, retractVerdict, saveVerdictDraft, setCitationPublic, takeClaim } from "@/lib/workflow/mutations";

let db: Db;
let editor: Actor;
let reviewer: Actor;
let pool: number[];

const SECRET_DRAFT = "DRAFT-ONLY rationale that must never be public";
const VERDICT = { rating: "accurate", summary: "The BLS table agrees.", rationale: "See **table 1**." };

beforeAll(async () => {
  db = testDatabase().db;
  editor = await makeUser(db, "editor");
  reviewer = await makeUser(db, "reviewer");
  pool = (await insertSyntheticSource(db, 30, "public")).claimIds;
});

async function version(claimId: number): Promise<string> {
  const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, claimId));
  return String(row?.v);
}

async function ok(result: Promise<{ state: { ok: boolean } }>) {
  const { state } = await result;
  expect(state, JSON.stringify(state)).toMatchObject({ ok: true });
}

async function nextClaim(): Promise<number> {
  const id = pool.shift();
  if (id === undefined) throw new Error("out of claims");
  await ok(takeClaim(db, reviewer, { claimId: String(id), version: await version(id) }));
  return id;
}

const draft = async (id: number, extra: Record<string, string> = {}) =>
  ok(saveVerdictDraft(db, reviewer, { claimId: String(id), version: await version(id), ...VERDICT, rationale: SECRET_DRAFT, ...extra }));
const publish = async (id: number, extra: Record<string, string> = {}) =>
  ok(publishVerdict(db, editor, { claimId: String(id), version: await version(id), ...VERDICT, ...extra }));

async function allPublished(): Promise<PublishedClaimSummary[]> {
  const items: PublishedClaimSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPublishedClaims({ cursor, limit: 2 });
    items.push(...page.claims);
    cursor = page.next ?? undefined;
  } while (cursor);
  return items;
}

describe("public data", () => {
  it("shows a claim with a draft verdict but no verdict, and keeps it out of the list", async () => {
    const id = await nextClaim();
    await draft(id);
    await addNote(db, reviewer, { claimId: String(id), body: "internal note" });
    const claim = await getPublicClaim({ id });
    expect(claim).not.toBeNull();
    expect(claim?.verdict).toBeNull();
    expect(claim?.changeLog).toEqual([]);
    expect(JSON.stringify(claim)).not.toContain("DRAFT-ONLY");
    expect(JSON.stringify(claim)).not.toContain("internal note");
    expect((await allPublished()).map((item) => item.id)).not.toContain(id);
  });

  it("shows the published verdict, public citations only, and nothing internal", async () => {
    const id = await nextClaim();
    const internal = await addCitation(db, reviewer, citationForm(id, { title: "Internal source" }));
    const open = await addCitation(db, reviewer, citationForm(id, { title: "Public source", figure: "272,000" }));
    if (!open.state.ok || !open.state.id || !internal.state.ok) throw new Error("citation");
    await ok(setCitationPublic(db, editor, { citationId: String(open.state.id), version: "1", isPublic: "true" }));
    await publish(id);

    const claim = await getPublicClaim({ id });
    expect(claim?.verdict).toMatchObject({
      rating: "accurate",
      label: "Accurate",
      summary: VERDICT.summary,
      rationale: VERDICT.rationale,
      updatedAt: null,
    });
    expect(claim?.citations.map((c) => [c.title, c.figure])).toEqual([["Public source", 272000]]);
    // The publishing editor signs the verdict: a name, never an id or an email.
    const [signer] = await db.select({ name: users.name }).from(users).where(eq(users.id, editor.id));
    expect(claim?.verdict?.editorName).toBe(signer?.name);
    expect(claim?.source.addedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(claim?.changeLog.map((c) => c.event)).toEqual(["published"]);
    expect(Object.keys(claim ?? {}).sort()).toEqual(
      ["changeLog", "citations", "excerpt", "id", "sentence", "source", "speaker", "subject", "text", "timeScope", "unit", "value"]
        .concat("verdict")
        .sort(),
    );
    expect(JSON.stringify(claim)).not.toMatch(/assignee|editorId|authorId|status|version/i);
    expect((await allPublished()).find((item) => item.id === id)?.verdict.rating).toBe("accurate");
  });

  it("keeps the published verdict public while reopened with a new draft; a republish says updated", async () => {
    const id = await nextClaim();
    await publish(id);
    await ok(reopenClaim(db, editor, { claimId: String(id), version: await version(id) }));
    await draft(id, { rating: "false" });

    let claim = await getPublicClaim({ id });
    expect(claim?.verdict).toMatchObject({ rating: "accurate", rationale: VERDICT.rationale, updatedAt: null });
    expect(JSON.stringify(claim)).not.toContain("DRAFT-ONLY");
    const listed = (await allPublished()).find((item) => item.id === id);
    expect(listed?.verdict.rating).toBe("accurate");

    await publish(id, { rating: "misleading", summary: "Updated summary." });
    claim = await getPublicClaim({ id });
    expect(claim?.verdict?.rating).toBe("misleading");
    expect(claim?.verdict?.updatedAt).toBeInstanceOf(Date);
    expect(claim?.verdict?.firstPublishedAt.getTime()).toBeLessThan(claim?.verdict?.publishedAt.getTime() ?? 0);
    expect(claim?.changeLog.map((c) => [c.event, c.rating])).toEqual([
      ["published", "accurate"],
      ["updated", "misleading"],
    ]);
    expect((await allPublished()).find((item) => item.id === id)?.verdict.updatedAt).toBeInstanceOf(Date);
  });

  it("takes a retracted verdict off the claim and the list, and logs the retraction", async () => {
    const id = await nextClaim();
    await publish(id);
    await ok(retractVerdict(db, editor, { claimId: String(id), version: await version(id), reason: "internal reason XYZ" }));
    const claim = await getPublicClaim({ id });
    expect(claim?.verdict).toBeNull();
    expect(claim?.changeLog.map((c) => c.event)).toEqual(["published", "retracted"]);
    expect(JSON.stringify(claim)).not.toContain("internal reason XYZ");
    expect((await allPublished()).map((item) => item.id)).not.toContain(id);
  });

  it("pages the published list newest first without repeats, and refuses a forged cursor", async () => {
    const items = await allPublished();
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const times = items.map((item) => item.verdict.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    await expect(listPublishedClaims({ cursor: "bogus!", limit: 5 })).rejects.toSatisfy((error) => isAppError(error, "bad_request:cursor"));
    await expect(listPublishedClaims({ limit: 0 })).rejects.toSatisfy((error) => isAppError(error, "bad_request:filter"));
  });

  it("returns null for unknown ids", async () => {
    expect(await getPublicClaim({ id: 2_147_483_000 })).toBeNull();
    expect(await getPublicClaim({ id: -1 })).toBeNull();
  });
});
