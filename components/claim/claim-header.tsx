import Link from "next/link";
import type { ReactNode } from "react";
import type { ClaimDetail } from "@/lib/data/types";
import { ClaimExcerpt } from "@/components/claim-excerpt";
import { formatDate } from "@/components/claim-format";
import { StatusBadge } from "@/components/status-badge";

/** The figure, what it measures, its sentence and the release it comes from; `badges` go beside the status. */
export function ClaimHeader({ claim, badges }: { claim: ClaimDetail; badges?: ReactNode }) {
  const { source } = claim;
  return (
    <header className="mt-4 rounded-xl border border-stone-200 bg-white p-5 sm:p-8">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={claim.status} />
        {badges}
        <span className="text-sm text-stone-600">Claim {claim.id}</span>
      </div>
      <h1 id="claim-figure" className="mt-3 text-5xl font-semibold tracking-tight break-words tabular-nums sm:text-6xl">
        {claim.text}
      </h1>
      <p className="mt-3 text-lg text-stone-700">{claim.subject}</p>
      <blockquote className="mt-6 border-l-4 border-highlight pl-4 text-lg leading-relaxed text-stone-900">
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
  return (
    <p className="text-sm">
      <Link href="/" className="text-accent underline-offset-2 hover:underline">
        <span aria-hidden="true">‹ </span>All claims
      </Link>
    </p>
  );
}
