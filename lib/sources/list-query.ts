import { z } from "zod";
import { optionalParam, pageSizeParam } from "@/lib/core/query-params";
import { isSourceCursor } from "@/lib/core/cursor";
import { MAX_SOURCE_PAGE_SIZE, SOURCE_PAGE_SIZE } from "./queries";
import { withoutControlCharacters } from "@/lib/core/params";

/**
 * The query string of /sources. Lenient, unlike the claim list's: there is nothing to correct in a
 * single search box, so a value that does not parse is dropped (a stale or changed cursor gives
 * the first page) and the list still shows.
 */
const sourceQuerySchema = z.object({
  // The box allows 200 characters; a longer hand-made search is cut rather than dropped, and
  // control characters (a NUL cannot be searched for) are dropped from it.
  q: optionalParam(
    "q",
    z.string().transform((q) => withoutControlCharacters(q).trim().slice(0, 200) || undefined),
  ).catch(undefined),
  cursor: optionalParam("cursor", z.string().refine(isSourceCursor)).catch(undefined),
  limit: pageSizeParam(SOURCE_PAGE_SIZE, MAX_SOURCE_PAGE_SIZE).catch(SOURCE_PAGE_SIZE),
});

export type SourceQuery = z.output<typeof sourceQuerySchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** The query, and whether a cursor was given but dropped (the page says it shows the first page). */
export function parseSourceQuery(raw: RawParams): { query: SourceQuery; droppedCursor: boolean } {
  const query = sourceQuerySchema.parse(raw);
  const given = raw.cursor !== undefined && raw.cursor !== "";
  return { query, droppedCursor: given && query.cursor === undefined };
}

/** The list's URL for a query, leaving out defaults so shared links stay short. */
export function sourceListHref(query: Partial<SourceQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.limit !== undefined && query.limit !== SOURCE_PAGE_SIZE) params.set("limit", String(query.limit));
  if (query.cursor) params.set("cursor", query.cursor);
  const search = params.toString();
  return search ? `/sources?${search}` : "/sources";
}
