/**
 * The extraction contract (../shared/tools/CLAIMS-CONTRACT.md) as TypeScript types.
 * Offsets are UTF-16 code-unit indexes into the source text, end exclusive.
 */

export type Unit = "percent" | "count" | "money" | "ratio" | "other";
export type Bound = "exact" | "lower" | "upper" | "approximate";
export type Direction = "increase" | "decrease";

export interface Span {
  start: number;
  end: number;
}

/** A number found in text, before any judgement about whether it is a claim. */
export interface NumberMention extends Span {
  text: string;
  /** Plain value; percentages in percent units ("10%" is 10). Null where the text gives no number ("thousands"). */
  value: number | null;
}

export interface Claim extends Span {
  text: string;
  value: number | null;
  unit: Unit;
  /** For ratios: 5939 in "4,601 out of 5,939". */
  denominator?: number;
  /** The high end of a range ("between 10 and 20 percent" has value 10, upperValue 20). */
  upperValue?: number;
  /**
   * A physical unit of measure named right after the figure ("metric tons" in "3.2 million metric
   * tons of steel", "acres", "pounds", "square miles"): shown beside the value, never the subject.
   */
  measure?: string;
  /** ISO 4217 code for money ("USD"). */
  currency?: string;
  /** What the number measures, in words from the source. */
  subject: string;
  timeScope?: string;
  speaker?: string;
  bound?: Bound;
  direction?: Direction;
  sentence: Span;
  /** 0..1: how much this figure deserves a fact-checker's time. */
  checkworthiness: number;
}

export type CheckKind = "percent-vs-ratio" | "repeated-figure" | "change-vs-figures" | "count-vs-list";

/** An arithmetic relation found between claims of one text. */
export interface Check {
  kind: CheckKind;
  /** "consistent": the arithmetic agrees; "inconsistent": it does not. */
  outcome: "consistent" | "inconsistent";
  /** Indexes into Extraction.claims of the claims involved. */
  claims: number[];
  /** Spans of the claims involved (stable across storage, unlike indexes). */
  spans: Span[];
  /** The value the arithmetic expects, where one follows (77.47 for 4,601 / 5,939). */
  expected?: number;
  /** A sentence a reviewer reads: "77.5 percent agrees with 4,601 out of 5,939 (77.47%)". */
  message: string;
}

export interface Extraction {
  claims: Claim[];
  checks: Check[];
}
