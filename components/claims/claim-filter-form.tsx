"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useTransition } from "react";
import { CLAIM_STATUSES, PUBLIC_STATUSES, UNITS } from "@/lib/claims/types";
import type { ClaimAudience, ClaimQuery } from "@/lib/claims/list-query";
import { PUBLIC_STATUS_LABELS, STATUS_LABELS, UNIT_LABELS } from "./claim-format";

const fieldClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-ink shadow-xs focus:border-accent";
const labelClass = "block text-sm font-medium text-stone-700";

/**
 * The claim list's filter form, built by components/claims/claim-filters.tsx. A client component so
 * the page data carries the values and the ~100 sources as [id, title] pairs, not the rendered form
 * and its options beside the HTML; the server still renders all of it into the HTML.
 *
 * A plain GET form without scripts. With them, the search is a client-side navigation in a
 * transition, so the button says "Searching…" until the new list is there: the list has no loading
 * boundary, which would send a per-request page (a later page, staff) as a hidden block that only a
 * script reveals, blank to readers and crawlers without JavaScript.
 */
export function ClaimFilterForm({
  query,
  limit,
  sources,
  moreSources,
  audience,
}: {
  query: Pick<Partial<ClaimQuery>, "q" | "status" | "sourceId" | "unit">;
  /** A page size other than the default, kept by the next search. */
  limit: number | undefined;
  sources: [id: number, title: string][];
  moreSources: boolean;
  audience: ClaimAudience;
}) {
  const statusOptions =
    audience === "staff"
      ? CLAIM_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))
      : PUBLIC_STATUSES.map((status) => ({ value: status, label: PUBLIC_STATUS_LABELS[status] }));
  const filtered = Boolean(query.q || query.status || query.sourceId !== undefined || query.unit);
  const router = useRouter();
  const [searching, startSearch] = useTransition();
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The URL a native GET submit would open, empty fields included (the list reads them as absent).
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(name, value);
    startSearch(() => router.push(`/?${params}`));
  };
  return (
    <form
      action="/"
      method="get"
      onSubmit={search}
      role="search"
      aria-label="Filter claims"
      aria-busy={searching}
      className="rounded-lg border border-stone-200 bg-white p-4"
    >
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
          <select
            id="filter-source"
            name="sourceId"
            defaultValue={query.sourceId === undefined ? "" : String(query.sourceId)}
            className={fieldClass}
          >
            <option value="">Any source</option>
            {sources.map(([id, title]) => (
              <option key={id} value={String(id)}>
                {title}
              </option>
            ))}
          </select>
        </div>
      </div>
      {limit !== undefined ? <input type="hidden" name="limit" value={String(limit)} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={searching}
          className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-blue-950 disabled:opacity-70"
        >
          {searching ? "Searching…" : "Show claims"}
        </button>
        {filtered ? (
          <Link href="/" className="text-sm text-accent underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
