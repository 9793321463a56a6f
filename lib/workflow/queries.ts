import "server-only";
/**
 * What the newsroom sees of the workflow (signed-in staff only): a claim's status, assignee,
 * draft and published verdict with the moves this viewer may make, and the work queue.
 * The moves come from the one transition table (lib/workflow/transitions.ts) the cores decide with.
 */
import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { claims, sources, users, verdicts } from "@/db/schema";
import { type Actor, hasRole } from "@/lib/core/roles";
import { sentenceExcerpt } from "@/lib/claims/excerpt";
import { figureColumns } from "@/lib/claims/figure-columns";
import type { ClaimFigure, ClaimStatus, Excerpt } from "@/lib/claims/types";
import type { Bound, Direction, Unit } from "@/lib/engine/types";
import { AppError } from "@/lib/core/errors";
import { movesFor, type WorkflowMove } from "./transitions";
import type { UserRole, VerdictRating } from "@/lib/core/fields";
import { isRowId } from "@/lib/core/params";

export type { WorkflowMove };

export interface WorkflowVerdict {
  id: number;
  rating: VerdictRating;
  summary: string;
  rationale: string;
  editor: { id: number; name: string };
  publishedAt: Date | null;
}

export interface ClaimWorkflow {
  claimId: number;
  status: ClaimStatus;
  assignee: { id: number; name: string } | null;
  /** Internal reason for not_checkable. */
  statusReason: string | null;
  statusChangedAt: Date | null;
  /** Send back with every move (optimistic concurrency). */
  version: number;
  draft: WorkflowVerdict | null;
  published: WorkflowVerdict | null;
  /** The moves this viewer may make now. */
  moves: WorkflowMove[];
}

/** Null when the claim does not exist. @throws AppError("unauthorized") for anonymous viewers. */
export async function getClaimWorkflow({ claimId, viewer }: { claimId: number; viewer: Actor | null }): Promise<ClaimWorkflow | null> {
  if (!viewer) throw new AppError("unauthorized");
  if (!isRowId(claimId)) return null;
  const db = await getDb();
  const [claim] = await db
    .select({
      id: claims.id,
      status: claims.status,
      assigneeId: claims.assigneeId,
      assigneeName: users.name,
      statusReason: claims.statusReason,
      statusChangedAt: claims.statusChangedAt,
      version: claims.version,
      notAClaim: claims.notAClaim,
    })
    .from(claims)
    .leftJoin(users, eq(users.id, claims.assigneeId))
    .where(eq(claims.id, claimId));
  if (!claim) return null;

  const rows = await db
    .select({
      id: verdicts.id,
      state: verdicts.state,
      rating: verdicts.rating,
      summary: verdicts.summary,
      rationale: verdicts.rationale,
      publishedAt: verdicts.publishedAt,
      editorId: users.id,
      editorName: users.name,
    })
    .from(verdicts)
    .innerJoin(users, eq(users.id, verdicts.editorId))
    .where(and(eq(verdicts.claimId, claimId), inArray(verdicts.state, ["draft", "published"])));
  const view = (state: "draft" | "published"): WorkflowVerdict | null => {
    const row = rows.find((candidate) => candidate.state === state);
    return row
      ? {
          id: row.id,
          rating: row.rating,
          summary: row.summary,
          rationale: row.rationale,
          publishedAt: row.publishedAt,
          editor: { id: row.editorId, name: row.editorName },
        }
      : null;
  };
  const published = view("published");
  return {
    claimId: claim.id,
    status: claim.status,
    assignee: claim.assigneeId !== null && claim.assigneeName !== null ? { id: claim.assigneeId, name: claim.assigneeName } : null,
    statusReason: claim.statusReason,
    statusChangedAt: claim.statusChangedAt,
    version: claim.version,
    draft: view("draft"),
    published,
    moves: movesFor(viewer, { ...claim, hasPublished: published !== null }),
  };
}

export interface QueueItem extends ClaimFigure {
  id: number;
  text: string;
  subject: string;
  /** The sentence cut around the figure. */
  excerpt: Excerpt;
  status: ClaimStatus;
  assignee: { id: number; name: string } | null;
  source: { id: number; title: string };
  statusChangedAt: Date | null;
  checkworthiness: number;
  /** What the check-worthiness score was made of (components/claims/checkworthiness.ts). */
  unit: Unit;
  value: number | null;
  direction: Direction | null;
  speaker: string | null;
  timeScope: string | null;
  bound: Bound | null;
  /** For bulk assignment: the checkbox value "<id>:<version>". */
  version: number;
  /** The moves the viewer may make on it now (the queue offers "take" from these). */
  moves: WorkflowMove[];
}

