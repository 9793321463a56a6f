/**
 * The write cores of the review workflow (issue 5). Which move starts from which status, and who
 * may make it, is the one table in lib/workflow/transitions.ts: each core authorizes with
 * `whoRefusal` and checks the claim's state with `stateRefusal` (through `expectMove`), so what
 * the UI offers (`movesFor`) and what the cores accept cannot drift apart.
 *
 * Verdict rows: at most one `draft` (the working text) and one `published` (the public one) per
 * claim. Publishing turns the draft, if any, into the published row with the text the editor sent
 * (no draft is needed to publish); the previous published row becomes `superseded`, so the public
 * change log can say "updated". Reopening leaves the published verdict public until the next
 * publish; retracting marks it `retracted` and sends the claim back to in_review. A draft is never
 * public and is kept through set-aside, reopen and retract, so work in progress is not lost.
 *
 * Every move checks the claim's version (the one the form showed), bumps it, stamps
 * status_changed_at, and appends an audit row in the same transaction (db/mutation.ts).
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { citations, type ClaimRow, claims, users, verdicts } from "@/db/schema";
import type { Actor } from "@/lib/core/roles";
import type { ClaimStatus } from "@/db/enums";
import { minimumRoleFor, type MoveSubject, stateRefusal, whoRefusal, type WorkflowMove } from "./transitions";
import {
  assignClaimSchema,
  assignClaimsSchema,
  publishVerdictSchema,
  reopenClaimSchema,
  retractVerdictSchema,
  saveVerdictDraftSchema,
  setAsideSchema,
  setCitationPublicSchema,
  submitForEditorSchema,
  takeClaimSchema,
} from "./schema";
import type { z } from "zod";
import {
  type AuditEntry,
  conflict,
  defineMutation,
  type MutationCore,
  type MutationDefinition,
  Refusal,
  writeAtVersion,
  writeLiveItem,
} from "@/db/mutation";

const NOT_FOUND = "This claim does not exist.";

type WorkflowClaim = Pick<ClaimRow, "id" | "sourceId" | "status" | "assigneeId" | "version" | "notAClaim"> & MoveSubject;

const workflowColumns = {
  id: claims.id,
  sourceId: claims.sourceId,
  status: claims.status,
  assigneeId: claims.assigneeId,
  version: claims.version,
  notAClaim: claims.notAClaim,
  // Written out: inside a select list drizzle leaves columns unqualified.
  hasPublished: sql<boolean>`exists (select 1 from verdicts v where v.claim_id = claims.id and v.state = 'published')`,
};

/** The claim, locked for the rest of the transaction so two moves of it run one after the other. */
async function lockClaim(tx: Tx, claimId: number): Promise<WorkflowClaim | undefined> {
  const [row] = await tx.select(workflowColumns).from(claims).where(eq(claims.id, claimId)).for("update", { of: claims });
  return row;
}

/** The authorization of a move, from the transition table: who may make it on this claim. */
const authorizeMove = (move: WorkflowMove) => (actor: Actor, row: WorkflowClaim) => whoRefusal(move, actor, row) ?? true;

/** Refuses unless the form's version is current and the table allows the move from the claim's state. */
function expectMove(move: WorkflowMove, actor: Actor, row: WorkflowClaim, version: number): void {
  if (row.version !== version) throw conflict();
  const refusal = stateRefusal(move, actor, row);
  if (refusal) throw new Refusal(refusal);
}

interface Move {
  status: ClaimStatus;
  assigneeId?: number | null;
  statusReason?: string | null;
}

/** Moves the claim; throws the conflict refusal when someone else moved it first. */
async function moveClaim(tx: Tx, row: WorkflowClaim, version: number, move: Move): Promise<AuditEntry & { version: number }> {
  const updated = await writeAtVersion(tx, claims, row.id, version, {
    status: move.status,
    ...(move.assigneeId !== undefined ? { assigneeId: move.assigneeId } : {}),
    statusReason: move.statusReason ?? null,
    statusChangedAt: sql`now()`,
  });
  return {
    entityType: "claim",
    entityId: row.id,
    claimId: row.id,
    before: { status: row.status, assigneeId: row.assigneeId, version: row.version },
    after: {
      status: move.status,
      assigneeId: updated.assigneeId,
      ...(move.statusReason ? { reason: move.statusReason } : {}),
      version: updated.version,
    },
    version: updated.version,
  };
}

function auditOf({ version: _version, ...entry }: AuditEntry & { version: number }): AuditEntry {
  return entry;
}

async function requireActiveUser(tx: Tx, userId: number): Promise<void> {
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) {
    const message = "This person has no active account; choose someone else.";
    throw new Refusal(message, { fieldErrors: { assigneeId: [message] } });
  }
}

type ClaimMoveInput = { claimId: number; version: number };

/**
 * A move of one claim: loads and locks it, authorizes the actor and checks the claim's version and
 * state against the transition table, all before `write` runs.
 */
