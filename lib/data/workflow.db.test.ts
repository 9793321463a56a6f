/**
 * The moves the workflow view offers are exactly the ones the cores allow: for each state × viewer,
 * every move is tried on a fresh claim and must succeed iff it is offered. PGlite and PostgreSQL.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { claims, verdicts } from "@/db/schema";
import { insertSyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/auth/roles";
import type { ClaimStatus } from "@/lib/data/types";
import { getClaimWorkflow, listWorkQueue, type WorkflowMove } from "@/lib/data/workflow";
import { isAppError } from "@/lib/errors";
import type { MutationCore } from "@/lib/review/mutation";
import { makeUser } from "@/lib/review/testing";
import {
  assignClaim,
  publishVerdict,
  reopenClaim,
  retractVerdict,
  saveVerdictDraft,
  setAside,
  submitForEditor,
  takeClaim,
} from "@/lib/review/workflow";

let db: Db;
let assignee: Actor;
let other: Actor;
let editor: Actor;
let pool: number[];

beforeAll(async () => {
  db = testDatabase().db;
  assignee = await makeUser(db, "reviewer");
  other = await makeUser(db, "reviewer");
  editor = await makeUser(db, "editor");
  pool = (await insertSyntheticSource(db, 200, "moves")).claimIds;
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

type State = "unreviewed" | "in_review" | "ready" | "published" | "reopened" | "not_checkable";

async function claimIn(state: State): Promise<number> {
  const id = pool.shift();
  if (id === undefined) throw new Error("out of claims");
  const status: ClaimStatus = state === "reopened" ? "in_review" : state;
  await db.update(claims).set({ status, assigneeId: state === "unreviewed" ? null : assignee.id }).where(eq(claims.id, id));
  if (state === "published" || state === "reopened") {
    await db.insert(verdicts).values({ claimId: id, ...VERDICT, rating: "accurate", state: "published", editorId: editor.id, publishedAt: new Date() });
  }
  return id;
}

const STATES: State[] = ["unreviewed", "in_review", "ready", "published", "reopened", "not_checkable"];

describe("getClaimWorkflow moves", () => {
  it.each(STATES)("match the cores for a claim that is %s", async (state) => {
    for (const [who, viewer] of [["assignee", assignee], ["other reviewer", other], ["editor", editor]] as const) {
      const probe = await claimIn(state);
      const view = await getClaimWorkflow({ claimId: probe, viewer });
      for (const [move, { core, extra }] of Object.entries(CORES) as [WorkflowMove, (typeof CORES)[WorkflowMove]][]) {
        const id = await claimIn(state);
        const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, id));
        const result = await core(db, viewer, { claimId: String(id), version: String(row?.v), ...extra() });
        expect(result.state.ok, `${state} / ${who} / ${move}: ${JSON.stringify(result.state)}`).toBe(view?.moves.includes(move));
      }
    }
  });

  it("shows the draft and the published verdict to staff, and refuses anonymous viewers", async () => {
    const id = await claimIn("reopened");
    const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, id));
    await saveVerdictDraft(db, assignee, { claimId: String(id), version: String(row?.v), ...VERDICT, summary: "Draft text" });
    const view = await getClaimWorkflow({ claimId: id, viewer: other });
    expect(view).toMatchObject({ status: "in_review", assignee: { id: assignee.id }, draft: { summary: "Draft text" }, published: { rating: "accurate" } });
    await expect(getClaimWorkflow({ claimId: id, viewer: null })).rejects.toSatisfy((error) => isAppError(error, "unauthorized"));
  });

  it("lists one person's queue with the version for bulk assignment", async () => {
    const queue = await listWorkQueue({ viewer: editor, assigneeId: assignee.id, statuses: ["ready"] });
    expect(queue.length).toBeGreaterThan(0);
    for (const item of queue) expect(item).toMatchObject({ status: "ready", assignee: { id: assignee.id }, version: expect.any(Number) });
  });
});
