/**
 * The verdict ratings as people and machines read them. Pure: shared by pages, the JSON-LD
 * builder, the exports and tests.
 */
import type { VerdictRating } from "@/lib/core/fields";

export type { VerdictRating };

export const RATING_LABELS: Record<VerdictRating, string> = {
  accurate: "Accurate",
  mostly_accurate: "Mostly accurate",
  misleading: "Misleading",
  false: "False",
  unsupported: "Unsupported",
};

/**
 * schema.org Rating value on a 1 (worst) – 5 (best) truthfulness scale. "Unsupported" (the
 * evidence neither confirms nor refutes it) sits in the middle: not as bad as misleading, which
 * says something untrue by framing, nor as good as mostly accurate.
 */
export const RATING_VALUES: Record<VerdictRating, 1 | 2 | 3 | 4 | 5> = {
  accurate: 5,
  mostly_accurate: 4,
  unsupported: 3,
  misleading: 2,
  false: 1,
};
