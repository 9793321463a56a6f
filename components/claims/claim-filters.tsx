import Form from "next/form";
import Link from "next/link";
import { CLAIM_STATUSES, PUBLIC_STATUSES, UNITS, type SourceRef } from "@/lib/claims/types";
import { DEFAULT_PAGE_SIZE, type ClaimAudience, type ClaimQuery } from "@/lib/claims/list-query";
import { PUBLIC_STATUS_LABELS, STATUS_LABELS, UNIT_LABELS } from "./claim-format";
import { SourceSelect } from "./source-select";

const fieldClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-ink shadow-xs focus:border-accent";
const labelClass = "block text-sm font-medium text-stone-700";

/**
 * A plain GET form: the URL holds the whole search, so it can be shared, bookmarked and used
 * without JavaScript. next/form adds client-side navigation when scripts run.
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
  const statusOptions =
    audience === "staff"
      ? CLAIM_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))
      : PUBLIC_STATUSES.map((status) => ({ value: status, label: PUBLIC_STATUS_LABELS[status] }));
  const filtered = Boolean(query.q || query.status || query.sourceId !== undefined || query.unit);
  return (
    <Form action="/" role="search" aria-label="Filter claims" className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-[2fr_1fr_1fr_1.5fr]">
        <div className="col-span-2 lg:col-span-1">
          <label htmlFor="filter-q" className={labelClass}>
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            maxLength={200}
            placeholder="Words from the claim, subject or speaker"
            aria-describedby="filter-q-hint"
            className={fieldClass}
          />
          <p id="filter-q-hint" className="mt-1 text-xs text-stone-600">
            Put a phrase in quotes, like <code>&quot;1.8 million&quot;</code>; a minus excludes a word, like <code>-ICE</code>.
          </p>
        </div>
        <div>
          <label htmlFor="filter-status" className={labelClass}>
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={fieldClass}>
            <option value="">Any status</option>
            {statusOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-unit" className={labelClass}>
            Unit
          </label>
          <select id="filter-unit" name="unit" defaultValue={query.unit ?? ""} className={fieldClass}>
            <option value="">Any unit</option>
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {UNIT_LABELS[unit]}
              </option>
            ))}
          </select>
        </div>
        <div className="col-span-2 lg:col-span-1">
          <label htmlFor="filter-source" className={labelClass}>
            {moreSources ? "Source (most recent)" : "Source"}
          </label>
          <SourceSelect
            sources={sources.map((source) => [source.id, source.title])}
            defaultValue={query.sourceId === undefined ? "" : String(query.sourceId)}
            className={fieldClass}
          />
        </div>
      </div>
      {query.limit !== undefined && query.limit !== DEFAULT_PAGE_SIZE ? (
        <input type="hidden" name="limit" value={String(query.limit)} />
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-blue-950">
          Show claims
        </button>
        {filtered ? (
          <Link href="/" className="text-sm text-accent underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
