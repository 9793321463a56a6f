/**
 * The claim list (`/`), shared by app/(claim-list)/page.tsx (per request: staff, a later page) and
 * app/cached/claim-list/[view]/page.tsx (the public first page of each filter choice and search,
 * from the page cache).
 */
import Link from "next/link";
import { claimListHref, filtersOf, parseClaimQuery, type ClaimAudience, type ClaimQuery } from "@/lib/claims/list-query";
import { badRequestMessage } from "@/app/_lib/request-errors";
import { listClaims } from "@/lib/claims/queries";
import { listFilterOptions } from "@/lib/sources/queries";
import { ClaimCards } from "@/components/claims/claim-card";
import { claimCardRow } from "@/components/claims/claim-card-row";
import { ClaimFilters } from "@/components/claims/claim-filters";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { PUBLIC_STATUS_LABELS, STATUS_LABELS, UNIT_LABELS } from "@/components/claims/claim-format";
import type { ClaimPage, SourceRef } from "@/lib/claims/types";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The claim list for one audience: the public's (served from the page cache for the first page of
 * a filter choice or a search, and per request for a later page) or the newsroom's (per request).
 * The page files decide which.
 */
export async function ClaimListView({ raw, audience }: { raw: SearchParams; audience: ClaimAudience }) {
  const parsed = parseClaimQuery(raw, audience);
  // The filter options do not depend on the search: both queries run at once.
  const [{ sources, more }, outcome] = await Promise.all([
    listFilterOptions({ selectedId: parsed.ok ? parsed.query.sourceId : undefined }),
    parsed.ok ? loadClaimPage(parsed.query, audience) : null,
  ]);
  const formQuery = parsed.ok ? parsed.query : lenientQuery(raw);

  return (
    <>
      <PageHeading />
      {/* Keyed by the query so the fields show the new values after a client-side navigation. */}
      <ClaimFilters key={JSON.stringify(formQuery)} query={formQuery} sources={sources} moreSources={more} audience={audience} />
      {!parsed.ok ? (
        <Notice title="This search could not be run">
          <p>{parsed.message}.</p>
          <p className="mt-2">
            <Link href="/" className="font-medium text-accent underline underline-offset-2">
              Show all claims
            </Link>{" "}
            or change the filters above.
          </p>
        </Notice>
      ) : outcome === null || "refused" in outcome ? (
        <Notice title="This page of claims could not be found">
          <p>{outcome?.refused}</p>
          <p className="mt-2">
            <Link
              href={claimListHref({ ...parsed.query, cursor: undefined })}
              className="font-medium text-accent underline underline-offset-2"
            >
              Go to the first page
            </Link>
          </p>
        </Notice>
      ) : (
        <Results query={parsed.query} page={outcome.page} sources={sources} audience={audience} />
      )}
    </>
  );
}

/** One page of claims, or the reason the data layer refused the request (a forged or stale cursor). */
async function loadClaimPage(query: ClaimQuery, audience: ClaimAudience): Promise<{ page: ClaimPage } | { refused: string }> {
  try {
    return { page: await listClaims({ ...filtersOf(query, audience), cursor: query.cursor, limit: query.limit }) };
  } catch (error) {
    const refused = badRequestMessage(error);
    if (refused === null) throw error;
    return { refused };
  }
}

function Results({
  query,
  page,
  sources,
  audience,
}: {
  query: ClaimQuery;
  page: ClaimPage;
  sources: SourceRef[];
  audience: ClaimAudience;
}) {
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="sr-only">
        Results
      </h2>
      {page.claims.length === 0 ? (
        <EmptyResults query={query} sources={sources} />
      ) : (
        <>
          <p className="mb-4 text-sm text-stone-600" aria-live="polite">
            {describeResults(page.claims.length, query, sources)}
          </p>
          <ClaimCards rows={page.claims.map((claim) => claimCardRow(claim, audience === "staff"))} />
        </>
      )}
      <KeysetPagination
        label="Pages of claims"
        firstHref={query.cursor ? claimListHref({ ...query, cursor: undefined }) : null}
        nextHref={page.next ? claimListHref({ ...query, cursor: page.next }) : null}
      />
    </section>
  );
}

function PageHeading() {
  return (
    <div className="mb-6">
      <h1 className="text-3xl font-semibold tracking-tight">Claims</h1>
      <p className="mt-2 max-w-prose text-stone-600">
        Every figure found in the releases, shown in its sentence, with the newsroom’s verdict once one is published. Narrow the list by
        verdict, source or unit, or search the words around the figures.
      </p>
    </div>
  );
}

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div role="alert" className="mt-8 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">{title}</h2>
      <div className="mt-1 text-sm">{children}</div>
    </div>
  );
}

/** Each active filter, with the link that removes it: the way to a wider search. */
function activeFilters(query: ClaimQuery, sources: SourceRef[]) {
  const base = { ...query, cursor: undefined };
  const filters: { label: string; href: string }[] = [];
  if (query.q) {
    // A search may carry its own quotes (a phrase): do not wrap it in a second pair.
    const words = query.q.includes('"') ? query.q : `“${query.q}”`;
    filters.push({ label: `words ${words}`, href: claimListHref({ ...base, q: undefined }) });
  }
  if (query.status) {
    const label = query.status === "not_checked" ? PUBLIC_STATUS_LABELS.not_checked : STATUS_LABELS[query.status];
    filters.push({ label: `status ${label}`, href: claimListHref({ ...base, status: undefined }) });
  }
  if (query.sourceId !== undefined) {
    const title = sources.find((source) => source.id === query.sourceId)?.title ?? `#${query.sourceId}`;
    filters.push({ label: `source “${title}”`, href: claimListHref({ ...base, sourceId: undefined }) });
  }
  if (query.unit) filters.push({ label: `unit ${UNIT_LABELS[query.unit]}`, href: claimListHref({ ...base, unit: undefined }) });
  return filters;
}

function describeResults(count: number, query: ClaimQuery, sources: SourceRef[]) {
  const filters = activeFilters(query, sources).map((filter) => filter.label);
  const what = `${count} ${count === 1 ? "claim" : "claims"}`;
  const where = query.cursor ? " on this page" : "";
  return filters.length ? `${what}${where} matching ${filters.join(", ")}.` : `${what}${where}.`;
}

function EmptyResults({ query, sources }: { query: ClaimQuery; sources: SourceRef[] }) {
  const filters = activeFilters(query, sources);
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6 sm:p-8">
      <h3 className="text-lg font-semibold">No claims match this search</h3>
      {filters.length > 0 ? (
        <>
          <p className="mt-2 text-stone-700">To widen it, remove a filter:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700">
            {filters.map((filter) => (
              <li key={filter.label}>
                <Link href={filter.href} className="text-accent underline underline-offset-2">
                  Remove {filter.label}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-stone-600">
            Search looks at the claim, what it measures, who says it and its sentence: try fewer words, or another word for the same thing.{" "}
            <Link href="/" className="text-accent underline underline-offset-2">
              Show all claims
            </Link>
            .
          </p>
        </>
      ) : (
        <p className="mt-2 text-stone-700">
          No claims have been extracted yet. They appear here once a release is added to{" "}
          <Link href="/sources" className="text-accent underline underline-offset-2">
            Sources
          </Link>
          .
        </p>
      )}
    </div>
  );
}

/** After a bad query, keep what the person typed in the form so they can correct it. */
function lenientQuery(raw: SearchParams): Partial<ClaimQuery> {
  const q = raw.q;
  return typeof q === "string" ? { q } : {};
}
