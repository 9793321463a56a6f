/**
 * When two claims state the same statistic. Pure functions, no database: lib/claims/related.ts finds
 * candidates with an index and decides with these.
 *
 * Two claims state the same statistic when all of these hold:
 *   1. the same unit, and where both give one, the same currency and the same denominator;
 *   2. the same value within the rounding of the less precise statement: "1.8 million" stands for
 *      anything from 1.75 to 1.85 million, so it matches "1,800,000" and "1,812,000" but not
 *      "1.9 million". The tolerance is never more than 5% of the value, so a one-digit figure
 *      ("2 million") does not swallow everything from 1.5 to 2.5 million;
 *   3. a similar subject: the engine's subject words, stemmed with stop words removed (PostgreSQL's
 *      `english` text-search configuration does that on both sides, so the words compare the same
 *      way the search box does), share at least half of the shorter subject's words.
 */
import type { Unit } from "@/lib/engine/types";

/** The most a tolerance may be, as a share of the larger value. */
export const MAX_RELATIVE_TOLERANCE = 0.05;
/** The least share of the shorter subject's words the other subject must contain. */
export const MIN_SUBJECT_OVERLAP = 0.5;

export interface StatisticKey {
  /** The figure as written ("1.8 million", "$4.2 billion"); its digits give the precision. */
  text: string;
  value: number | null;
  unit: Unit;
  denominator: number | null;
  currency: string | null;
}

/**
 * The step of the last digit the text states, in the value's own scale: 100,000 for "1.8 million",
 * 1 for "1,800,000", 0.1 for "12.5 percent". A figure written in words ("two million") counts as
 * precise to its leading digit.
 */
export function statedStep(text: string, value: number): number {
  const magnitude = Math.abs(value);
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!digits) return magnitude === 0 ? 1 : 10 ** Math.floor(Math.log10(magnitude));
  const integerPart = (digits[1] ?? "").replaceAll(",", "");
  const decimals = digits[2] ?? "";
  const written = Number(`${integerPart}${decimals ? `.${decimals}` : ""}`);
  // "1.8 million" is written 1.8 and worth 1,800,000: the scale word multiplies the step too.
  const scale = written > 0 && magnitude > 0 ? magnitude / written : 1;
  return 10 ** -decimals.length * scale;
}

/** The values a candidate may have to match `key` at all (for the index range scan). */
export function valueRange(value: number): { low: number; high: number } {
  const slack = Math.abs(value) * (MAX_RELATIVE_TOLERANCE / (1 - MAX_RELATIVE_TOLERANCE));
  // A hair wider than the rule, so floating-point rounding never drops a boundary match here.
  const epsilon = Math.max(1e-9, Math.abs(value) * 1e-12);
  return { low: value - slack - epsilon, high: value + slack + epsilon };
}

function sameWithin(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + Math.max(1e-9, Math.max(Math.abs(a), Math.abs(b)) * 1e-12);
}

/** Rule 2: the same value within the rounding of the less precise statement, capped at 5%. */
export function sameValue(a: Pick<StatisticKey, "text" | "value">, b: Pick<StatisticKey, "text" | "value">): boolean {
  if (a.value === null || b.value === null) return false;
  const rounding = Math.max(statedStep(a.text, a.value), statedStep(b.text, b.value)) / 2;
  const cap = MAX_RELATIVE_TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value));
  return sameWithin(a.value, b.value, Math.min(rounding, cap));
}

/** Rule 1 and 2. */
export function sameFigure(a: StatisticKey, b: StatisticKey): boolean {
  if (a.unit !== b.unit) return false;
  if (a.currency && b.currency && a.currency.toUpperCase() !== b.currency.toUpperCase()) return false;
  if (a.denominator !== null && b.denominator !== null && !sameWithin(a.denominator, b.denominator, 0.5)) return false;
  return sameValue(a, b);
}

export interface SubjectSimilarity {
  /** Shared words over the shorter subject's words (0..1); rule 3 wants at least MIN_SUBJECT_OVERLAP. */
  overlap: number;
  /** Shared words over all words of both (0..1); ranks among matches. */
  jaccard: number;
}

/** Rule 3 on two subjects' stemmed words (stop words already removed). */
export function subjectSimilarity(a: readonly string[], b: readonly string[]): SubjectSimilarity {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return { overlap: 0, jaccard: 0 };
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return { overlap: shared / Math.min(left.size, right.size), jaccard: shared / (left.size + right.size - shared) };
}

export function similarSubject(similarity: SubjectSimilarity): boolean {
  return similarity.overlap >= MIN_SUBJECT_OVERLAP;
}

/** One number to rank matches by: the subject's likeness, then how close the values are. */
export function relatedScore(similarity: SubjectSimilarity, a: number, b: number): number {
  const closeness = 1 - Math.min(1, Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-9));
  return similarity.overlap * 0.5 + similarity.jaccard * 0.4 + closeness * 0.1;
}
