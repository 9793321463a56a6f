import Link from "next/link";
import type { ClaimDetail } from "@/lib/claims/types";
import { ClaimExcerpt } from "./claim-excerpt";
import { BOUND_LABELS, DIRECTION_LABELS, formatClaimValue, UNIT_LABELS } from "./claim-format";

/**
 * "The claim" (what the engine read) beside "In context" (the text around it); `stacked` puts the
 * context first, one under the other, for the staff page's side column.
 */
export function ClaimFacts({ claim, stacked = false }: { claim: ClaimDetail; stacked?: boolean }) {
  const facts: { term: string; detail: React.ReactNode }[] = [
    { term: "What it measures", detail: claim.subject },
    { term: "Period", detail: claim.timeScope ?? <NotStated /> },
    { term: "Said by", detail: claim.speaker ?? <NotStated what="Not named in the release" /> },
    { term: "Value", detail: <span className="tabular-nums">{formatClaimValue(claim)}</span> },
    { term: "Unit", detail: UNIT_LABELS[claim.unit] },
    { term: "Bound", detail: claim.bound ? BOUND_LABELS[claim.bound] : <NotStated /> },
    { term: "Direction", detail: claim.direction ? DIRECTION_LABELS[claim.direction] : <NotStated what="Not a change" /> },
  ];
  const factList = (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
        The claim
      </h2>
      <dl className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {facts.map((fact) => (
          <div
            key={fact.term}
            className={`grid gap-1 px-4 ${stacked ? "py-2 sm:grid-cols-[8rem_1fr] sm:gap-3" : "py-3 sm:grid-cols-[10rem_1fr] sm:gap-4"}`}
          >
            <dt className="text-sm font-medium text-stone-600">{fact.term}</dt>
            <dd className="text-stone-900">{fact.detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
  const context = (
    <section aria-labelledby="context-heading">
      <h2 id="context-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
        In context
      </h2>
      <div className="rounded-lg border border-stone-200 bg-white p-4 leading-relaxed text-stone-800">
        <ClaimExcerpt excerpt={claim.context} />
      </div>
      <p className="mt-2 text-sm">
        <Link href={`/sources/${claim.source.id}#claim-${claim.id}`} className="text-accent underline underline-offset-2">
          Read it in the full release
        </Link>
      </p>
    </section>
  );
  return (
    <div className={stacked ? "mt-6 flex flex-col gap-6" : "mt-8 grid gap-8 lg:grid-cols-2"}>
      {stacked ? (
        <>
          {context}
          {factList}
        </>
      ) : (
        <>
          {factList}
          {context}
        </>
      )}
    </div>
  );
}

function NotStated({ what = "Not stated" }: { what?: string }) {
  return <span className="text-stone-600 italic">{what}</span>;
}