function defineClaimMove<S extends z.ZodType<ClaimMoveInput>>(
  move: WorkflowMove,
  definition: Pick<MutationDefinition<S, WorkflowClaim>, "action" | "schema" | "write">,
): MutationCore {
  return defineMutation({
    action: definition.action,
    schema: definition.schema,
    load: (tx, input) => lockClaim(tx, input.claimId),
    notFound: NOT_FOUND,
    minimumRole: minimumRoleFor(move),
    authorize: authorizeMove(move),
    write: (tx, context) => {
      expectMove(move, context.actor, context.row, context.input.version);
      return definition.write(tx, context);
    },
  });
}

/** A move that only changes the claim's status (and assignee or reason): one audit entry, the claim. */
function statusMove<S extends z.ZodType<ClaimMoveInput>>(
  move: WorkflowMove,
  action: string,
  schema: S,
  to: (actor: Actor, input: z.output<S>) => Move,
  message: string,
): MutationCore {
  return defineClaimMove(move, {
    action,
    schema,
    write: async (tx, { actor, row, input }) => {
      const entry = await moveClaim(tx, row, input.version, to(actor, input));
      return { id: row.id, message, audit: auditOf(entry), affected: { claimId: row.id } };
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Taking and assigning

export const takeClaim = statusMove(
  "take",
  "claim.taken",
  takeClaimSchema,
  (actor) => ({ status: "in_review", assigneeId: actor.id }),
  "You are reviewing this claim.",
);

export const assignClaim = defineClaimMove("assign", {
  action: "claim.assigned",
  schema: assignClaimSchema,
  write: async (tx, { row, input }) => {
    await requireActiveUser(tx, input.assigneeId);
    const entry = await moveClaim(tx, row, input.version, { status: "in_review", assigneeId: input.assigneeId });
    return { id: row.id, message: "Claim assigned.", audit: auditOf(entry), affected: { claimId: row.id } };
  },
});

/** Many claims to one person, all or nothing: one stale or finished claim refuses the whole batch. */
export const assignClaims = defineMutation({
  action: "claim.assigned",
  schema: assignClaimsSchema,
  load: async (tx, input) => {
    const ids = input.claims.map((item) => item.claimId);
    // Locked in id order, so two overlapping bulk assignments cannot deadlock.
    const rows = await tx
      .select(workflowColumns)
      .from(claims)
      .where(inArray(claims.id, ids))
      .orderBy(claims.id)
      .for("update", { of: claims });
    return rows.length === ids.length ? rows : undefined;
  },
  notFound: "One of the selected claims no longer exists. Reload the queue.",
  minimumRole: minimumRoleFor("assign"),
  authorize: (actor, rows) => rows.map((row) => whoRefusal("assign", actor, row)).find((refusal) => refusal !== null) ?? true,
  write: async (tx, { actor, row: rows, input }) => {
    await requireActiveUser(tx, input.assigneeId);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const audit: AuditEntry[] = [];
    for (const item of input.claims) {
      const row = byId.get(item.claimId);
      if (!row) throw new Refusal("One of the selected claims no longer exists. Reload the queue.");
      expectMove("assign", actor, row, item.version);
      audit.push(auditOf(await moveClaim(tx, row, item.version, { status: "in_review", assigneeId: input.assigneeId })));
    }
    return {
      id: input.assigneeId,
      message: `${audit.length} ${audit.length === 1 ? "claim" : "claims"} assigned.`,
      audit,
      affected: { claimIds: rows.map((row) => row.id) },
    };
  },
});

export const submitForEditor = statusMove(
  "submit",
  "claim.submitted",
  submitForEditorSchema,
  () => ({ status: "ready" }),
  "Sent to the editors.",
);

// ---------------------------------------------------------------------------------------------
// Verdicts

/** Saves the working draft (creates it or overwrites it). Never public. */
export const saveVerdictDraft = defineClaimMove("saveDraft", {
  action: "verdict.draft_saved",
  schema: saveVerdictDraftSchema,
  write: async (tx, { actor, row, input }) => {
    const fields = { rating: input.rating, summary: input.summary, rationale: input.rationale, editorId: actor.id };
    const [existing] = await tx
      .select({ id: verdicts.id, rating: verdicts.rating, summary: verdicts.summary })
      .from(verdicts)
      .where(and(eq(verdicts.claimId, row.id), eq(verdicts.state, "draft")));
    let draftId: number;
    if (existing) {
      await tx
        .update(verdicts)
        .set({ ...fields, version: sql`${verdicts.version} + 1` })
        .where(eq(verdicts.id, existing.id));
      draftId = existing.id;
    } else {
      const [created] = await tx
        .insert(verdicts)
        .values({ claimId: row.id, state: "draft", ...fields })
        .returning({ id: verdicts.id });
      if (!created) throw new Error("insert returned no row");
      draftId = created.id;
    }
    // The claim's version moves too, so an editor publishing from an older screen is told.
    await writeAtVersion(tx, claims, row.id, input.version, {});
    return {
      id: draftId,
      message: "Draft saved. Only the newsroom can see it.",
      audit: {
        entityType: "verdict",
        entityId: draftId,
        claimId: row.id,
        before: existing ? { rating: existing.rating, summary: existing.summary } : null,
        after: { rating: input.rating, summary: input.summary, state: "draft" },
      },
      affected: { claimId: row.id },
    };
  },
});

export const publishVerdict = defineClaimMove("publish", {
  action: "verdict.published",
  schema: publishVerdictSchema,
  write: async (tx, { actor, row, input }) => {
    const [previous] = await tx
      .update(verdicts)
      .set({ state: "superseded", retiredAt: sql`now()`, version: sql`${verdicts.version} + 1` })
      .where(and(eq(verdicts.claimId, row.id), eq(verdicts.state, "published")))
      .returning({ id: verdicts.id, rating: verdicts.rating });
    const fields = {
      rating: input.rating,
      summary: input.summary,
      rationale: input.rationale,
      editorId: actor.id,
      state: "published" as const,
      publishedAt: sql`now()`,
    };
    // The draft, if any, becomes the published row (with the text the editor sent).
    const [fromDraft] = await tx
      .update(verdicts)
      .set({ ...fields, version: sql`${verdicts.version} + 1` })
      .where(and(eq(verdicts.claimId, row.id), eq(verdicts.state, "draft")))
      .returning({ id: verdicts.id });
    const published =
      fromDraft ??
      (
        await tx
          .insert(verdicts)
          .values({ claimId: row.id, ...fields })
          .returning({ id: verdicts.id })
      )[0];
    if (!published) throw new Error("insert returned no row");
    const moved = await moveClaim(tx, row, input.version, { status: "published" });
    return {
      id: published.id,
      message: previous ? "Verdict updated and published." : "Verdict published.",
      // One history entry: the verdict, with the claim's move in it.
      audit: {
        entityType: "verdict",
        entityId: published.id,
        claimId: row.id,
        before: { ...moved.before, ...(previous ? { replacesVerdictId: previous.id, rating: previous.rating } : {}) },
        after: { ...moved.after, rating: input.rating, summary: input.summary, state: "published", republished: previous !== undefined },
      },
      affected: { claimId: row.id },
    };
  },
});

/** A published claim (also a reopened one) is retracted first: the table refuses it otherwise. */
export const setAside = statusMove(
  "setAside",
  "claim.set_aside",
  setAsideSchema,
  (_actor, input) => ({ status: "not_checkable", statusReason: input.reason }),
  "Set aside as not checkable.",
);

/** published → in_review; the published verdict stays public until the next publish. */
export const reopenClaim = statusMove(
  "reopen",
  "claim.reopened",
  reopenClaimSchema,
  () => ({ status: "in_review" }),
  "Reopened. The published verdict stays public until you publish a new one.",
);

/** Withdraws the public verdict (also of a reopened claim); the claim goes back to in_review. */
export const retractVerdict = defineClaimMove("retract", {
  action: "verdict.retracted",
  schema: retractVerdictSchema,
  write: async (tx, { row, input }) => {
    const [retracted] = await tx
      .update(verdicts)
      .set({ state: "retracted", retiredAt: sql`now()`, version: sql`${verdicts.version} + 1` })
      .where(and(eq(verdicts.claimId, row.id), eq(verdicts.state, "published")))
      .returning({ id: verdicts.id, rating: verdicts.rating });
    if (!retracted) throw new Refusal("This claim has no published verdict to retract.");
    const moved = await moveClaim(tx, row, input.version, { status: "in_review" });
    return {
      id: retracted.id,
      message: "Verdict retracted. The claim is back in review.",
      audit: {
        entityType: "verdict",
        entityId: retracted.id,
        claimId: row.id,
        before: { ...moved.before, state: "published", rating: retracted.rating },
        after: { ...moved.after, state: "retracted", ...(input.reason ? { reason: input.reason } : {}) },
      },
      affected: { claimId: row.id },
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Citations on the public page

export const setCitationPublic = defineMutation({
  action: "citation.visibility_changed",
  schema: setCitationPublicSchema,
  minimumRole: "editor",
  load: async (tx, input) => {
    const [row] = await tx
      .select({ id: citations.id, claimId: citations.claimId, isPublic: citations.isPublic, version: citations.version })
      .from(citations)
      .where(and(eq(citations.id, input.citationId), isNull(citations.deletedAt)));
    return row;
  },
  notFound: "This citation no longer exists: someone deleted it. Reload to see the current list.",
  authorize: () => true,
  write: async (tx, { row, input }) => {
    const updated = await writeLiveItem(tx, citations, row.id, input.version, { isPublic: input.isPublic });
    return {
      id: row.id,
      message: input.isPublic ? "The citation is now on the public page." : "The citation is now internal.",
      audit: {
        entityType: "citation",
        entityId: row.id,
        claimId: row.claimId,
        before: { isPublic: row.isPublic, version: row.version },
        after: { isPublic: input.isPublic, version: updated.version },
      },
      affected: { claimId: row.claimId },
    };
  },
});
