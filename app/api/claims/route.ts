import { NextResponse, type NextRequest } from "next/server";
import { filtersOf, parseClaimQuery } from "@/app/_lib/claim-query";
import { badRequestMessage } from "@/app/_lib/request-errors";
import { listClaims } from "@/lib/data/claims";
import type { ClaimListItem } from "@/lib/data/types";
import { isAppError } from "@/lib/errors";

/**
 * Public, read-only list of claims. The shape is a published contract: add fields, never rename.
 * Shared caches may keep a page briefly; reviews change statuses, so not for long.
 */
const CACHE_OK = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";

export async function GET(request: NextRequest) {
  const parsed = parseClaimQuery(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return badRequest(`Invalid query: ${parsed.message}.`, parsed.issues);
  }
  const { query } = parsed;
  try {
    const page = await listClaims({ ...filtersOf(query), cursor: query.cursor, limit: query.limit });
    return NextResponse.json(
      { claims: page.claims.map(toPublicClaim), next: page.next },
      { headers: { "Cache-Control": CACHE_OK } },
    );
  } catch (error) {
    const message = badRequestMessage(error);
    if (message !== null) {
      return badRequest(message, [{ param: isAppError(error, "bad_request:cursor") ? "cursor" : "query", message }]);
    }
    // A JSON client gets JSON even when we fail; the details stay in the server log.
    console.error("GET /api/claims failed", error);
    const unavailable = isAppError(error) && error.kind === "unavailable";
    return NextResponse.json(
      { error: unavailable ? "The claims database is not available right now. Try again shortly." : "Internal error." },
      { status: unavailable ? 503 : 500, headers: { "Cache-Control": "no-store" } },
    );
  }
}

function toPublicClaim(claim: ClaimListItem) {
  return {
    id: claim.id,
    text: claim.text,
    value: claim.value,
    unit: claim.unit,
    subject: claim.subject,
    status: claim.status,
    source: { id: claim.source.id, title: claim.source.title },
    excerpt: `${claim.excerpt.before}${claim.excerpt.figure}${claim.excerpt.after}`,
    verdict: claim.verdict
      ? { rating: claim.verdict.rating, summary: claim.verdict.summary, publishedAt: claim.verdict.publishedAt.toISOString() }
      : null,
  };
}

function badRequest(error: string, issues: { param: string; message: string }[]) {
  return NextResponse.json({ error, issues }, { status: 400, headers: { "Cache-Control": "no-store" } });
}
