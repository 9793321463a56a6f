import Link from "next/link";
import type { ClaimListItem } from "@/lib/claims/types";
import { ClaimExcerpt } from "./claim-excerpt";
import { formatClaimValue, UNIT_LABELS } from "./claim-format";
import { RatingBadge } from "./rating-badge";
import { PublicStatusBadge, StatusBadge } from "@/components/ui/status-badge";

/**
 * One claim in the list. Everyone sees the verdict where it matters: a published claim's rating and
 * one-line summary, else "Not yet checked". Only signed-in staff (`workflow`) also see the
 * newsroom's status; the public never does.
 */
export function ClaimCard({ claim, workflow = false }: { claim: ClaimListItem; workflow?: boolean }) {
  const { verdict } = claim;
  return (
    <article
      aria-labelledby={`claim-${claim.id}-figure`}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs sm:p-5"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h3 id={`claim-${claim.id}-figure`} className="text-2xl font-semibold tracking-tight tabular-nums">
          <Link
            href={`/claims/${claim.id}`}
            className="text-accent underline decoration-2 underline-offset-4 hover:decoration-4"
          >
            {claim.text}
          </Link>
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          {verdict ? <RatingBadge rating={verdict.rating} /> : <PublicStatusBadge status="not_checked" />}
          {workflow ? <StatusBadge status={claim.status} /> : null}
        </div>
      </div>
      <p className="mt-1 text-sm font-medium text-stone-700">{claim.subject}</p>
      {verdict ? (
        <p className="mt-3 rounded-md bg-stone-50 px-3 py-2 text-stone-900" data-testid="verdict-summary">
          <span className="sr-only">Verdict summary: </span>
          {verdict.summary}
        </p>
      ) : null}
      <blockquote className="mt-3 border-l-2 border-stone-300 pl-3 leading-relaxed text-stone-800">
        <ClaimExcerpt excerpt={claim.excerpt} />
      </blockquote>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
        <Fact term="Value">
          <span className="tabular-nums">{formatClaimValue(claim)}</span>
        </Fact>
        <Fact term="Said by">{claim.speaker ?? <span className="italic">Not named</span>}</Fact>
        <Fact term="Period">{claim.timeScope ?? <span className="italic">Not stated</span>}</Fact>
        <Fact term="Unit">{UNIT_LABELS[claim.unit]}</Fact>
        <Fact term="Source">
          <Link href={`/sources/${claim.source.id}`} className="text-accent underline underline-offset-2">
            {claim.source.title}
          </Link>
        </Fact>
      </dl>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 gap-1.5">
      <dt className="shrink-0 font-medium text-stone-700">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
