import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { parseRouteId } from "@/app/_lib/route-id";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getClaim } from "@/lib/data/claims";
import { getClaimReview } from "@/lib/data/review";
import { ClaimExcerpt } from "@/components/claim-excerpt";
import { BOUND_LABELS, DIRECTION_LABELS, formatDate, formatValue, UNIT_LABELS } from "@/components/claim-format";
import { ReviewPanel } from "@/components/review/review-panel";
import { RelatedClaims } from "@/components/claims/related-claims";
import { StatusBadge } from "@/components/status-badge";
import { AnchorBadges } from "@/components/claims/anchor-badge";

type Params = Promise<{ id: string }>;

const loadClaim = cache(async (segment: string) => {
  await connection();
  const id = parseRouteId(segment);
  return id === null ? null : getClaim({ id });
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return { title: claim ? `${claim.text}: ${claim.subject}` : "Claim not found" };
}

export default async function ClaimPage({ params }: { params: Params }) {
  const claim = await loadClaim((await params).id);
  if (!claim) notFound();
  // The viewer decides what the review data holds: anonymous visitors never receive notes or history.
  const viewer = await getCurrentUser();
  const review = await getClaimReview({ claimId: claim.id, viewer });
  if (!review) notFound();

  const { source } = claim;
  const facts: { term: string; detail: React.ReactNode }[] = [
    { term: "What it measures", detail: claim.subject },
    { term: "Period", detail: claim.timeScope ?? <NotStated /> },
    { term: "Said by", detail: claim.speaker ?? <NotStated what="Not named in the release" /> },
    { term: "Value", detail: <span className="tabular-nums">{formatValue(claim)}</span> },
    { term: "Unit", detail: UNIT_LABELS[claim.unit] },
    { term: "Bound", detail: claim.bound ? BOUND_LABELS[claim.bound] : <NotStated /> },
    { term: "Direction", detail: claim.direction ? DIRECTION_LABELS[claim.direction] : <NotStated what="Not a change" /> },
  ];

  return (
    <article aria-labelledby="claim-figure">
      <p className="text-sm">
        <Link href="/" className="text-accent underline-offset-2 hover:underline">
          <span aria-hidden="true">‹ </span>All claims
        </Link>
      </p>

      <header className="mt-4 rounded-xl border border-stone-200 bg-white p-5 sm:p-8">
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={claim.status} />
          <AnchorBadges claimId={claim.id} />
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

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
            The claim
          </h2>
          <dl className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {facts.map((fact) => (
              <div key={fact.term} className="grid gap-1 px-4 py-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
                <dt className="text-sm font-medium text-stone-600">{fact.term}</dt>
                <dd className="text-stone-900">{fact.detail}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="context-heading">
          <h2 id="context-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
            In context
          </h2>
          <div className="rounded-lg border border-stone-200 bg-white p-4 leading-relaxed text-stone-800">
            <ClaimExcerpt excerpt={claim.context} />
          </div>
          <p className="mt-2 text-sm">
            <Link href={`/sources/${source.id}#claim-${claim.id}`} className="text-accent underline underline-offset-2">
              Read it in the full release
            </Link>
          </p>
        </section>
      </div>

      <RelatedClaims claimId={claim.id} viewer={viewer} />

      <section aria-labelledby="review-heading" className="mt-10 border-t border-stone-200 pt-8">
        <h2 id="review-heading" className="mb-6 text-xl font-semibold tracking-tight">
          Review
        </h2>
        <ReviewPanel review={review} signInHref={`/sign-in?callbackUrl=${encodeURIComponent(`/claims/${claim.id}`)}`} />
      </section>
    </article>
  );
}

function NotStated({ what = "Not stated" }: { what?: string }) {
  return <span className="text-stone-600 italic">{what}</span>;
}
