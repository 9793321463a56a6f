/**
 * The workflow's permission matrix (every move × anonymous, the assignee, another reviewer, an
 * editor, an admin) and its concurrency rules, on PGlite and PostgreSQL. Refused means nothing
 * changed and no audit row; allowed means the move and its audit rows by that actor.
 */
import { and, asc, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, citations, claims, verdicts } from "@/db/schema";
import { insertSyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import type { ClaimStatus } from "@/lib/claims/types";
import { addCitation } from "@/lib/citations/mutations";
import type { MutationCore } from "@/db/mutation";
import { auditCount, citationForm, makeUser } from "@/lib/users/testing";
import {
  assignClaim,
  assignClaims,
  publishVerdict,
  reopenClaim,
  retractVerdict,
  saveVerdictDraft,
  setAside,
  setCitationPublic,
  submitForEditor,
  takeClaim,
} from "./mutations";

type Who = "anonymous" | "assignee" | "otherReviewer" | "editor" | "admin";
const EVERYONE: Who[] = ["anonymous", "assignee", "otherReviewer", "editor", "admin"];
const EDITORS: Who[] = ["editor", "admin"];

let db: Db;
let people: Record<Exclude<Who, "anonymous">, Actor>;
let pool: number[];

beforeAll(async () => {
  db = testDatabase().db;
  people = {
    assignee: await makeUser(db, "reviewer"),
    otherReviewer: await makeUser(db, "reviewer"),
    editor: await makeUser(db, "editor"),
    admin: await makeUser(db, "admin"),
  };
  pool = (await insertSyntheticSource(db, 150, "workflow")).claimIds;
});

const actorOf = (who: Who): Actor | null => (who === "anonymous" ? null : people[who]);

const VERDICT = { rating: "mostly_accurate", summary: "Close: the BLS figure is 272,000.", rationale: "The **BLS** table says 272,000." };

/** A fresh claim in `status`, assigned to the assignee when in review or later. */
async function claimIn(status: ClaimStatus, { publishedVerdict = false } = {}) {
  const id = pool.shift();
  if (id === undefined) throw new Error("the test ran out of claims");
  const assigneeId = status === "unreviewed" ? null : people.assignee.id;
  const [row] = await db.update(claims).set({ status, assigneeId }).where(eq(claims.id, id)).returning({ version: claims.version });
  if (!row) throw new Error("no claim");
  if (publishedVerdict) {
    await db
      .insert(verdicts)
      .values({ claimId: id, ...VERDICT, rating: "accurate", state: "published", editorId: people.editor.id, publishedAt: new Date() });
  }
  return { id, version: row.version };
}

async function snapshotOf(claimId: number) {
  const [claim] = await db
    .select({ status: claims.status, assigneeId: claims.assigneeId, version: claims.version, reason: claims.statusReason })
    .from(claims)
    .where(eq(claims.id, claimId));
  const verdictRows = await db
    .select({ id: verdicts.id, state: verdicts.state, rating: verdicts.rating })
    .from(verdicts)
    .where(eq(verdicts.claimId, claimId))
    .orderBy(asc(verdicts.id));
  return { claim, verdicts: verdictRows };
}

const move = (claim: { id: number; version: number }, extra: Record<string, string> = {}) => ({
  claimId: String(claim.id),
  version: String(claim.version),
  ...extra,
});

interface Cell {
  core: MutationCore;
  allowed: Who[];
  setup(): Promise<{ input: Record<string, unknown>; snapshot: () => Promise<unknown> }>;
}

const oneClaim =
  (status: ClaimStatus, extra: () => Record<string, string> = () => ({}), options = {}) =>
  async () => {
    const claim = await claimIn(status, options);
    return { input: move(claim, extra()), snapshot: () => snapshotOf(claim.id) };
  };

const MATRIX: Record<string, Cell> = {
  takeClaim: { core: takeClaim, allowed: ["assignee", "otherReviewer", "editor", "admin"], setup: oneClaim("unreviewed") },
  assignClaim: {
    core: assignClaim,
    allowed: EDITORS,
    setup: oneClaim("unreviewed", () => ({ assigneeId: String(people.otherReviewer.id) })),
  },
  assignClaims: {
    core: assignClaims,
    allowed: EDITORS,
    setup: async () => {
      const a = await claimIn("unreviewed");
      const b = await claimIn("in_review");
      return {
        input: { assigneeId: String(people.otherReviewer.id), claims: [`${a.id}:${a.version}`, `${b.id}:${b.version}`] },
        snapshot: async () => [await snapshotOf(a.id), await snapshotOf(b.id)],
      };
    },
  },
  submitForEditor: { core: submitForEditor, allowed: ["assignee", "editor", "admin"], setup: oneClaim("in_review") },
  saveVerdictDraft: { core: saveVerdictDraft, allowed: ["assignee", "editor", "admin"], setup: oneClaim("in_review", () => VERDICT) },
  publishVerdict: { core: publishVerdict, allowed: EDITORS, setup: oneClaim("ready", () => VERDICT) },
  setAside: { core: setAside, allowed: EDITORS, setup: oneClaim("ready", () => ({ reason: "No public data exists." })) },
  reopenClaim: { core: reopenClaim, allowed: EDITORS, setup: oneClaim("published", () => ({}), { publishedVerdict: true }) },
  retractVerdict: { core: retractVerdict, allowed: EDITORS, setup: oneClaim("published", () => ({}), { publishedVerdict: true }) },
  setCitationPublic: {
    core: setCitationPublic,
    allowed: EDITORS,
    setup: async () => {
      const claim = await claimIn("in_review");
      const added = await addCitation(db, people.assignee, citationForm(claim.id));
      if (!added.state.ok || !added.state.id) throw new Error(JSON.stringify(added.state));
      const citationId = added.state.id;
      return {
        input: { citationId: String(citationId), version: "1", isPublic: "true" },
        snapshot: async () =>
          (await db.select({ p: citations.isPublic, v: citations.version }).from(citations).where(eq(citations.id, citationId)))[0],
      };
    },
  },
};

describe.each(Object.entries(MATRIX))("%s", (_name, cell) => {
  it.each(EVERYONE)("as %s", async (who) => {
    const { input, snapshot } = await cell.setup();
    const before = await snapshot();
    const audits = await auditCount(db);
    const result = await cell.core(db, actorOf(who), input);
    const after = await snapshot();

    if (cell.allowed.includes(who)) {
      expect(result.state, JSON.stringify(result.state)).toMatchObject({ ok: true });
      expect(after).not.toEqual(before);
      expect(await auditCount(db)).toBeGreaterThan(audits);
      const [entry] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      expect(entry?.actorId).toBe(actorOf(who)?.id);
    } else {
      expect(result.state).toMatchObject({ ok: false });
      expect(result.affected).toBeNull();
      expect(after).toEqual(before);
      expect(await auditCount(db)).toBe(audits);
    }
  });
});

describe("moves", () => {
  it("refuses a stale version with the conflict message and changes nothing", async () => {
    const claim = await claimIn("ready");
    const first = await publishVerdict(db, people.editor, move(claim, VERDICT));
    expect(first.state).toMatchObject({ ok: true });
    const before = await snapshotOf(claim.id);
    const second = await setAside(db, people.admin, move(claim, { reason: "late" }));
    expect(second.state).toMatchObject({ ok: false, conflict: true });
    expect(await snapshotOf(claim.id)).toEqual(before);
  });

  it("says why a move does not apply to the claim's status", async () => {
    const claim = await claimIn("unreviewed");
    const result = await publishVerdict(db, people.editor, move(claim, VERDICT));
    expect(result.state).toMatchObject({ ok: false, error: expect.stringContaining("unreviewed") });
  });

  it("does not let a reviewer take a claim someone else is reviewing", async () => {
    const claim = await claimIn("in_review");
    const result = await takeClaim(db, people.otherReviewer, move(claim));
    expect(result.state).toMatchObject({ ok: false, error: expect.stringContaining("Someone else") });
  });

  it("assigns in bulk all or nothing: one stale claim refuses the batch", async () => {
    const a = await claimIn("unreviewed");
    const b = await claimIn("unreviewed");
    const before = [await snapshotOf(a.id), await snapshotOf(b.id)];
    const result = await assignClaims(db, people.editor, {
      assigneeId: String(people.assignee.id),
      claims: `${a.id}:${a.version},${b.id}:${b.version + 1}`,
    });
    expect(result.state).toMatchObject({ ok: false, conflict: true });
    expect([await snapshotOf(a.id), await snapshotOf(b.id)]).toEqual(before);

    const ok = await assignClaims(db, people.editor, {
      assigneeId: String(people.assignee.id),
      claims: [`${a.id}:${a.version}`, `${b.id}:${b.version}`],
    });
    expect(ok.state).toMatchObject({ ok: true, message: "2 claims assigned." });
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, "claim.assigned")).orderBy(desc(auditLog.id)).limit(2);
    expect(entries.map((entry) => entry.claimId).sort()).toEqual([a.id, b.id].sort());
  });

  it("refuses to assign to an unknown account", async () => {
    const claim = await claimIn("unreviewed");
    const result = await assignClaim(db, people.editor, move(claim, { assigneeId: "2147483600" }));
    expect(result.state).toMatchObject({ ok: false, fieldErrors: { assigneeId: [expect.any(String)] } });
  });

  it("validates the verdict: rating, one-line summary up to 200 characters, rationale up to 10,000", async () => {
    const claim = await claimIn("ready");
    const bad = await publishVerdict(
      db,
      people.editor,
      move(claim, { rating: "pants_on_fire", summary: "a\nb", rationale: "x".repeat(10_001) }),
    );
    expect(bad.state).toMatchObject({
      ok: false,
      fieldErrors: { rating: expect.any(Array), summary: expect.any(Array), rationale: expect.any(Array) },
    });
    const long = await publishVerdict(db, people.editor, move(claim, { ...VERDICT, summary: "s".repeat(201) }));
    expect(long.state).toMatchObject({ ok: false, fieldErrors: { summary: expect.any(Array) } });
  });

  it("publish → reopen → republish supersedes the first verdict; the draft becomes the published row", async () => {
    const claim = await claimIn("in_review");
    let version = claim.version;
    const draft = await saveVerdictDraft(db, people.assignee, move({ id: claim.id, version }, VERDICT));
    expect(draft.state).toMatchObject({ ok: true });
    version += 1;
    const published = await publishVerdict(db, people.editor, move({ id: claim.id, version }, VERDICT));
    expect(published.state).toMatchObject({ ok: true, id: draft.state.ok ? draft.state.id : -1 });
    version += 1;
    expect((await reopenClaim(db, people.editor, move({ id: claim.id, version }))).state).toMatchObject({ ok: true });
    version += 1;
    // While reopened, the published verdict is still the current one; a new draft sits beside it.
    await saveVerdictDraft(db, people.assignee, move({ id: claim.id, version }, { ...VERDICT, rating: "false" }));
    version += 1;
    let snap = await snapshotOf(claim.id);
    expect(snap.claim?.status).toBe("in_review");
    expect(snap.verdicts.map((v) => v.state)).toEqual(["published", "draft"]);

    const again = await publishVerdict(db, people.editor, move({ id: claim.id, version }, { ...VERDICT, rating: "misleading" }));
    expect(again.state).toMatchObject({ ok: true, message: "Verdict updated and published." });
    snap = await snapshotOf(claim.id);
    expect(snap.claim?.status).toBe("published");
    expect(snap.verdicts.map((v) => [v.state, v.rating])).toEqual([
      ["superseded", "mostly_accurate"],
      ["published", "misleading"],
    ]);
  });

  it("retract withdraws the published verdict and sends the claim back to review", async () => {
    const claim = await claimIn("published", { publishedVerdict: true });
    const result = await retractVerdict(db, people.editor, move(claim, { reason: "Wrong table." }));
    expect(result.state).toMatchObject({ ok: true });
    const snap = await snapshotOf(claim.id);
    expect(snap.claim?.status).toBe("in_review");
    expect(snap.verdicts.map((v) => v.state)).toEqual(["retracted"]);
    const [retracted] = await db
      .select()
      .from(verdicts)
      .where(and(eq(verdicts.claimId, claim.id)));
    expect(retracted?.retiredAt).toBeInstanceOf(Date);
    const again = await retractVerdict(db, people.editor, move({ id: claim.id, version: claim.version + 1 }));
    expect(again.state).toMatchObject({ ok: false, error: expect.stringContaining("no published verdict") });
  });

  it("set aside keeps the reason internally and refuses a published claim", async () => {
    const claim = await claimIn("in_review");
    expect((await setAside(db, people.editor, move(claim, { reason: "Forecast, not a fact." }))).state).toMatchObject({ ok: true });
    expect((await snapshotOf(claim.id)).claim).toMatchObject({ status: "not_checkable", reason: "Forecast, not a fact." });
    const published = await claimIn("published", { publishedVerdict: true });
    const refused = await setAside(db, people.editor, move(published, { reason: "x" }));
    expect(refused.state).toMatchObject({ ok: false });
    // Reopened (in review) but its verdict is still public: retract first.
    expect((await reopenClaim(db, people.editor, move(published))).state).toMatchObject({ ok: true });
    const reopened = await setAside(db, people.editor, move({ id: published.id, version: published.version + 1 }, { reason: "x" }));
    expect(reopened.state).toMatchObject({ ok: false, error: expect.stringContaining("Retract it") });
  });
});

