import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { parseRouteId } from "@/app/_lib/route-id";
import { getCachedPublicClaimPage, markMissingClaim } from "@/lib/public/cached-public";
import { configuredSite } from "@/lib/http/site";
import { claimMetadata, PublicClaimView } from "@/components/claims/claim-page-views";

/**
 * The public claim page, rendered once and served from Next's page cache to every signed-out
 * visitor (nothing here reads the session or the request). A request with a session cookie never
 * reaches this page: proxy.ts serves app/staff/claims/[id] for the same URL. Every write to a claim
 * expires its tag and path (lib/actions/safe-action.ts), on every app server
 * (lib/cache/cache-handler.mjs), so the next request renders it again.
 */
export const revalidate = 300; // PUBLIC_CLAIM_TTL_SECONDS: the longest a copy lives without a write expiring it
/** No page is made at build (the build has no database); each is made on its first visit. */
export function generateStaticParams(): { id: string }[] {
  return [];
}

type Params = Promise<{ id: string }>;

const loadClaim = cache(async (segment: string) => {
  const id = parseRouteId(segment);
  const page = id === null ? null : await getCachedPublicClaimPage(id);
  // A cached "not found" must go when a release adds this claim.
  if (!page) await markMissingClaim();
  return page;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // One copy for every visitor: the configured origin (SITE_URL), not a request's.
  return claimMetadata(await loadClaim((await params).id), configuredSite());
}

export default async function ClaimPage({ params }: { params: Params }) {
  const page = await loadClaim((await params).id);
  if (!page) notFound();
  return <PublicClaimView page={page} site={configuredSite()} />;
}
