import type { Bound, Direction, Unit } from "@/lib/claims/types";

/**
 * Why the extractor scored a figure as worth checking, read back from the claim's stored fields.
 * The score (lib/claims/extract.ts, `checkworthiness`) starts at 35 and adds or takes points for
 * these signals; two more it uses (alarm words in the release such as "record" or "surge", and a
 * number spelled in words) are not stored, so they are named as "other signals" when the listed
 * ones do not add up to the score. Pure: the engine is read, never changed.
 */
export interface CheckworthinessSignal {
  points: number;
  reason: string;
}

export interface ScoredClaim {
  checkworthiness: number;
  unit: Unit;
  value: number | null;
  direction: Direction | null;
  speaker: string | null;
  timeScope: string | null;
  bound: Bound | null;
}

export const CHECKWORTHINESS_BASE = 35;

export function checkworthinessSignals(claim: ScoredClaim): CheckworthinessSignal[] {
  const signals: CheckworthinessSignal[] = [];
  if (claim.unit === "percent") signals.push({ points: 20, reason: "a percentage" });
  if (claim.unit === "money") signals.push({ points: 15, reason: "a sum of money" });
  if (claim.unit === "ratio") signals.push({ points: 15, reason: "a ratio (“4,601 out of 5,939”)" });
  if (claim.value === null) signals.push({ points: -20, reason: "no exact number" });
  else if (Math.abs(claim.value) >= 1e6) signals.push({ points: 15, reason: "a figure in the millions or more" });
  else if (Math.abs(claim.value) >= 1000) signals.push({ points: 10, reason: "a figure in the thousands" });
  else if (claim.unit === "count" && Math.abs(claim.value) < 20) signals.push({ points: -10, reason: "a small count" });
  if (claim.direction) signals.push({ points: 15, reason: claim.direction === "increase" ? "states a rise" : "states a fall" });
  if (claim.speaker) signals.push({ points: 5, reason: "someone is quoted or cited for it" });
  if (claim.timeScope) signals.push({ points: 5, reason: "gives a period" });
  if (claim.bound && claim.bound !== "exact") signals.push({ points: 5, reason: "is approximate or a bound (“over”, “about”)" });
  const score = Math.round(claim.checkworthiness * 100);
  const listed = CHECKWORTHINESS_BASE + signals.reduce((sum, signal) => sum + signal.points, 0);
  const rest = score - Math.max(0, Math.min(100, listed));
  if (rest !== 0) {
    signals.push({
      points: rest,
      reason: rest > 0 ? "alarm words in the release (“record”, “surge”, “crisis”)" : "a number written in words, or other signals",
    });
  }
  return signals;
}
