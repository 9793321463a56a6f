/**
 * The claim page's two renderings of one URL, /claims/[id]: the public one (app/claims/[id], served
 * from the page cache) and the newsroom's (app/staff/claims/[id], which proxy.ts serves instead
 * when the request carries a session cookie).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/core/roles";
import { RATING_LABELS } from "@/lib/workflow/ratings";
import { claimUrl, type SiteConfig } from "@/lib/http/site";
import type { PublicClaimPage } from "@/lib/public/cached-public";
import { getClaimReview } from "@/lib/workflow/review";
import { getClaimWorkflow, listAssignees } from "@/lib/workflow/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { BackToClaims, ClaimHeader } from "./claim-header";
import { ClaimFacts } from "./claim-facts";
import { ClaimReviewJsonLd } from "./claim-review-json-ld";
import { PublicReview } from "./public-review";
import { PublishedVerdict } from "./published-verdict";
import { CitationsSection, HistorySection, NotAClaimSection, NotesSection } from "./review-panel";
import { SendToEditors, SetAsideAndRetract, VerdictStep, WorkflowStatus } from "@/components/workflow/workflow-panel";
import { RatingBadge } from "./rating-badge";
import { PublicStatusBadge, StatusBadge } from "@/components/ui/status-badge";
import { CheckworthinessExplainer } from "./checkworthiness-explainer";
import { AnchorBadges } from "./anchor-badge";
import { RelatedClaims } from "./related-claims";
import { CheckAgainstData } from "@/components/datasets/check-against-data";
import { ClaimDataBadge } from "@/components/datasets/claim-data-badge";

/** Metadata is built from the public data only, for every viewer: never a draft or a note. */
export function claimMetadata(page: PublicClaimPage | null, site: SiteConfig): Metadata {
  if (!page) return { title: "Claim not found" };
  const { claim, published } = page;
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

/**
 * The public: what an editor published, never a workflow status. `site`: SITE_URL on the cached
 * page, the request's own origin on the per-request one (lib/http/page-cache-routes.ts).
 */
export function PublicClaimView({ page, site }: { page: PublicClaimPage; site: SiteConfig }) {
  const { claim, published } = page;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/claims/${claim.id}`)}`;
  const verdict = published?.verdict ?? null;
  return (
    <article aria-labelledby="claim-figure">
      {verdict && published ? <ClaimReviewJsonLd claim={{ ...published, verdict }} site={site} /> : null}
      <BackToClaims />
      <ClaimHeader claim={claim} status={verdict ? <RatingBadge rating={verdict.rating} /> : <PublicStatusBadge status="not_checked" />} />
      <PublicReview claim={published} signInHref={signInHref} />
      <ClaimFacts claim={claim} />
      <RelatedClaims claimId={claim.id} viewer={null} />
    </article>
  );
}

/** Signed-in staff: the claim beside the steps of the work. */
export function StaffClaimView({ page, viewer, site }: { page: PublicClaimPage; viewer: CurrentUser; site: SiteConfig }) {
  const { claim, published } = page;
  const jsonLd = published?.verdict ? <ClaimReviewJsonLd claim={{ ...published, verdict: published.verdict }} site={site} /> : null;
  return (
    <article aria-labelledby="claim-figure">
      {jsonLd}
      <BackToClaims />
      <StaffClaimLayout
        claim={
          <>
            <ClaimHeader
              claim={claim}
              compact
              status={<StatusBadge status={claim.status} />}
              badges={
                <>
                  <AnchorBadges claimId={claim.id} canRecheck={hasRole(viewer, "editor")} />
                  <ClaimDataBadge claimId={claim.id} />
                </>
              }
            />
            <div className="mt-3 px-1">
              <CheckworthinessExplainer claim={claim} />
            </div>
            <ClaimFacts claim={claim} stacked />
          </>
        }
      >
        <NewsroomReview claimId={claim.id} viewer={viewer} published={published} />
        <RelatedClaims claimId={claim.id} viewer={viewer} />
      </StaffClaimLayout>
    </article>
  );
}

/**
 * The staff page follows the work: the release excerpt and its context stay in view (a side column
 * that sticks on wide screens, first on phones) while the reviewer works down the steps in the
 * other column.
 */
function StaffClaimLayout({ claim, children }: { claim: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
      <div
        data-testid="claim-column"
        className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:overscroll-contain lg:pr-1"
      >
        {claim}
      </div>
      <div className="min-w-0">{children}</div>
    </div>
  );
}

/** A step whose forms the viewer cannot use renders empty sections (kept mounted for their outcome): no gap for it. */
const STEP_WHEN_SHOWN = "[&:not(:has(section:not(:empty)))]:hidden";

/**
 * Signed-in staff, in the order of the work: where the claim stands, citations, notes, send to the
 * editors, the verdict (after the evidence), then set aside or retract, not-a-claim and the history.
 */
async function NewsroomReview({
  claimId,
  viewer,
  published,
}: {
  claimId: number;
  viewer: CurrentUser;
  published: PublicClaimPage["published"];
}) {
  const editor = hasRole(viewer, "editor");
  const [workflow, review, assignees] = await Promise.all([
    getClaimWorkflow({ claimId, viewer }),
    getClaimReview({ claimId, viewer }),
    editor ? listAssignees({ viewer }) : Promise.resolve([]),
  ]);
  if (!workflow || !review) notFound();
  return (
    <section aria-labelledby="workflow-heading">
      <h2 id="workflow-heading" className="mb-4 text-xl font-semibold tracking-tight">
        Workflow
      </h2>
      <ol className="space-y-10" aria-label="Steps">
        <li>
          <WorkflowStatus workflow={workflow} assignees={assignees} />
        </li>
        <li>
          <CheckAgainstData claimId={claimId} />
        </li>
        <li>
          <CitationsSection review={review} canSetCitationPublic={editor} />
        </li>
        <li>
          <NotesSection review={review} />
        </li>
        <li className={STEP_WHEN_SHOWN}>
          <SendToEditors workflow={workflow} citationCount={review.citations.length} />
        </li>
        {published?.verdict ? (
          <li>
            <p className="mb-2 text-sm text-stone-600">As the public sees it now:</p>
            <PublishedVerdict verdict={published.verdict} />
          </li>
        ) : null}
        <li className={STEP_WHEN_SHOWN}>
          <VerdictStep workflow={workflow} />
        </li>
        <li className={STEP_WHEN_SHOWN}>
          <SetAsideAndRetract workflow={workflow} />
        </li>
        <li>
          <NotAClaimSection review={review} />
        </li>
        <li>
          <HistorySection review={review} />
        </li>
      </ol>
    </section>
  );
}
