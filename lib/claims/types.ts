/**
 * Small, explicit objects the data layer hands to pages, route handlers and tests.
 * Never a whole row: only what a caller shows.
 */
import type { Bound, Check, Direction, Span, Unit } from "@/lib/engine/types";

import type { ClaimStatus, VerdictRating } from "@/db/enums";
export { CLAIM_STATUSES, type ClaimStatus } from "@/db/enums";

/**
 * What the public may know of a claim's progress: a published verdict, or not checked. The
 * workflow statuses above are the newsroom's; no public page, filter or API field shows them.
 */
export const PUBLIC_STATUSES = ["published", "not_checked"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** A claim is "published" to the public while it has a current published verdict (also while reopened). */
export function publicStatusOf(claim: { verdict: unknown }): PublicStatus {
  return claim.verdict ? "published" : "not_checked";
}

export const UNITS = ["percent", "count", "money", "ratio", "other"] as const satisfies readonly Unit[];

export interface ClaimFilters {
  status?: ClaimStatus;
  /** The public's filter: true, claims with a current published verdict; false, the others. */
  checked?: boolean;
  sourceId?: number;
  unit?: Unit;
  /** Full-text search (PostgreSQL text search over the claim's text, subject, speaker and sentence). */
  q?: string;
}

/** The sentence around a figure, cut so the figure can be highlighted. */
export interface Excerpt {
  before: string;
  figure: string;
  after: string;
}

export interface SourceRef {
  id: number;
  title: string;
}

/**
 * The engine's reading of a figure, as components/claims/claim-format.ts formatClaimValue shows it on every
 * page and in every export ("4–5%", "$10–$20 million", "3.2 million metric tons").
 */
export interface ClaimFigure {
  value: number | null;
  unit: Unit;
  denominator: number | null;
  /** The high end of a range stated as one claim; null for a single figure. */
  upperValue: number | null;
  /** A physical unit of measure named after the figure ("metric tons"), shown after the value. */
  measure: string | null;
  /** ISO 4217 code of a money figure ("USD"). */
  currency: string | null;
}

export interface ClaimListItem extends ClaimFigure {
  id: number;
  text: string;
  subject: string;
  speaker: string | null;
  timeScope: string | null;
  status: ClaimStatus;
  checkworthiness: number;
  source: SourceRef;
  excerpt: Excerpt;
  /** The current published verdict (also while a reopened claim is being re-checked), else null. */
  verdict: ListVerdict | null;
}

export interface ListVerdict {
  rating: VerdictRating;
  summary: string;
  publishedAt: Date;
}

export interface ClaimPage {
  claims: ClaimListItem[];
  /** Opaque keyset cursor for the next page, or null on the last page. */
  next: string | null;
}

export interface ClaimDetail extends ClaimListItem {
  start: number;
  end: number;
  bound: Bound | null;
  direction: Direction | null;
  sentence: Span;
  /** Wider context: the sentence plus up to ~200 characters either side, cut at word boundaries. */
  context: Excerpt;
  source: SourceRef & { publisher: string | null; url: string | null; publishedAt: string | null };
  /** W3C Web Annotation selectors that find the claim again when the text changes. */
  anchor: { quote: { exact: string; prefix: string; suffix: string }; position: Span };
}

export interface SourceSummary {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when the text gives none. */
  publishedAt: string | null;
  claimCount: number;
}

export interface SourcePage {
  sources: SourceSummary[];
  /** Opaque keyset cursor for the next page, or null on the last page. */
  next: string | null;
}

export interface SourceClaimMark extends ClaimFigure {
  id: number;
  start: number;
  end: number;
  text: string;
  status: ClaimStatus;
  /** The claim has a current published verdict: all the public may know of its progress. */
  published: boolean;
}

export interface SourceDetail extends SourceSummary {
  body: string;
  version: number;
  contentHash: string;
  claims: SourceClaimMark[];
  /** Arithmetic checks of the engine, with the claim ids they involve resolved by span. */
  checks: (Check & { claimIds: number[] })[];
}
