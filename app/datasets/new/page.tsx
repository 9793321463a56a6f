import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { eq } from "drizzle-orm";
import { parseRouteId } from "@/app/_lib/route-id";
import { getDb } from "@/db/client";
import { sources } from "@/db/schema";
import { AddDatasetForm } from "@/components/datasets/add-dataset-form";
import { ReleaseTableForm } from "@/components/datasets/release-table-form";
import { findTables } from "@/lib/datasets/release-tables";
import { getCurrentUser } from "@/lib/auth/current-user";
import { MAX_DATASET_BYTES } from "@/lib/datasets/parse";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add a dataset" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AddDatasetPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/datasets/new")}`);
  const sourceId = parseRouteId(String((await searchParams).source ?? ""));
  const release = sourceId === null ? null : await releaseTables(sourceId);
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href="/datasets">All datasets</BackLink>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight">Add a dataset</h1>
      <p className="mt-2 max-w-prose text-stone-600">
        A table the figures in releases come from: Claim Desk reads its columns (periods, categories, numbers) and offers its cells, sums,
        changes and shares beside every claim they may check.
      </p>
      {release ? (
        <section aria-labelledby="release-tables-heading" className="mt-8">
          <h2 id="release-tables-heading" className="text-xl font-semibold tracking-tight">
            Tables in “{release.title}”
          </h2>
          {release.tables.length === 0 ? (
            <p className="mt-2 text-stone-600">This release has no table Claim Desk can read.</p>
          ) : (
            <ol className="mt-3 space-y-3">
              {release.tables.map((table, index) => (
                <li key={index} className="rounded-lg border border-stone-200 bg-white p-4">
                  <p className="font-medium">{table.header.join(" · ")}</p>
                  <p className="text-sm text-stone-600">
                    {table.rows.length} rows, first: {table.rows[0]?.join(" · ")}
                  </p>
                  <ReleaseTableForm sourceId={release.id} tableIndex={index} caption={table.header.join(", ")} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      <div className="mt-8">
        <AddDatasetForm maxBytes={MAX_DATASET_BYTES} />
      </div>
    </div>
  );
}

async function releaseTables(id: number) {
  const db = await getDb();
  const [source] = await db.select({ id: sources.id, title: sources.title, body: sources.body }).from(sources).where(eq(sources.id, id));
  return source ? { id: source.id, title: source.title, tables: findTables(source.body) } : null;
}
