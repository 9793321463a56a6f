/**
 * How much a figure deserves a fact-checker's time, as named signals: one rule, read by the engine
 * to score a claim and by the pages to say why it scored so ("a percentage", "states a rise").
 * Points add to a base of 35 and the sum is held between 0 and 100; the score is that over 100.
 */
import type { Bound, Direction, Unit } from "./types";

export interface CheckworthinessSignal {
  points: number;
  reason: string;
}

export interface ScoredFields {
  unit: Unit;
  value: number | null;
  direction?: Direction | null;
  speaker?: string | null;
  timeScope?: string | null;
  bound?: Bound | null;
  /** Written in words and not scaled ("fourteen"): the engine knows it; storage does not keep it. */
  spelled?: boolean;
  /** Alarm words in the sentence ("record", "surge", "crisis"): the engine counts them; storage does not keep them. */
  alarmWords?: number;
}

export const CHECKWORTHINESS_BASE = 35;

export function checkworthinessSignals(f: ScoredFields): CheckworthinessSignal[] {
  const signals: CheckworthinessSignal[] = [];
  if (f.unit === "percent") signals.push({ points: 20, reason: "a percentage" });
  if (f.unit === "money") signals.push({ points: 15, reason: "a sum of money" });
  if (f.unit === "ratio") signals.push({ points: 15, reason: "a ratio (“4,601 out of 5,939”)" });
  if (f.value === null) signals.push({ points: -20, reason: "no exact number" });
  else if (Math.abs(f.value) >= 1e6) signals.push({ points: 15, reason: "a figure in the millions or more" });
  else if (Math.abs(f.value) >= 1000) signals.push({ points: 10, reason: "a figure in the thousands" });
  else if (f.unit === "count" && Math.abs(f.value) < 20) signals.push({ points: -10, reason: "a small count" });
  if (f.direction) signals.push({ points: 15, reason: f.direction === "increase" ? "states a rise" : "states a fall" });
  if (f.speaker) signals.push({ points: 5, reason: "someone is quoted or cited for it" });
  if (f.timeScope) signals.push({ points: 5, reason: "gives a period" });
  if (f.bound && f.bound !== "exact") signals.push({ points: 5, reason: "is approximate or a bound (“over”, “about”)" });
  if (f.spelled) signals.push({ points: -10, reason: "a number written in words" });
  if (f.alarmWords)
    signals.push({ points: Math.min(10, 5 * f.alarmWords), reason: "alarm words in the sentence (“record”, “surge”, “crisis”)" });
  return signals;
}

/** The score, 0 to 1 in hundredths, of a list of signals. */
export function checkworthinessScore(signals: readonly CheckworthinessSignal[]): number {
  const points = CHECKWORTHINESS_BASE + signals.reduce((sum, s) => sum + s.points, 0);
  return Math.max(0, Math.min(100, points)) / 100;
}
