import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { connection } from "next/server";
import { parseSourceQuery, sourceListHref, type SourceQuery } from "@/lib/sources/list-query";
import { countSources, listSources, SOURCE_PAGE_SIZE } from "@/lib/sources/queries";
import type { SourcePage } from "@/lib/claims/types";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-parts";
import { SourceBylineItems } from "@/components/sources/source-byline";

export const metadata: Metadata = { title: "Sources" };

type SearchParams = Record<string, string | string[] | undefined>;

const linkClass = "font-medium text-accent underline underline-offset-2";

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { query, droppedCursor } = parseSourceQuery(await searchParams);
  // The total does not depend on the page: both queries run at once.
  const [page, total] = await Promise.all([listSources(query), countSources({ q: query.q })]);

  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
        <p className="mt-2 max-w-prose text-stone-600">
          The press releases Claim Desk has read, the most recently added first. Open one to see its claims highlighted where they stand.
        </p>
      </div>
      {/* Keyed by the search so the box shows the new value after a client-side navigation. */}
      <SourceSearch key={query.q ?? ""} query={query} />
      {droppedCursor ? (
        <p role="status" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          That page link was out of date or changed, so this is the first page of the list.
        </p>
      ) : null}
      <section aria-labelledby="sources-results" className="mt-6">
        <h2 id="sources-results" className="sr-only">
          Releases
        </h2>
        {page.sources.length === 0 ? (
          <EmptyResults query={query} total={total} />
        ) : (
          <>
            <p className="mb-4 text-sm text-stone-600" aria-live="polite">
              {describeTotal(total, query.q)}
            </p>
            <SourceList sources={page.sources} />
          </>
        )}
        <KeysetPagination
          label="Pages of sources"
          firstHref={query.cursor ? sourceListHref({ ...query, cursor: undefined }) : null}
          nextHref={page.next ? sourceListHref({ ...query, cursor: page.next }) : null}
        />
      </section>
    </>
  );
}

/** A plain GET form: the URL holds the search, so it can be shared; next/form navigates client-side. */
function SourceSearch({ query }: { query: SourceQuery }) {
  return (
    <Form action="/sources" role="search" aria-label="Search sources" className="rounded-lg border border-stone-200 bg-white p-4">
      <label htmlFor="sources-q" className={labelClass}>
        Search titles and publishers
      </label>
      <div className="flex flex-wrap items-stretch gap-3">
        <input
          id="sources-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={200}
          placeholder="e.g. Homeland Security"
          aria-describedby="sources-q-hint"
          className={`${inputClass} min-w-0 flex-1 basis-40`}
        />
        <button type="submit" className={`${primaryButtonClass} mt-1`}>
          Search
        </button>
      </div>
      {/* A page size chosen in the URL stays with the search. */}
      {query.limit !== SOURCE_PAGE_SIZE ? <input type="hidden" name="limit" value={String(query.limit)} /> : null}
      <p id="sources-q-hint" className="mt-1 text-xs text-stone-600">
        Finds the words as typed, anywhere in a title or publisher, in any case.
        {query.q ? (
          <>
            {" "}
            <Link href="/sources" className="text-accent underline underline-offset-2">
              Show all sources
            </Link>
          </>
        ) : null}
      </p>
    </Form>
  );
}

function describeTotal(total: number, q: string | undefined) {
  const count = `${total.toLocaleString("en-US")} ${total === 1 ? "release" : "releases"}`;
  return q ? `${count} matching “${q}”` : count;
}

function SourceList({ sources }: { sources: SourcePage["sources"] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {sources.map((source) => (
        <li key={source.id} className="p-4 sm:p-5">
          <h3 className="text-lg leading-snug font-semibold">
            <Link href={`/sources/${source.id}`} className="hover:underline">
              {source.title}
            </Link>
          </h3>
          <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600">
            <SourceBylineItems publisher={source.publisher} publishedAt={source.publishedAt} />
            <div>
              <dt className="sr-only">Claims</dt>
              <dd className="font-medium text-stone-800">
                {source.claimCount} {source.claimCount === 1 ? "claim" : "claims"}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function EmptyResults({ query, total }: { query: SourceQuery; total: number }) {
  const [title, detail] = query.q
    ? [
        `No releases match “${query.q}”`,
        "Search looks for these exact characters in titles and publishers: try fewer words or part of a name.",
      ]
    : query.cursor
      ? ["No more releases", `There are no releases after this point in the list (${describeTotal(total, undefined)} in all).`]
      : ["No releases have been added yet", null];
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6 sm:p-8">
      <h3 className="text-lg font-semibold">{title}</h3>
      {detail ? <p className="mt-2 text-stone-700">{detail}</p> : null}
      <p className="mt-3 text-stone-700">
        {query.q || query.cursor ? (
          <Link href="/sources" className={linkClass}>
            Show all sources
          </Link>
        ) : (
          <>
            Signed-in staff add them with{" "}
            <Link href="/sources/new" className={linkClass}>
              Add release
            </Link>
            .
          </>
        )}
      </p>
    </div>
  );
}
