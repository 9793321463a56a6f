/**
 * The review workflow of a claim (issue 5):
 *
 *   unreviewed ──take / assign──▶ in_review ──submit──▶ ready ──publish──▶ published
 *        │                          ▲   │                 │                   │
 *        └──────── set aside ───────┼───┴──── set aside ──┘                   │
 *                  (not_checkable)  └────────── reopen / retract ─────────────┘
 *
 * Who: anyone signed in takes an unassigned claim; the assignee or an editor submits it and saves
 * the draft verdict; only editors (and admins) assign, publish, set aside, reopen and retract.
 *
 * Verdict rows: at most one `draft` (the working text) and one `published` (the public one) per
 * claim. Publishing turns the draft, if any, into the published row with the text the editor sent
 * (no draft is needed to publish); the previous published row becomes `superseded`, so the public
 * change log can say "updated". Reopening leaves the published verdict public until the next
 * publish; retracting marks it `retracted` and sends the claim back to in_review. A draft is never
 * public and is kept through set-aside, reopen and retract, so work in progress is not lost.
 *
 * Every move checks the claim's version (the one the form showed), bumps it, stamps
 * status_changed_at, and appends an audit row in the same transaction (lib/review/mutation.ts).
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { citations, type ClaimRow, claims, users, verdicts } from "@/db/schema";
import { type Actor, hasRole } from "@/lib/auth/roles";
import type { ClaimStatus } from "@/lib/data/types";
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
} from "@/lib/validation/review";
import { type AuditEntry, conflict, defineMutation, Refusal } from "./mutation";

const NOT_FOUND = "This claim does not exist.";
const STATUS_LABEL: Record<ClaimStatus, string> = {
  unreviewed: "unreviewed",
  in_review: "in review",
  ready: "ready for an editor",
  published: "published",
  not_checkable: "set aside as not checkable",
};

type WorkflowClaim = Pick<ClaimRow, "id" | "sourceId" | "status" | "assigneeId" | "version" | "notAClaim">;

const workflowColumns = {
  id: claims.id,
  sourceId: claims.sourceId,
  status: claims.status,
  assigneeId: claims.assigneeId,
  version: claims.version,
  notAClaim: claims.notAClaim,
};

/** The claim, locked for the rest of the transaction so two moves of it run one after the other. */
async function lockClaim(tx: Tx, claimId: number): Promise<WorkflowClaim | undefined> {
  const [row] = await tx.select(workflowColumns).from(claims).where(eq(claims.id, claimId)).for("update");
  return row;
}

/** Refuses unless the form's version is current and the claim is in one of `from`. */
function expectState(row: WorkflowClaim, version: number, from: readonly ClaimStatus[], verb: string): void {
  if (row.version !== version) throw conflict();
  if (row.notAClaim) throw new Refusal(`This figure is marked as not a claim; restore it before you ${verb} it.`);
  if (!from.includes(row.status)) {
    throw new Refusal(`This claim is ${STATUS_LABEL[row.status]}, so it cannot be ${pastTense(verb)} now. Reload to see where it is.`);
  }
}

function pastTense(verb: string): string {
  const irregular: Record<string, string> = { take: "taken", "set aside": "set aside", submit: "submitted" };
  return irregular[verb] ?? `${verb}ed`.replace(/eed$/, "ed");
}

interface Move {
  status: ClaimStatus;
  assigneeId?: number | null;
  statusReason?: string | null;
}

