import Link from "next/link";
import type { ClaimListItem } from "@/lib/claims/types";
import { ClaimExcerpt } from "./claim-excerpt";
import { formatClaimValue, UNIT_LABELS } from "./claim-format";
import { RatingBadge } from "./rating-badge";
import { PublicStatusBadge, StatusBadge } from "@/components/ui/status-badge";

/**
 * One claim in the list. Everyone sees the verdict where it matters: a published claim's rating and
 * one-line summary, else "Not yet checked". Only signed-in staff (`workflow`) also see the
 * newsroom's status; the public never does. Its look is the `.claim-card` and `.claim-facts`
 * classes of app/globals.css: short names instead of utility lists on twenty cards a page.
 */
export function ClaimCard({ claim, workflow = false }: { claim: ClaimListItem; workflow?: boolean }) {
  const { verdict } = claim;
  return (
    <article aria-labelledby={`claim-${claim.id}-figure`} className="claim-card">
      <div className="claim-card-head">
        <h3 id={`claim-${claim.id}-figure`}>
          <Link href={`/claims/${claim.id}`}>{claim.text}</Link>
        </h3>
        <div className="claim-card-badges">
          {verdict ? <RatingBadge rating={verdict.rating} /> : <PublicStatusBadge status="not_checked" />}
          {workflow ? <StatusBadge status={claim.status} /> : null}
        </div>
      </div>
      <p className="claim-card-subject">{claim.subject}</p>
      {verdict ? (
        <p className="mt-3 rounded-md bg-stone-50 px-3 py-2 text-stone-900" data-testid="verdict-summary">
          <span className="sr-only">Verdict summary: </span>
          {verdict.summary}
        </p>
      ) : null}
      <blockquote>
        <ClaimExcerpt excerpt={claim.excerpt} />
      </blockquote>
      <dl className="claim-facts">
        <Fact term="Value">
          <span className="tabular-nums">{formatClaimValue(claim)}</span>
        </Fact>
        <Fact term="Said by">{claim.speaker ?? <span className="italic">Not named</span>}</Fact>
        <Fact term="Period">{claim.timeScope ?? <span className="italic">Not stated</span>}</Fact>
        <Fact term="Unit">{UNIT_LABELS[claim.unit]}</Fact>
        <Fact term="Source">
          <Link href={`/sources/${claim.source.id}`}>{claim.source.title}</Link>
        </Fact>
      </dl>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
