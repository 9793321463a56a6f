/**
 * The authorization matrix of the workflow: the moves the claim page and the queue offer are
 * exactly the ones the cores accept. For every status (and the variants the transition table tells
 * apart) × every role (the assignee, another reviewer, an editor, an admin) × every move, the move
 * is tried on a fresh claim and must succeed iff it is offered, and a refusal must give the
 * table's reason. PGlite and PostgreSQL.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { claims, verdicts } from "@/db/schema";
import { insertSyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import { CLAIM_STATUSES, type ClaimStatus } from "@/db/enums";
import { getClaimWorkflow, listWorkQueue, type WorkflowMove } from "./queries";
import { isAppError } from "@/lib/core/errors";
import { moveRefusal, WORKFLOW_MOVES } from "./transitions";
import type { MutationCore } from "@/db/mutation";
import { makeUser } from "@/lib/users/testing";
import {
  assignClaim,
  publishVerdict,
  reopenClaim,
  retractVerdict,
  saveVerdictDraft,
  setAside,
  submitForEditor,
  takeClaim,
} from "./mutations";

let db: Db;
let assignee: Actor;
let other: Actor;
let editor: Actor;
let admin: Actor;
let pool: number[];

beforeAll(async () => {
  db = testDatabase().db;
  assignee = await makeUser(db, "reviewer");
  other = await makeUser(db, "reviewer");
  editor = await makeUser(db, "editor");
  admin = await makeUser(db, "admin");
  pool = (await insertSyntheticSource(db, 320, "moves")).claimIds;
});

const VERDICT = { rating: "accurate", summary: "Right.", rationale: "Because." };
const CORES: Record<WorkflowMove, { core: MutationCore; extra: () => Record<string, string> }> = {
  take: { core: takeClaim, extra: () => ({}) },
  assign: { core: assignClaim, extra: () => ({ assigneeId: String(other.id) }) },
  submit: { core: submitForEditor, extra: () => ({}) },
  saveDraft: { core: saveVerdictDraft, extra: () => VERDICT },
  publish: { core: publishVerdict, extra: () => VERDICT },
  setAside: { core: setAside, extra: () => ({ reason: "No data." }) },
  reopen: { core: reopenClaim, extra: () => ({}) },
  retract: { core: retractVerdict, extra: () => ({}) },
};

/** Every status, and the variants of one the table tells apart (assigned or not, a published verdict, not a claim). */
type State =
  | "unreviewed"
  | "in_review"
  | "in_review_unassigned"
  | "ready"
  | "published"
  | "reopened"
  | "not_checkable"
  | "not_a_claim"
  | "not_a_claim_published";

async function claimIn(state: State): Promise<number> {
  const id = pool.shift();
  if (id === undefined) throw new Error("out of claims");
  const status: ClaimStatus =
    state === "reopened" || state === "in_review_unassigned" || state === "not_a_claim_published"
      ? "in_review"
      : state === "not_a_claim"
        ? "unreviewed"
        : state;
  const assigned = !(state === "unreviewed" || state === "in_review_unassigned" || state === "not_a_claim");
  await db
    .update(claims)
    .set({ status, assigneeId: assigned ? assignee.id : null, notAClaim: state.startsWith("not_a_claim") })
    .where(eq(claims.id, id));
  if (state === "published" || state === "reopened" || state === "not_a_claim_published") {
    await db
      .insert(verdicts)
      .values({ claimId: id, ...VERDICT, rating: "accurate", state: "published", editorId: editor.id, publishedAt: new Date() });
  }
  return id;
}

const STATES: State[] = [
  "unreviewed",
  "in_review",
  "in_review_unassigned",
  "ready",
  "published",
  "reopened",
  "not_checkable",
  "not_a_claim",
  "not_a_claim_published",
];

describe("authorization matrix of the workflow: what the UI offers is exactly what the core accepts", () => {
  it("covers every status", () => {
    for (const status of CLAIM_STATUSES) expect(STATES.some((state) => state === status || state.startsWith(status))).toBe(true);
    expect(Object.keys(CORES).sort()).toEqual([...WORKFLOW_MOVES].sort());
  });

  it.each(STATES)("for a claim that is %s, every role and every move", async (state) => {
    const viewers = [
      ["assignee (reviewer)", () => assignee],
      ["other reviewer", () => other],
      ["editor", () => editor],
      ["admin", () => admin],
    ] as const;
    for (const [who, viewerOf] of viewers) {
      const viewer = viewerOf();
      for (const move of WORKFLOW_MOVES) {
        const { core, extra } = CORES[move];
        const id = await claimIn(state);
        // What the claim page offers, and what the queue offers for the same claim (the queue lists no "not a claim").
        const view = await getClaimWorkflow({ claimId: id, viewer });
        const queued = (await listWorkQueue({ viewer, statuses: [...CLAIM_STATUSES], limit: 500 })).find((item) => item.id === id);
        if (state.startsWith("not_a_claim")) expect(queued).toBeUndefined();
        else expect(queued?.moves, `${state} / ${who}: the queue's moves`).toEqual(view?.moves);
        const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, id));
        const result = await core(db, viewer, { claimId: String(id), version: String(row?.v), ...extra() });
        const label = `${state} / ${who} / ${move}: ${JSON.stringify(result.state)}`;
        expect(result.state.ok, label).toBe(view?.moves.includes(move));
        // A refusal says what the table says.
        if (!result.state.ok) {
          const subject = {
            status: view?.status ?? "unreviewed",
            assigneeId: view?.assignee?.id ?? null,
            notAClaim: state.startsWith("not_a_claim"),
            hasPublished: view?.published != null,
          };
          expect(result.state.error, label).toBe(moveRefusal(move, viewer, subject));
        }
      }
    }
  });

  it("shows the draft and the published verdict to staff, and refuses anonymous viewers", async () => {
    const id = await claimIn("reopened");
    const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, id));
    await saveVerdictDraft(db, assignee, { claimId: String(id), version: String(row?.v), ...VERDICT, summary: "Draft text" });
    const view = await getClaimWorkflow({ claimId: id, viewer: other });
    expect(view).toMatchObject({
      status: "in_review",
      assignee: { id: assignee.id },
      draft: { summary: "Draft text" },
      published: { rating: "accurate" },
    });
    await expect(getClaimWorkflow({ claimId: id, viewer: null })).rejects.toSatisfy((error) => isAppError(error, "unauthorized"));
  });

  it("lists one person's queue with the version for bulk assignment", async () => {
    const queue = await listWorkQueue({ viewer: editor, assigneeId: assignee.id, statuses: ["ready"] });
    expect(queue.length).toBeGreaterThan(0);
    for (const item of queue) expect(item).toMatchObject({ status: "ready", assignee: { id: assignee.id }, version: expect.any(Number) });
  });
});
