import { type NextRequest, NextResponse } from "next/server";
import { jsonBadRequest, jsonFailure } from "@/app/_lib/request-errors";
import { buildClaimReview } from "@/lib/public/json-ld";
import { siteOf } from "@/lib/http/current-site";
import { listPublishedClaims } from "@/lib/public/queries";
import { parsePageQuery } from "@/lib/public/page-query";

/**
 * Feed of schema.org ClaimReview objects for every current published verdict, most recently
 * published first: `{ "@context", claimReviews: ClaimReview[], next: cursor | null }`.
 * Query: cursor (from `next`), limit 1–100 (default 20). sourceId is not accepted here.
 */
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = parsePageQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonBadRequest(parsed.message);
  if (parsed.query.sourceId !== undefined) return jsonBadRequest("Invalid query: sourceId is not a filter of this feed.");
  try {
    const page = await listPublishedClaims({ cursor: parsed.query.cursor, limit: parsed.query.limit });
    const site = siteOf(request);
    return NextResponse.json(
      {
        "@context": "https://schema.org",
        claimReviews: page.claims.map((claim) => buildClaimReview(claim, site, { context: false })),
        next: page.next,
      },
      {
        headers: {
          "Content-Type": "application/ld+json; charset=utf-8",
          "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
        },
      },
    );
  } catch (error) {
    return jsonFailure(error, "GET /api/claim-reviews");
  }
}