/**
 * Every move on a claim in each status it does not start from: refused to everyone, editors
 * included, with nothing changed and no audit row (the matrix above covers the status it does).
 */
describe("every move in every other status", () => {
  const STATUSES: ClaimStatus[] = ["unreviewed", "in_review", "ready", "published", "not_checkable"];
  const MOVES: Record<string, { core: MutationCore; from: ClaimStatus[]; extra?: () => Record<string, string> }> = {
    takeClaim: { core: takeClaim, from: ["unreviewed", "in_review"] },
    assignClaim: {
      core: assignClaim,
      from: ["unreviewed", "in_review", "ready"],
      extra: () => ({ assigneeId: String(people.otherReviewer.id) }),
    },
    submitForEditor: { core: submitForEditor, from: ["in_review"] },
    saveVerdictDraft: { core: saveVerdictDraft, from: ["in_review", "ready"], extra: () => VERDICT },
    publishVerdict: { core: publishVerdict, from: ["in_review", "ready"], extra: () => VERDICT },
    setAside: { core: setAside, from: ["unreviewed", "in_review", "ready"], extra: () => ({ reason: "No public data exists." }) },
    reopenClaim: { core: reopenClaim, from: ["published"] },
    // Retracting needs a published verdict, whatever the status: none of these claims has one.
    retractVerdict: { core: retractVerdict, from: [] },
  };
  const cases = Object.entries(MOVES).flatMap(([name, definition]) =>
    STATUSES.filter((status) => !definition.from.includes(status)).map((status) => [name, status, definition] as const),
  );

  it.each(cases)("%s on a claim %s", async (_name, status, definition) => {
    const claim = await claimIn(status);
    const input = move(claim, definition.extra?.() ?? {});
    const before = await snapshotOf(claim.id);
    const audits = await auditCount(db);
    for (const who of EVERYONE) {
      const result = await definition.core(db, actorOf(who), input);
      expect(result.state, `${who}: ${JSON.stringify(result.state)}`).toMatchObject({ ok: false });
      expect(result.affected).toBeNull();
    }
    expect(await snapshotOf(claim.id)).toEqual(before);
    expect(await auditCount(db)).toBe(audits);
  });
});
