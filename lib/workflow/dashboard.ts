import "server-only";
/**
 * The editor dashboard: counts by status and by source, the claims by status over time (rebuilt
 * from the audit log), the claims ready for an editor, the stale ones and those whose text changed
 * after review (an editor re-checks them). Editors and admins only:
 * every function here checks the viewer itself.
 */
import { and, asc, count, desc, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, claims, sources } from "@/db/schema";
import { type Actor, hasRole } from "@/lib/core/roles";
import { staleReviewHours } from "./dashboard-config";
import { emptyCounts, isClaimStatus, type StatusCounts, type StatusDay, startOfUtcDay, statusHistory } from "./status-history";
import type { ClaimStatus } from "@/lib/claims/types";
import { listWorkQueue, type QueueItem } from "./queries";
import { AppError } from "@/lib/core/errors";

export type { StatusCounts, StatusDay };

export interface SourceCounts {
  id: number;
  title: string;
  counts: StatusCounts;
  total: number;
}

export interface Dashboard {
  statusCounts: StatusCounts;
  total: number;
  bySource: SourceCounts[];
  /** One entry per day, oldest first, the last one today (UTC). */
  history: StatusDay[];
  ready: QueueItem[];
  stale: QueueItem[];
  staleHours: number;
  /** Flagged "Text changed after review", in any status: a published verdict may no longer fit. */
  changed: QueueItem[];
}

export const HISTORY_DAYS = 30;

/** @throws AppError("unauthorized") for anonymous viewers, AppError("forbidden") for reviewers. */
export function requireEditor(viewer: Actor | null): Actor {
  if (!viewer) throw new AppError("unauthorized");
  if (!hasRole(viewer, "editor")) throw new AppError("forbidden");
  return viewer;
}

export async function getDashboard({
  viewer,
  now = new Date(),
  staleHours = staleReviewHours(),
  days = HISTORY_DAYS,
}: {
  viewer: Actor | null;
  now?: Date;
  staleHours?: number;
  days?: number;
}): Promise<Dashboard> {
  const editor = requireEditor(viewer);
  const [{ statusCounts, total, bySource }, history, ready, stale, changed] = await Promise.all([
    countClaims(),
    claimsByStatusOverTime({ now, days }),
    listWorkQueue({ viewer: editor, statuses: ["ready"], order: "waiting" }),
    listWorkQueue({
      viewer: editor,
      statuses: ["in_review"],
      changedBefore: new Date(now.getTime() - staleHours * 3_600_000),
      order: "waiting",
    }),
    listWorkQueue({ viewer: editor, statuses: [], changedAfterReview: true, order: "waiting" }),
  ]);
  return { statusCounts, total, bySource, history, ready, stale, staleHours, changed };
}

async function countClaims(): Promise<Pick<Dashboard, "statusCounts" | "total" | "bySource">> {
  const db = await getDb();
  const rows = await db
    .select({ sourceId: sources.id, title: sources.title, status: claims.status, n: count() })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(claims.notAClaim, false))
    .groupBy(sources.id, sources.title, claims.status)
    .orderBy(asc(sources.title), asc(sources.id));
  const statusCounts = emptyCounts();
  const bySourceId = new Map<number, SourceCounts>();
  for (const row of rows) {
    statusCounts[row.status] += row.n;
    let entry = bySourceId.get(row.sourceId);
    if (!entry) {
      entry = { id: row.sourceId, title: row.title, counts: emptyCounts(), total: 0 };
      bySourceId.set(row.sourceId, entry);
    }
    entry.counts[row.status] += row.n;
    entry.total += row.n;
  }
  const total = Object.values(statusCounts).reduce((sum, n) => sum + n, 0);
  return { statusCounts, total, bySource: [...bySourceId.values()] };
}

/**
 * Claims in each status at the end of each of the last `days` days. Every status move writes an
 * audit row whose `after.status` is the new status (lib/workflow/mutations.ts), so the history is the
 * audit log replayed: each claim's last move before the window, then the moves inside it.
 */
export async function claimsByStatusOverTime({ now = new Date(), days = HISTORY_DAYS }: { now?: Date; days?: number } = {}): Promise<
  StatusDay[]
> {
  const db = await getDb();
  const start = new Date(startOfUtcDay(now).getTime() - (days - 1) * 86_400_000);
  const movedTo = sql<string | null>`${auditLog.after} ->> 'status'`;
  const isMove = and(isNotNull(auditLog.claimId), sql`${auditLog.after} ->> 'status' is not null`);
  const [claimRows, beforeRows, moveRows] = await Promise.all([
    db.select({ id: claims.id, createdAt: claims.createdAt }).from(claims).where(eq(claims.notAClaim, false)),
    db
      .selectDistinctOn([auditLog.claimId], { claimId: auditLog.claimId, status: movedTo })
      .from(auditLog)
      .where(and(isMove, lt(auditLog.at, start)))
      .orderBy(auditLog.claimId, desc(auditLog.at), desc(auditLog.id)),
    db
      .select({ claimId: auditLog.claimId, at: auditLog.at, status: movedTo })
      .from(auditLog)
      .where(and(isMove, gte(auditLog.at, start)))
      .orderBy(asc(auditLog.at), asc(auditLog.id)),
  ]);
  const before = new Map<number, ClaimStatus>();
  for (const row of beforeRows) if (row.claimId !== null && isClaimStatus(row.status)) before.set(row.claimId, row.status);
  const moves = moveRows.flatMap((row) =>
    row.claimId !== null && isClaimStatus(row.status) ? [{ claimId: row.claimId, at: row.at, status: row.status }] : [],
  );
  return statusHistory({ claims: claimRows, before, moves, start, days });
}
