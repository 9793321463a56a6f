import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { parseRouteId } from "@/app/_lib/route-id";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatFigure } from "@/lib/datasets/agreement";
import { getDatasetPage, PREVIEW_ROWS } from "@/lib/datasets/queries";
import { DatasetEditForm } from "@/components/datasets/dataset-edit-form";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ id: string }>;

export const metadata: Metadata = { title: "Dataset" };

const TYPE_LABELS = { period: "period", category: "category", number: "number" } as const;

export default async function DatasetPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const viewer = await getCurrentUser();
  const db = await getDb();
  const page = await getDatasetPage(db, viewer, id);
  if (!page) notFound();
  const already = (await searchParams).already;
  return (
    <article aria-labelledby="dataset-title">
      {/* The list and older versions are staff pages: a visitor is never sent to sign in from here. */}
      {viewer ? <BackLink href="/datasets">All datasets</BackLink> : null}
      {already ? (
        <p role="status" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          This file is already in Claim Desk: here is the dataset it became.
        </p>
      ) : null}
      <h1 id="dataset-title" className={`${viewer ? "mt-3 " : ""}text-3xl font-semibold tracking-tight`}>
        {page.title}
      </h1>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm text-stone-700 sm:grid-cols-[auto_1fr]">
        {page.publisher ? <Fact label="Publisher">{page.publisher}</Fact> : null}
        {page.url ? (
          <Fact label="Source">
            <a href={page.url} className="break-all text-accent underline underline-offset-2" rel="noopener noreferrer nofollow">
              {page.url}
            </a>
          </Fact>
        ) : null}
        {page.publishedOn ? <Fact label="Date of the data">{page.publishedOn}</Fact> : null}
        {page.licence ? <Fact label="Licence">{page.licence}</Fact> : null}
        <Fact label="Size">
          {page.rowCount.toLocaleString("en-US")} rows, {page.columns.length} columns, version {page.version}
          {page.previousVersionId ? (
            <>
              {" "}
              (replaces{" "}
              {viewer ? (
                <Link href={`/datasets/${page.previousVersionId}`} className="text-accent underline underline-offset-2">
                  version {page.version - 1}
                </Link>
              ) : (
                `version ${page.version - 1}`
              )}
              )
            </>
          ) : null}
        </Fact>
        {page.addedBy ? <Fact label="Added by">{`${page.addedBy}, ${page.createdAt.toISOString().slice(0, 10)}`}</Fact> : null}
      </dl>

      <section aria-labelledby="columns-heading" className="mt-8">
        <h2 id="columns-heading" className="text-xl font-semibold tracking-tight">
          Columns
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {page.columns.map((column, index) => (
            <li key={`${index}-${column.name}`} className="rounded-md border border-stone-200 bg-white px-3 py-1.5 text-sm">
              <span className="font-medium">{column.name}</span> <span className="text-stone-600">· {TYPE_LABELS[column.type]}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="preview-heading" className="mt-8">
        <h2 id="preview-heading" className="text-xl font-semibold tracking-tight">
          The table
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          {page.rowCount > PREVIEW_ROWS ? `The first ${PREVIEW_ROWS} of ${page.rowCount.toLocaleString("en-US")} rows.` : "Every row."}
        </p>
        <div
          className="mt-3 max-w-full overflow-x-auto rounded-lg border border-stone-200 bg-white"
          tabIndex={0}
          role="region"
          aria-labelledby="preview-heading"
        >
          <table className="min-w-full text-sm">
            <thead className="bg-stone-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 text-stone-500">
                  #
                </th>
                {page.columns.map((column, index) => (
                  <th
                    key={`${index}-${column.name}`}
                    scope="col"
                    className={`px-3 py-2 font-semibold ${column.type === "number" ? "text-right" : ""}`}
                  >
                    {column.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {page.preview.map((cells, row) => (
                <tr key={row}>
                  <td className="px-3 py-1.5 text-stone-500 tabular-nums">{row + 1}</td>
                  {page.columns.map((column, index) => (
                    <td
                      key={index}
                      className={`px-3 py-1.5 whitespace-nowrap ${column.type === "number" ? "text-right tabular-nums" : ""}`}
                    >
                      {cells[index] ?? ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="checked-heading" className="mt-8">
        <h2 id="checked-heading" className="text-xl font-semibold tracking-tight">
          Claims checked against it
        </h2>
        {page.checkedClaims.length === 0 ? (
          <p className="mt-2 text-stone-600">None yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {page.checkedClaims.map((claim) => (
              <li key={`${claim.claimId}-${claim.description}`} className="p-4">
                <Link href={`/claims/${claim.claimId}`} className="font-semibold hover:underline">
                  {claim.text}
                </Link>{" "}
                <span className="text-stone-700">{claim.subject}</span>
                <p className="mt-1 text-sm text-stone-600">
                  Checked against {claim.description}: {formatFigure(claim.value, "count")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {page.canEdit ? (
        <section aria-labelledby="edit-heading" className="mt-10 border-t border-stone-200 pt-8">
          <h2 id="edit-heading" className="mb-4 text-xl font-semibold tracking-tight">
            Edit details and column types
          </h2>
          <DatasetEditForm
            dataset={{
              id: page.id,
              editVersion: page.editVersion,
              title: page.title,
              publisher: page.publisher,
              url: page.url,
              publishedOn: page.publishedOn,
              licence: page.licence,
              columns: page.columns,
            }}
            canDelete={page.canDelete}
          />
        </section>
      ) : null}
    </article>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
