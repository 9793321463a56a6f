import Link from "next/link";
import type { ReactNode } from "react";
import type { ClaimDetail } from "@/lib/claims/types";
import { ClaimExcerpt } from "./claim-excerpt";
import { formatDate } from "./claim-format";
import { attributionLead } from "./attribution";
import { BackLink } from "@/components/ui/back-link";

/**
 * The figure, what it measures, who said it and when, its sentence and the release it comes from.
 * `status` is what the viewer may know of its progress (the public: verdict or "Not yet checked";
 * staff: the workflow status); `badges` go beside it. `compact` fits the staff page's side column.
 */
export function ClaimHeader({
  claim,
  status,
  badges,
  compact = false,
}: {
  claim: ClaimDetail;
  status: ReactNode;
  badges?: ReactNode;
  compact?: boolean;
}) {
  const { source } = claim;
  return (
    <header className={`rounded-xl border border-stone-200 bg-white ${compact ? "p-5" : "mt-4 p-5 sm:p-8"}`}>
      <div className="flex flex-wrap items-center gap-3">
        {status}
        {badges}
        <span className="text-sm text-stone-600">Claim {claim.id}</span>
      </div>
      <h1
        id="claim-figure"
        className={`mt-3 font-semibold tracking-tight break-words tabular-nums ${compact ? "text-4xl" : "text-5xl sm:text-6xl"}`}
      >
        {claim.text}
      </h1>
      <p className={`mt-3 text-stone-700 ${compact ? "" : "text-lg"}`}>{claim.subject}</p>
      <p className={`font-medium text-stone-900 ${compact ? "mt-4" : "mt-6 text-lg"}`} data-testid="claim-attribution">
        {attributionLead(claim)}
      </p>
      <blockquote className={`mt-2 border-l-4 border-highlight pl-4 leading-relaxed text-stone-900 ${compact ? "" : "text-lg"}`}>
        <ClaimExcerpt excerpt={claim.excerpt} />
      </blockquote>
      <p className="mt-4 text-sm text-stone-600">
        From{" "}
        <Link href={`/sources/${source.id}#claim-${claim.id}`} className="font-medium text-accent underline underline-offset-2">
          {source.title}
        </Link>
        {source.publisher ? <>, {source.publisher}</> : null}
        {source.publishedAt ? (
          <>
            , <time dateTime={source.publishedAt}>{formatDate(source.publishedAt)}</time>
          </>
        ) : null}
        {source.url ? (
          <>
            {" "}
            (
            <a href={source.url} className="text-accent underline underline-offset-2" rel="noopener noreferrer">
              original<span className="sr-only"> release, external site</span>
            </a>
            )
          </>
        ) : null}
      </p>
    </header>
  );
}

/** "‹ All claims" above the claim. */
export function BackToClaims() {
  return <BackLink href="/">All claims</BackLink>;
}
