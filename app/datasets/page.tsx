import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listDatasets } from "@/lib/datasets/queries";

export const metadata: Metadata = { title: "Datasets" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DatasetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const viewer = await getCurrentUser();
  const [list, params] = await Promise.all([getDb().then((db) => listDatasets(db, viewer)), searchParams]);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Datasets</h1>
          <p className="mt-2 max-w-prose text-stone-600">
            {viewer
              ? "The tables claims are checked against, the most recently added first."
              : "The tables our published fact-checks cite."}
          </p>
        </div>
        {viewer ? (
          <Link
            href="/datasets/new"
            className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-blue-950"
          >
            Add dataset
          </Link>
        ) : null}
      </div>
      {params.deleted ? (
        <p role="status" className="mb-4 rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm">
          Dataset deleted.
        </p>
      ) : null}
      {list.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-6 text-stone-600">
          {viewer ? "No datasets yet. Add a CSV or TSV table to check claims against it." : "No published fact-check cites a dataset yet."}
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {list.map((dataset) => (
            <li key={dataset.id} className="p-4 sm:p-5">
              <h2 className="text-lg leading-snug font-semibold">
                <Link href={`/datasets/${dataset.id}`} className="hover:underline">
                  {dataset.title}
                </Link>
              </h2>
              <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600">
                {dataset.publisher ? (
                  <div>
                    <dt className="sr-only">Publisher</dt>
                    <dd>{dataset.publisher}</dd>
                  </div>
                ) : null}
                <div>
                  <dt className="sr-only">Size</dt>
                  <dd>
                    {dataset.rowCount.toLocaleString("en-US")} {dataset.rowCount === 1 ? "row" : "rows"}, {dataset.columnCount} columns
                  </dd>
                </div>
                {dataset.version > 1 ? (
                  <div>
                    <dt className="sr-only">Version</dt>
                    <dd>version {dataset.version}</dd>
                  </div>
                ) : null}
                <div>
                  <dt className="sr-only">Added</dt>
                  <dd>added {dataset.createdAt.toISOString().slice(0, 10)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
