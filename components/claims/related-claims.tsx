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
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {claims.map((claim) => (
          <RelatedItem key={claim.id} claim={claim} />
        ))}
      </ul>
    </section>
  );
}

function RelatedItem({ claim }: { claim: RelatedClaim }) {
  const { source, verdict } = claim;
  return (
    <li className="grid gap-2 px-4 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="min-w-0 font-medium">
          <Link href={`/claims/${claim.id}`} className="text-accent underline underline-offset-2">
            {source.title}
          </Link>
          <span className="text-sm font-normal text-stone-600">
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
      <blockquote className="border-l-2 border-stone-300 pl-3 leading-relaxed text-stone-800">
        <ClaimExcerpt excerpt={claim.excerpt} />
      </blockquote>
      <p className="text-sm text-stone-700">
        {verdict ? (
          <>
            <span className="font-semibold">Verdict: {RATING_LABELS[verdict.rating]}.</span> {verdict.summary}
          </>
        ) : (
          <span className="text-stone-600 italic">No published verdict yet.</span>
        )}
      </p>
    </li>
  );
}
