import { CHECKWORTHINESS_BASE, checkworthinessSignals, type ScoredClaim } from "./checkworthiness";

/**
 * "Check-worthiness 85" with what it means and why this figure scored so: a native disclosure, so
 * it needs no script and opens with the keyboard.
 */
export function CheckworthinessExplainer({ claim }: { claim: ScoredClaim }) {
  const score = Math.round(claim.checkworthiness * 100);
  const signals = checkworthinessSignals(claim);
  return (
    <details className="group text-xs text-stone-700">
      <summary className="cursor-pointer rounded-sm tabular-nums underline decoration-dotted underline-offset-2">
        Check-worthiness {score}
        <span className="sr-only"> out of 100: why?</span>
      </summary>
      <div className="mt-2 max-w-sm rounded-md border border-stone-200 bg-white p-3 text-sm text-stone-800 shadow-sm">
        <p>
          How likely the figure is worth checking, 0 to 100, scored by the extractor from what the sentence says. The queue puts the highest
          first.
        </p>
        <p className="mt-2 font-medium">This one: {score}</p>
        <ul className="mt-1 space-y-0.5 tabular-nums">
          <li>{CHECKWORTHINESS_BASE} to start</li>
          {signals.map((signal) => (
            <li key={signal.reason}>
              {signal.points > 0 ? `+${signal.points}` : `−${Math.abs(signal.points)}`} {signal.reason}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
