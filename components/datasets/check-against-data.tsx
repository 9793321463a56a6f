import Link from "next/link";
import { getDb } from "@/db/client";
import { formatFigure } from "@/lib/datasets/agreement";
import { suggestionsForClaim } from "@/lib/datasets/suggestions";
import { SuggestionActions } from "./suggestion-actions";

/**
 * "Check against data" on the staff claim page: the candidate figures from the datasets, best
 * first, each with how it was computed, its value and whether the claim agrees within its own
 * rounding. A suggestion is never a verdict: accepting one makes a citation, nothing more.
 */
export async function CheckAgainstData({ claimId }: { claimId: number }) {
  const suggestions = await suggestionsForClaim(await getDb(), claimId, { limit: 6 });
  return (
    <section aria-labelledby="data-check-heading">
      <h2 id="data-check-heading" className="text-xl font-semibold tracking-tight">
        Check against data
      </h2>
      {suggestions.length === 0 ? (
        <p className="mt-2 text-stone-600">
          No dataset matches this claim.{" "}
          <Link href="/datasets/new" className="text-accent underline underline-offset-2">
            Add the table it comes from
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600">
            Figures the datasets give for this claim, best match first. A suggestion is not a verdict.
          </p>
          <ol className="mt-4 space-y-3">
            {suggestions.map((s, index) => (
              <li
                key={`${s.datasetId}:${s.key}`}
                className={`rounded-lg border bg-white p-4 ${s.decision === "rejected" ? "border-stone-200 opacity-70" : "border-stone-300"}`}
              >
                <p className="text-sm text-stone-600">
                  <span className="font-medium text-stone-800">{index + 1}.</span>{" "}
                  <Link href={`/datasets/${s.datasetId}`} className="text-accent underline underline-offset-2">
                    {s.datasetTitle}
                  </Link>
                </p>
                <p className="mt-1 font-medium">{s.description}</p>
                <p className="mt-1 text-lg font-semibold tabular-nums">{formatFigure(s.value, s.unit)}</p>
                <p className={`mt-1 text-sm font-medium ${s.agreement.agrees ? "text-emerald-800" : "text-red-800"}`}>
                  {s.agreement.sentence}
                </p>
                {s.decision === "accepted" ? (
                  <p className="mt-2 text-sm text-emerald-800">Cited as a source.</p>
                ) : s.decision === "rejected" ? (
                  <p className="mt-2 text-sm text-stone-600">Rejected: not the figure this claim is about.</p>
                ) : (
                  <SuggestionActions claimId={claimId} datasetId={s.datasetId} candidateKey={s.key} label={s.description} />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
