import Link from "next/link";
import type { Actor } from "@/lib/core/roles";
import { RATING_LABELS } from "@/lib/workflow/ratings";
import { listRelatedClaims, type RelatedClaim } from "@/lib/claims/related";
import { ClaimExcerpt } from "./claim-excerpt";
import { formatDate } from "./claim-format";
import { StatusBadge } from "@/components/ui/status-badge";

/**
 * "Also stated in": the same statistic in other releases, with the verdict each already has.
 * A server component: the data function decides what the viewer may see (the public gets published
 * verdicts only, staff also the status). Renders nothing when no other release states it.
 */
export async function RelatedClaims({ claimId, viewer }: { claimId: number; viewer: Actor | null }) {
  const { claims, total } = await listRelatedClaims({ claimId, viewer });
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="mb-1 text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Also stated in
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        {total === 1 ? "One other release states" : `${total} other releases state`} the same figure about the same thing
        {total > claims.length ? ` (the ${claims.length} closest are shown)` : ""}.
      </p>
      <ul className="related-claims divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {claims.map((claim) => (
          <RelatedItem key={claim.id} claim={claim} />
        ))}
      </ul>
    </section>
  );
}

/** One item; its look is the `.related-claims` classes of app/globals.css (short names on up to ten items). */
function RelatedItem({ claim }: { claim: RelatedClaim }) {
  const { source, verdict } = claim;
  return (
    <li>
      <div className="related-claims-head">
        <p>
          <Link href={`/claims/${claim.id}`}>{source.title}</Link>
          <span>
            {source.publisher ? <>, {source.publisher}</> : null}
            {source.publishedAt ? (
              <>
                , <time dateTime={source.publishedAt}>{formatDate(source.publishedAt)}</time>
              </>
            ) : null}
          </span>
        </p>
        {claim.status ? <StatusBadge status={claim.status} /> : null}
      </div>
      <blockquote>
        <ClaimExcerpt excerpt={claim.excerpt} />
      </blockquote>
      <p className="related-claims-verdict">
        {verdict ? (
          <>
            <b>Verdict: {RATING_LABELS[verdict.rating]}.</b> {verdict.summary}
          </>
        ) : (
          <i>No published verdict yet.</i>
        )}
      </p>
    </li>
  );
}
