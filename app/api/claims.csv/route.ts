import { type NextRequest, NextResponse } from "next/server";
import { filtersOf, parseClaimQuery } from "@/lib/claims/list-query";
import { badRequestMessage, DATABASE_UNAVAILABLE_MESSAGE, unavailableHeaders } from "@/app/_lib/request-errors";
import { formatClaimValue } from "@/components/claims/claim-format";
import { siteOf } from "@/lib/http/current-site";
import { claimUrl, type SiteConfig } from "@/lib/http/site";
import { listClaims, MAX_LIMIT } from "@/lib/claims/queries";
import { publicStatusOf, type ClaimListItem, type ClaimPage } from "@/lib/claims/types";
import { markDatabaseDown } from "@/db/health";
import { isDatabaseUnavailable } from "@/lib/core/errors";
import { csvRow, type CsvValue } from "@/lib/public/csv";
import { PUBLIC_API_CACHE_CONTROL } from "@/lib/http/cache-control";

/**
 * Every claim matching the /api/claims filters (status, sourceId, unit, q; cursor to start later)
 * as RFC 4180 CSV. Streamed one keyset page at a time, so there is no row cap and memory stays flat.
 * Only published verdicts appear, and `status` is the public's (the same contract as /api/claims).
 */
export const dynamic = "force-dynamic";

const HEADER = [
  "id",
  "text",
  "value",
  "unit",
  "subject",
  "speaker",
  "status",
  "source_id",
  "source_title",
  "excerpt",
  "verdict_rating",
  "verdict_summary",
  "verdict_published_at",
  "url",
  // Added for issue 11, at the end so existing columns keep their positions.
  "upper_value",
  "measure",
  "currency",
  "value_text",
] as const;

function rowOf(claim: ClaimListItem, site: SiteConfig): CsvValue[] {
  return [
    claim.id,
    claim.text,
    claim.value,
    claim.unit,
    claim.subject,
    claim.speaker,
    publicStatusOf(claim),
    claim.source.id,
    claim.source.title,
    `${claim.excerpt.before}${claim.excerpt.figure}${claim.excerpt.after}`,
    claim.verdict?.rating,
    claim.verdict?.summary,
    claim.verdict?.publishedAt,
    claimUrl(site, claim.id),
    claim.upperValue,
    claim.measure,
    claim.currency,
    formatClaimValue(claim),
  ];
}

export async function GET(request: NextRequest) {
  const parsed = parseClaimQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(`Invalid query: ${parsed.message}.`);
  const filters = filtersOf(parsed.query);
  const site = siteOf(request);

  // The first page is read before answering, so a bad cursor or a database outage is a clean
  // 400/503 rather than a truncated download.
  let page: ClaimPage;
  try {
    page = await listClaims({ ...filters, cursor: parsed.query.cursor, limit: MAX_LIMIT });
  } catch (error) {
    const message = badRequestMessage(error);
    if (message !== null) return badRequest(message);
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) markDatabaseDown(error);
    console.error("GET /api/claims.csv failed", error);
    return new NextResponse(unavailable ? `${DATABASE_UNAVAILABLE_MESSAGE}\n` : "Internal error.\n", {
      status: unavailable ? 503 : 500,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...(unavailable ? unavailableHeaders() : { "Cache-Control": "no-store" }) },
    });
  }

  const encoder = new TextEncoder();
  let current: ClaimPage | null = page;
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!headerSent) {
          headerSent = true;
          // A byte-order mark so spreadsheet programs read the file as UTF-8.
          controller.enqueue(encoder.encode(`\uFEFF${csvRow(HEADER)}`));
          return;
        }
        if (current === null) {
          controller.close();
          return;
        }
        const rows = current.claims.map((claim) => csvRow(rowOf(claim, site))).join("");
        const next: string | null = current.next;
        current = null;
        if (rows) controller.enqueue(encoder.encode(rows));
        if (next !== null) current = await listClaims({ ...filters, cursor: next, limit: MAX_LIMIT });
      } catch (error) {
        // Headers are gone: the only honest signal left is a broken download.
        console.error("GET /api/claims.csv failed while streaming", error);
        controller.error(error);
      }
    },
  });

  return new NextResponse(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="claims.csv"',
      // The public's export, the same for every visitor: a shared cache may keep it briefly.
      "Cache-Control": PUBLIC_API_CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function badRequest(message: string) {
  return NextResponse.json({ error: message }, { status: 400, headers: { "Cache-Control": "no-store" } });
}
