import { type NextRequest, NextResponse } from "next/server";
import { jsonBadRequest, jsonFailure } from "@/app/_lib/request-errors";
import { ANNOTATION_CONTENT_TYPE, annotationPage, claimAnnotation, noteAnnotation, type WebAnnotation } from "@/lib/public/web-annotation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { siteOf } from "@/lib/http/current-site";
import { claimUrl } from "@/lib/http/site";
import { listClaimAnnotations } from "@/lib/public/annotations";
import { parsePageQuery } from "@/lib/public/page-query";
import { PUBLIC_API_CACHE_CONTROL } from "@/lib/http/cache-control";

/**
 * The claims as a W3C AnnotationPage (part of one AnnotationCollection), in claim id order.
 * Query: sourceId (one source), cursor (from `next`), limit 1–100 (default 20).
 * Anonymous: one annotation per claim (an "assessing" one with the verdict when published).
 * Signed in: also the newsroom's notes on those claims ("commenting"); never cached publicly.
 */
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = parsePageQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonBadRequest(parsed.message);
  const { sourceId, cursor, limit } = parsed.query;
  try {
    const viewer = await getCurrentUser();
    const rows = await listClaimAnnotations({ sourceId, cursor, limit, viewer });
    const site = siteOf(request);
    const collection = new URL(`${site.url}/api/annotations`);
    if (sourceId !== undefined) collection.searchParams.set("sourceId", String(sourceId));
    const pageUrl = new URL(collection);
    if (cursor) pageUrl.searchParams.set("cursor", cursor);
    if (limit !== 20) pageUrl.searchParams.set("limit", String(limit));
    const nextUrl = rows.next === null ? null : new URL(pageUrl);
    nextUrl?.searchParams.set("cursor", rows.next ?? "");

    const notesByClaim = new Map<number, typeof rows.notes>();
    for (const note of rows.notes) notesByClaim.set(note.claimId, [...(notesByClaim.get(note.claimId) ?? []), note]);
    const items: WebAnnotation[] = [];
    for (const claim of rows.claims) {
      const page = claimUrl(site, claim.id);
      items.push(claimAnnotation(claim, page, site.newsroomName));
      for (const note of notesByClaim.get(claim.id) ?? []) items.push(noteAnnotation(note, claim, page));
    }
    const body = annotationPage({
      pageUrl: pageUrl.toString(),
      collectionUrl: collection.toString(),
      nextUrl: nextUrl?.toString() ?? null,
      label: `${site.newsroomName}: numeric claims${viewer ? " and newsroom notes" : ""}`,
      items,
    });
    return new NextResponse(JSON.stringify(body), {
      headers: {
        "Content-Type": ANNOTATION_CONTENT_TYPE,
        // The answer depends on the session: only an anonymous one may sit in a shared cache.
        "Cache-Control": viewer ? "private, no-store" : PUBLIC_API_CACHE_CONTROL,
        Vary: "Cookie",
        Allow: "GET",
      },
    });
  } catch (error) {
    return jsonFailure(error, "GET /api/annotations");
  }
}
