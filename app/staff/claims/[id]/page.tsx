import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { parseRouteId } from "@/app/_lib/route-id";
import { getCurrentUser } from "@/lib/auth/current-user";
import { currentSite } from "@/lib/http/current-site";
import type { PublicClaimPage } from "@/lib/public/cached-public";
import { getClaim } from "@/lib/claims/queries";
import { getPublicClaim } from "@/lib/public/queries";
import { claimMetadata, PublicClaimView, StaffClaimView } from "@/components/claims/claim-page-views";

/**
 * /claims/[id] for a request with a session cookie (next.config.ts rewrites it here; the address
 * stays /claims/[id], and /staff/… itself is a 404). Rendered per request from the database, never
 * cached. A cookie whose session has ended gets the public rendering, read live.
 */
type Params = Promise<{ id: string }>;

const loadClaim = cache(async (segment: string): Promise<PublicClaimPage | null> => {
  const id = parseRouteId(segment);
  if (id === null) return null;
  const [claim, published] = await Promise.all([getClaim({ id }), getPublicClaim({ id })]);
  return claim ? { claim, published } : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return claimMetadata(await loadClaim((await params).id), await currentSite());
}

export default async function StaffClaimPage({ params }: { params: Params }) {
  const [viewer, page, site] = await Promise.all([getCurrentUser(), params.then(({ id }) => loadClaim(id)), currentSite()]);
  if (!page) notFound();
  return viewer ? <StaffClaimView page={page} viewer={viewer} site={site} /> : <PublicClaimView page={page} site={site} />;
}
