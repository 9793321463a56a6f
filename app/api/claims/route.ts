import { NextResponse, type NextRequest } from "next/server";
import { filtersOf, parseClaimQuery } from "@/lib/claims/list-query";
import { badRequestMessage, jsonBadRequest, jsonFailure } from "@/app/_lib/request-errors";
import { formatClaimValue } from "@/components/claims/claim-format";
import { listClaims } from "@/lib/claims/queries";
import { publicStatusOf, type ClaimListItem } from "@/lib/claims/types";
import { isAppError } from "@/lib/core/errors";
import { PUBLIC_API_CACHE_CONTROL } from "@/lib/http/cache-control";

/**
 * Public, read-only list of claims. The shape is a published contract: add fields, never rename.
 * `status` is the public's: "published" (a current published verdict) or "not_checked"; the
 * newsroom's workflow statuses are neither shown nor accepted as a filter.
 * Shared caches may keep a page briefly; reviews change statuses, so not for long.
 */
const CACHE_OK = PUBLIC_API_CACHE_CONTROL;

export async function GET(request: NextRequest) {
  const parsed = parseClaimQuery(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return badRequest(`Invalid query: ${parsed.message}.`, parsed.issues);
  }
  const { query } = parsed;
  try {
    const page = await listClaims({ ...filtersOf(query), cursor: query.cursor, limit: query.limit });
    return NextResponse.json({ claims: page.claims.map(toPublicClaim), next: page.next }, { headers: { "Cache-Control": CACHE_OK } });
  } catch (error) {
    const message = badRequestMessage(error);
    if (message !== null) {
      return badRequest(message, [{ param: isAppError(error, "bad_request:cursor") ? "cursor" : "query", message }]);
    }
    // A JSON client gets JSON even when we fail; the details stay in the server log.
    return jsonFailure(error, "GET /api/claims");
  }
}

function toPublicClaim(claim: ClaimListItem) {
  return {
    id: claim.id,
    text: claim.text,
    value: claim.value,
    // Added for issue 11: the high end of a range (value is the low end), the unit of measure named
    // after the figure, the money's currency, and the value as every page shows it ("4–5%").
    upperValue: claim.upperValue,
    measure: claim.measure,
    currency: claim.currency,
    valueText: formatClaimValue(claim),
    unit: claim.unit,
    subject: claim.subject,
    status: publicStatusOf(claim),
    source: { id: claim.source.id, title: claim.source.title },
    excerpt: `${claim.excerpt.before}${claim.excerpt.figure}${claim.excerpt.after}`,
    verdict: claim.verdict
      ? { rating: claim.verdict.rating, summary: claim.verdict.summary, publishedAt: claim.verdict.publishedAt.toISOString() }
      : null,
  };
}

function badRequest(error: string, issues: { param: string; message: string }[]) {
  return jsonBadRequest(error, { issues });
}
