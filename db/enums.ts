/**
 * Every enumerated value the database stores, defined once. `db/schema.ts` builds its `pgEnum`s
 * from these arrays, and the code (zod schemas, the workflow table, labels, filters) reads the same
 * arrays and the types made from them. Pure constants: client components may import them.
 * The engine's own unions (lib/engine/types.ts) must equal the claim arrays; the type checks at
 * the end of this file fail the build when they drift apart.
 */
import type { Bound, Direction, Unit } from "@/lib/engine/types";

export const CLAIM_STATUSES = ["unreviewed", "in_review", "ready", "published", "not_checkable"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_ORIGINS = ["extracted", "manual"] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

/** In rising order: reviewer < editor < admin (roleAtLeast reads the order). */
export const USER_ROLES = ["reviewer", "editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** reviewer < editor < admin, the order of USER_ROLES: the one rank rule (lib/core/roles.ts hasRole uses it). */
export function roleAtLeast(role: UserRole, atLeast: UserRole): boolean {
  return USER_ROLES.indexOf(role) >= USER_ROLES.indexOf(atLeast);
}

export const CITATION_STANCES = ["supports", "contradicts", "context"] as const;
export type CitationStance = (typeof CITATION_STANCES)[number];

export const VERDICT_RATINGS = ["accurate", "mostly_accurate", "misleading", "false", "unsupported"] as const;
export type VerdictRating = (typeof VERDICT_RATINGS)[number];

/**
 * draft: the working text, never public (at most one per claim). published: the current public
 * verdict (at most one per claim). superseded: a published verdict replaced by a newer publish.
 * retracted: withdrawn by an editor.
 */
export const VERDICT_STATES = ["draft", "published", "retracted", "superseded"] as const;
export type VerdictState = (typeof VERDICT_STATES)[number];

export const DATA_DECISIONS = ["accepted", "rejected"] as const;
export type DataDecision = (typeof DATA_DECISIONS)[number];

export const CLAIM_UNITS = ["percent", "count", "money", "ratio", "other"] as const;
export const CLAIM_BOUNDS = ["exact", "lower", "upper", "approximate"] as const;
export const CLAIM_DIRECTIONS = ["increase", "decrease"] as const;

// The engine's unions and these arrays name the same values (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameUnits: Same<Unit, (typeof CLAIM_UNITS)[number]> = true;
const sameBounds: Same<Bound, (typeof CLAIM_BOUNDS)[number]> = true;
const sameDirections: Same<Direction, (typeof CLAIM_DIRECTIONS)[number]> = true;
void [sameUnits, sameBounds, sameDirections];

/** A dataset column's type (lib/datasets/columns.ts infers it; datasets.columns stores it as jsonb). */
export const COLUMN_TYPES = ["period", "category", "number"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface DatasetColumn {
  name: string;
  type: ColumnType;
}