/** Moves the claim; throws the conflict refusal when someone else moved it first. */
async function moveClaim(tx: Tx, row: WorkflowClaim, version: number, move: Move): Promise<AuditEntry & { version: number }> {
  const [updated] = await tx
    .update(claims)
    .set({
      status: move.status,
      ...(move.assigneeId !== undefined ? { assigneeId: move.assigneeId } : {}),
      statusReason: move.statusReason ?? null,
      statusChangedAt: sql`now()`,
      version: sql`${claims.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(claims.id, row.id), eq(claims.version, version)))
    .returning({ version: claims.version, assigneeId: claims.assigneeId });
  if (!updated) throw conflict();
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

const isAssigneeOrEditor = (actor: Actor, row: WorkflowClaim) =>
  row.assigneeId === actor.id || hasRole(actor, "editor");

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

// ---------------------------------------------------------------------------------------------
// Taking and assigning

export const takeClaim = defineMutation({
  action: "claim.taken",
  schema: takeClaimSchema,
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: () => true,
  write: async (tx, { actor, row, input }) => {
    expectState(row, input.version, ["unreviewed", "in_review"], "take");
    if (row.status === "in_review" && row.assigneeId !== null) {
      throw new Refusal(
        row.assigneeId === actor.id ? "You are already reviewing this claim." : "Someone else is already reviewing this claim. Ask an editor to reassign it.",
      );
    }
    const entry = await moveClaim(tx, row, input.version, { status: "in_review", assigneeId: actor.id });
    return { id: row.id, message: "You are reviewing this claim.", audit: auditOf(entry), affected: { claimId: row.id } };
  },
});

export const assignClaim = defineMutation({
  action: "claim.assigned",
  schema: assignClaimSchema,
  minimumRole: "editor",
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: () => true,
  write: async (tx, { row, input }) => {
    expectState(row, input.version, ["unreviewed", "in_review", "ready"], "assign");
    await requireActiveUser(tx, input.assigneeId);
    const entry = await moveClaim(tx, row, input.version, { status: "in_review", assigneeId: input.assigneeId });
    return { id: row.id, message: "Claim assigned.", audit: auditOf(entry), affected: { claimId: row.id } };
  },
});

/** Many claims to one person, all or nothing: one stale or finished claim refuses the whole batch. */
export const assignClaims = defineMutation({
  action: "claim.assigned",
  schema: assignClaimsSchema,
  minimumRole: "editor",
  load: async (tx, input) => {
    const ids = input.claims.map((item) => item.claimId);
    // Locked in id order, so two overlapping bulk assignments cannot deadlock.
    const rows = await tx.select(workflowColumns).from(claims).where(inArray(claims.id, ids)).orderBy(claims.id).for("update");
    return rows.length === ids.length ? rows : undefined;
  },
  notFound: "One of the selected claims no longer exists. Reload the queue.",
  authorize: () => true,
  write: async (tx, { row: rows, input }) => {
    await requireActiveUser(tx, input.assigneeId);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const audit: AuditEntry[] = [];
    for (const item of input.claims) {
      const row = byId.get(item.claimId);
      if (!row) throw new Refusal("One of the selected claims no longer exists. Reload the queue.");
      expectState(row, item.version, ["unreviewed", "in_review", "ready"], "assign");
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

export const submitForEditor = defineMutation({
  action: "claim.submitted",
  schema: submitForEditorSchema,
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: (actor, row) => isAssigneeOrEditor(actor, row) || "Only the person reviewing this claim or an editor can send it to the editors.",
  write: async (tx, { row, input }) => {
    expectState(row, input.version, ["in_review"], "submit");
    const entry = await moveClaim(tx, row, input.version, { status: "ready" });
    return { id: row.id, message: "Sent to the editors.", audit: auditOf(entry), affected: { claimId: row.id } };
  },
});

// ---------------------------------------------------------------------------------------------
// Verdicts

/** Saves the working draft (creates it or overwrites it). Never public. */
export const saveVerdictDraft = defineMutation({
  action: "verdict.draft_saved",
  schema: saveVerdictDraftSchema,
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: (actor, row) => isAssigneeOrEditor(actor, row) || "Only the person reviewing this claim or an editor can write its verdict.",
  write: async (tx, { actor, row, input }) => {
    expectState(row, input.version, ["in_review", "ready"], "draft");
    const fields = { rating: input.rating, summary: input.summary, rationale: input.rationale, editorId: actor.id };
    const [existing] = await tx
      .select({ id: verdicts.id, rating: verdicts.rating, summary: verdicts.summary })
      .from(verdicts)
      .where(and(eq(verdicts.claimId, row.id), eq(verdicts.state, "draft")));
    let draftId: number;
    if (existing) {
      await tx.update(verdicts).set({ ...fields, version: sql`${verdicts.version} + 1` }).where(eq(verdicts.id, existing.id));
      draftId = existing.id;
    } else {
      const [created] = await tx.insert(verdicts).values({ claimId: row.id, state: "draft", ...fields }).returning({ id: verdicts.id });
      if (!created) throw new Error("insert returned no row");
      draftId = created.id;
    }
    // The claim's version moves too, so an editor publishing from an older screen is told.
    const [bumped] = await tx
      .update(claims)
      .set({ version: sql`${claims.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(claims.id, row.id), eq(claims.version, input.version)))
      .returning({ version: claims.version });
    if (!bumped) throw conflict();
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

export const publishVerdict = defineMutation({
  action: "verdict.published",
  schema: publishVerdictSchema,
  minimumRole: "editor",
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: () => true,
  write: async (tx, { actor, row, input }) => {
    expectState(row, input.version, ["in_review", "ready"], "publish");
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
      fromDraft ?? (await tx.insert(verdicts).values({ claimId: row.id, ...fields }).returning({ id: verdicts.id }))[0];
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

export const setAside = defineMutation({
  action: "claim.set_aside",
  schema: setAsideSchema,
  minimumRole: "editor",
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: () => true,
  write: async (tx, { row, input }) => {
    // A published claim is retracted first: setting it aside must not leave a verdict public.
    expectState(row, input.version, ["unreviewed", "in_review", "ready"], "set aside");
    // A reopened claim still has its public verdict.
    const [published] = await tx
      .select({ id: verdicts.id })
      .from(verdicts)
      .where(and(eq(verdicts.claimId, row.id), eq(verdicts.state, "published")));
    if (published) throw new Refusal("This claim has a published verdict. Retract it before you set the claim aside.");
    const entry = await moveClaim(tx, row, input.version, { status: "not_checkable", statusReason: input.reason });
    return { id: row.id, message: "Set aside as not checkable.", audit: auditOf(entry), affected: { claimId: row.id } };
  },
});

/** published → in_review; the published verdict stays public until the next publish. */
export const reopenClaim = defineMutation({
  action: "claim.reopened",
  schema: reopenClaimSchema,
  minimumRole: "editor",
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: () => true,
  write: async (tx, { row, input }) => {
    expectState(row, input.version, ["published"], "reopen");
    const entry = await moveClaim(tx, row, input.version, { status: "in_review" });
    return {
      id: row.id,
      message: "Reopened. The published verdict stays public until you publish a new one.",
      audit: auditOf(entry),
      affected: { claimId: row.id },
    };
  },
});

/** Withdraws the public verdict (also of a reopened claim); the claim goes back to in_review. */
export const retractVerdict = defineMutation({
  action: "verdict.retracted",
  schema: retractVerdictSchema,
  minimumRole: "editor",
  load: (tx, input) => lockClaim(tx, input.claimId),
  notFound: NOT_FOUND,
  authorize: () => true,
  write: async (tx, { row, input }) => {
    if (row.version !== input.version) throw conflict();
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
    const [updated] = await tx
      .update(citations)
      .set({ isPublic: input.isPublic, version: sql`${citations.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(citations.id, row.id), eq(citations.version, input.version), isNull(citations.deletedAt)))
      .returning({ version: citations.version });
    if (!updated) throw conflict();
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
