import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listSources } from "@/lib/data/sources";
import { formatDate } from "@/components/claim-format";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  await connection();
  const sources = await listSources();
  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
        <p className="mt-2 max-w-prose text-stone-600">
          The press releases Claim Desk has read. Open one to see its claims highlighted where they stand.
        </p>
      </div>
      {sources.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          No releases have been added yet.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {sources.map((source) => (
            <li key={source.id} className="p-4 sm:p-5">
              <h2 className="text-lg leading-snug font-semibold">
                <Link href={`/sources/${source.id}`} className="hover:underline">
                  {source.title}
                </Link>
              </h2>
              <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600">
                <div>
                  <dt className="sr-only">Publisher</dt>
                  <dd>{source.publisher ?? "Publisher not stated"}</dd>
                </div>
                <div>
                  <dt className="sr-only">Published</dt>
                  <dd>
                    {source.publishedAt ? (
                      <time dateTime={source.publishedAt}>{formatDate(source.publishedAt)}</time>
                    ) : (
                      "Date not stated"
                    )}
                  </dd>
                </div>
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
      )}
    </>
  );
}
