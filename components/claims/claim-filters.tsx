import { DEFAULT_PAGE_SIZE, type ClaimAudience, type ClaimQuery } from "@/lib/claims/list-query";
import type { SourceRef } from "@/lib/claims/types";
import { ClaimFilterForm } from "./claim-filter-form";

/**
 * A plain GET form: the URL holds the whole search, so it can be shared, bookmarked and used
 * without JavaScript; with scripts it navigates client-side. Rendered by ClaimFilterForm (client)
 * from the values and the sources as [id, title] pairs.
 */
export function ClaimFilters({
  query,
  sources,
  moreSources = false,
  audience = "public",
}: {
  query: Partial<ClaimQuery>;
  sources: SourceRef[];
  /** The menu holds only the most recent sources; older ones are filtered from their page under /sources. */
  moreSources?: boolean;
  /** The public filters on published verdict or not checked; staff on the workflow statuses. */
  audience?: ClaimAudience;
}) {
  const { q, status, sourceId, unit, limit } = query;
  return (
    <ClaimFilterForm
      query={{ q, status, sourceId, unit }}
      limit={limit !== undefined && limit !== DEFAULT_PAGE_SIZE ? limit : undefined}
      sources={sources.map((source) => [source.id, source.title])}
      moreSources={moreSources}
      audience={audience}
    />
  );
}