/** The queue's tabs: everything not yet sent to an editor, one person's open claims, nobody's. */
export const QUEUE_VIEWS = ["waiting", "mine", "unassigned"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/**
 * The work queue: claims in `statuses` (default: everything not finished), optionally one person's
 * or only unassigned ones. `order` "waiting" puts the longest-waiting first; "checkworthiness" the
 * most check-worthy. Capped at `limit` (max 500). @throws AppError("unauthorized") for anonymous.
 */
export async function listWorkQueue({
  viewer,
  statuses = ["unreviewed", "in_review", "ready"],
  assigneeId,
  unassigned = false,
  changedBefore,
  changedAfterReview = false,
  order = "waiting",
  limit = 200,
}: {
  viewer: Actor | null;
  statuses?: ClaimStatus[];
  assigneeId?: number;
  /** Only claims nobody has taken. */
  unassigned?: boolean;
  /** Only claims whose status last changed before this moment (stale work). */
  changedBefore?: Date;
  /** Only claims flagged "Text changed after review" (lib/claims/mutations.ts clears it). */
  changedAfterReview?: boolean;
  order?: "waiting" | "checkworthiness";
  limit?: number;
}): Promise<QueueItem[]> {
  if (!viewer) throw new AppError("unauthorized");
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [
    eq(claims.notAClaim, false),
    statuses.length > 0 ? inArray(claims.status, statuses) : undefined,
    assigneeId === undefined ? undefined : eq(claims.assigneeId, assigneeId),
    unassigned ? isNull(claims.assigneeId) : undefined,
    changedBefore ? lt(claims.statusChangedAt, changedBefore) : undefined,
    changedAfterReview ? eq(claims.changedAfterReview, true) : undefined,
  ];
  const ordering =
    order === "checkworthiness"
      ? [desc(claims.checkworthiness), asc(claims.id)]
      : [asc(claims.statusChangedAt), desc(claims.checkworthiness), asc(claims.id)];
  const rows = await db
    .select({
      id: claims.id,
      text: claims.text,
      ...figureColumns,
      subject: claims.subject,
      start: claims.start,
      end: claims.end,
      sentenceStart: claims.sentenceStart,
      sentenceText: claims.sentenceText,
      status: claims.status,
      assigneeId: claims.assigneeId,
      assigneeName: users.name,
      sourceId: sources.id,
      sourceTitle: sources.title,
      statusChangedAt: claims.statusChangedAt,
      checkworthiness: claims.checkworthiness,
      unit: claims.unit,
      value: claims.value,
      direction: claims.direction,
      speaker: claims.speaker,
      timeScope: claims.timeScope,
      bound: claims.bound,
      version: claims.version,
      notAClaim: claims.notAClaim,
      // Written out: inside a select list drizzle leaves columns unqualified.
      hasPublished: sql<boolean>`exists (select 1 from verdicts v where v.claim_id = claims.id and v.state = 'published')`,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(users, eq(users.id, claims.assigneeId))
    .where(and(...conditions))
    .orderBy(...ordering)
    .limit(Math.min(Math.max(1, Math.trunc(limit)), 500));
  return rows.map(
    ({
      assigneeId: id,
      assigneeName,
      sourceId,
      sourceTitle,
      start,
      end,
      sentenceStart,
      sentenceText,
      notAClaim,
      hasPublished,
      ...row
    }) => ({
      ...row,
      moves: movesFor(viewer, { status: row.status, assigneeId: id, notAClaim, hasPublished }),
      excerpt: sentenceExcerpt(sentenceText, sentenceStart, { start, end }),
      assignee: id !== null && assigneeName !== null ? { id, name: assigneeName } : null,
      source: { id: sourceId, title: sourceTitle },
    }),
  );
}

/** One tab of the reviewer queue, most check-worthy first. */
export async function listQueueView({ viewer, view }: { viewer: Actor | null; view: QueueView }): Promise<QueueItem[]> {
  if (!viewer) throw new AppError("unauthorized");
  switch (view) {
    case "mine":
      return listWorkQueue({ viewer, statuses: ["in_review", "ready"], assigneeId: viewer.id, order: "checkworthiness" });
    case "unassigned":
      return listWorkQueue({ viewer, statuses: ["unreviewed", "in_review"], unassigned: true, order: "checkworthiness" });
    default:
      return listWorkQueue({ viewer, statuses: ["unreviewed", "in_review"], order: "checkworthiness" });
  }
}

export interface Assignee {
  id: number;
  name: string;
  role: UserRole;
}

/** Active accounts an editor may assign claims to, by name. @throws AppError for non-editors. */
export async function listAssignees({ viewer }: { viewer: Actor | null }): Promise<Assignee[]> {
  if (!viewer) throw new AppError("unauthorized");
  if (!hasRole(viewer, "editor")) throw new AppError("forbidden");
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.name), asc(users.id));
}
