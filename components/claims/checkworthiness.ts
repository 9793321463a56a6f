/**
 * Why the extractor scored a figure as worth checking, read back from the claim's stored fields with
 * the engine's own rule (lib/engine/checkworthiness.ts). Two signals the engine uses are not stored
 * (alarm words in the sentence, a number spelled in words), so whatever the stored signals do not
 * account for is named as one remainder. Pure: the engine is read, never changed.
 */
import {
  CHECKWORTHINESS_BASE,
  type CheckworthinessSignal,
  checkworthinessSignals as engineSignals,
  type ScoredFields,
} from "@/lib/engine/checkworthiness";

export { CHECKWORTHINESS_BASE, type CheckworthinessSignal } from "@/lib/engine/checkworthiness";

export interface ScoredClaim extends ScoredFields {
  checkworthiness: number;
}

export function checkworthinessSignals(claim: ScoredClaim): CheckworthinessSignal[] {
  const { checkworthiness, ...stored } = claim;
  const signals = engineSignals({ ...stored, spelled: false, alarmWords: 0 });
  const score = Math.round(checkworthiness * 100);
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
