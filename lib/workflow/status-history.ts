/**
 * How many claims were in each status at the end of each day, rebuilt from the audit log's status
 * moves. Pure: the dashboard's query hands it rows; tests hand it made-up ones.
 */
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/types";

export type StatusCounts = Record<ClaimStatus, number>;

export interface StatusDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  counts: StatusCounts;
}

export function emptyCounts(): StatusCounts {
  return { unreviewed: 0, in_review: 0, ready: 0, published: 0, not_checkable: 0 };
}

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value);
}

const DAY_MS = 86_400_000;

/** Midnight UTC of the day `date` falls in. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/**
 * @param claims every claim counted, with when it was created (it starts as unreviewed)
 * @param before each claim's status at `start` (its last move before then); a claim with none is unreviewed
 * @param moves the status moves from `start` on, oldest first
 * @param start midnight UTC of the first day; `days` days are returned, the last one being today
 */
export function statusHistory({
  claims,
  before,
  moves,
  start,
  days,
}: {
  claims: { id: number; createdAt: Date }[];
  before: Map<number, ClaimStatus>;
  moves: { claimId: number; at: Date; status: ClaimStatus }[];
  start: Date;
  days: number;
}): StatusDay[] {
  const known = new Map(claims.map((claim) => [claim.id, claim.createdAt.getTime()]));
  const current = new Map<number, ClaimStatus>();
  const births = claims
    .filter((claim) => claim.createdAt.getTime() >= start.getTime())
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const claim of claims) {
    if (claim.createdAt.getTime() < start.getTime()) current.set(claim.id, before.get(claim.id) ?? "unreviewed");
  }
  const result: StatusDay[] = [];
  let birth = 0;
  let move = 0;
  for (let index = 0; index < days; index += 1) {
    const end = start.getTime() + (index + 1) * DAY_MS;
    while (birth < births.length && (births[birth]?.createdAt.getTime() ?? Infinity) < end) {
      const claim = births[birth];
      if (claim && !current.has(claim.id)) current.set(claim.id, "unreviewed");
      birth += 1;
    }
    while (move < moves.length && (moves[move]?.at.getTime() ?? Infinity) < end) {
      const entry = moves[move];
      // Moves of claims no longer counted (marked not a claim) are skipped.
      if (entry && known.has(entry.claimId)) current.set(entry.claimId, entry.status);
      move += 1;
    }
    const counts = emptyCounts();
    for (const status of current.values()) counts[status] += 1;
    result.push({ day: new Date(end - DAY_MS).toISOString().slice(0, 10), counts });
  }
  return result;
}
