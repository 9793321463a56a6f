import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { parseRouteId } from "@/app/_lib/route-id";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { RATING_LABELS } from "@/lib/claims-review/ratings";
import { claimUrl, siteConfig } from "@/lib/claims-review/site";
import { getCachedPublicClaimPage, type PublicClaimPage } from "@/lib/data/cached-public";
import { getClaim } from "@/lib/data/claims";
import { getPublicClaim } from "@/lib/data/public";
import { getClaimReview } from "@/lib/data/review";
import { getClaimWorkflow, listAssignees } from "@/lib/data/workflow";
import type { CurrentUser } from "@/lib/auth/current-user";
import { BackToClaims, ClaimHeader } from "@/components/claim/claim-header";
import { ClaimFacts } from "@/components/claim/claim-facts";
import { ClaimReviewJsonLd } from "@/components/claim/claim-review-json-ld";
import { PublicReview } from "@/components/claim/public-review";
import { PublishedVerdict } from "@/components/claim/published-verdict";
import { ReviewPanel } from "@/components/review/review-panel";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { AnchorBadges } from "@/components/claims/anchor-badge";
import { RelatedClaims } from "@/components/claims/related-claims";
import { CheckAgainstData } from "@/components/datasets/check-against-data";
import { ClaimDataBadge } from "@/components/datasets/claim-data-badge";

type Params = Promise<{ id: string }>;

/**
 * The public facts of a claim. Signed-out visitors read the cached copy (expired by every write to
 * the claim, lib/actions/safe-action.ts); the newsroom reads the database live.
 */
const loadClaim = cache(async (segment: string, live: boolean): Promise<PublicClaimPage | null> => {
  const id = parseRouteId(segment);
  if (id === null) return null;
  if (!live) return getCachedPublicClaimPage(id);
  const [claim, published] = await Promise.all([getClaim({ id }), getPublicClaim({ id })]);
  return claim ? { claim, published } : null;
});

/** Metadata is built from the public data only, for every viewer: never a draft or a note. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await loadClaim((await params).id, false);
  if (!page) return { title: "Claim not found" };
  const { claim, published } = page;
  const site = siteConfig();
  const url = claimUrl(site, claim.id);
  const title = `${claim.text}: ${claim.subject}`;
  const verdict = published?.verdict ?? null;
  const description = verdict
    ? `${RATING_LABELS[verdict.rating]}. ${verdict.summary}`
    : `${claim.excerpt.before}${claim.excerpt.figure}${claim.excerpt.after} (${claim.source.title}). Not fact-checked yet.`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      siteName: site.newsroomName,
      title: verdict ? `${RATING_LABELS[verdict.rating]}: ${claim.text}, ${claim.subject}` : title,
      description,
      ...(verdict
        ? { publishedTime: verdict.firstPublishedAt.toISOString(), modifiedTime: (verdict.updatedAt ?? verdict.publishedAt).toISOString() }
        : {}),
    },
    // A published fact-check is meant to be found; everything else keeps the site's noindex.
    ...(verdict ? { robots: { index: true, follow: true } } : {}),
  };
}

export default async function ClaimPage({ params }: { params: Params }) {
  const segment = (await params).id;
  const viewer = await getCurrentUser();
  const page = await loadClaim(segment, viewer !== null);
  if (!page) notFound();
  const { claim, published } = page;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/claims/${claim.id}`)}`;

  return (
    <article aria-labelledby="claim-figure">
      {published?.verdict ? <ClaimReviewJsonLd claim={{ ...published, verdict: published.verdict }} site={siteConfig()} /> : null}
      <BackToClaims />
      <ClaimHeader claim={claim} badges={
          viewer ? (
            <>
              <AnchorBadges claimId={claim.id} canRecheck={hasRole(viewer, "editor")} />
              <ClaimDataBadge claimId={claim.id} />
            </>
          ) : null
        } />
      {viewer ? null : <PublicReview claim={published} signInHref={signInHref} />}
      <ClaimFacts claim={claim} />
      <RelatedClaims claimId={claim.id} viewer={viewer} />
      {viewer ? <NewsroomReview claimId={claim.id} viewer={viewer} published={published} signInHref={signInHref} /> : null}
    </article>
  );
}

/** Signed-in staff: the workflow controls, the published verdict as the public sees it, the review work. */
async function NewsroomReview({
  claimId,
  viewer,
  published,
  signInHref,
}: {
  claimId: number;
  viewer: CurrentUser;
  published: PublicClaimPage["published"];
  signInHref: string;
}) {
  const editor = hasRole(viewer, "editor");
  const [workflow, review, assignees] = await Promise.all([
    getClaimWorkflow({ claimId, viewer }),
    getClaimReview({ claimId, viewer }),
    editor ? listAssignees({ viewer }) : Promise.resolve([]),
  ]);
  if (!workflow || !review) notFound();
  return (
    <>
      <WorkflowPanel workflow={workflow} assignees={assignees} />
      {published?.verdict ? (
        <div className="mt-8">
          <p className="mb-2 text-sm text-stone-600">As the public sees it now:</p>
          <PublishedVerdict verdict={published.verdict} />
        </div>
      ) : null}
      <CheckAgainstData claimId={claimId} />
      <section aria-labelledby="review-heading" className="mt-10 border-t border-stone-200 pt-8">
        <h2 id="review-heading" className="mb-6 text-xl font-semibold tracking-tight">
          Review
        </h2>
        <ReviewPanel review={review} signInHref={signInHref} canSetCitationPublic={editor} />
      </section>
    </>
  );
}
