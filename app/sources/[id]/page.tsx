import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { parseRouteId } from "@/app/_lib/route-id";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getSource, getEditableSourceDetails } from "@/lib/sources/queries";
import { CheckList } from "@/components/sources/check-list";
import { ManualClaimPicker } from "@/components/claims/manual-claim-picker";
import { claimRows, SourceClaimList, SourceData, SourceText, SourceTextLegend } from "@/components/sources/source-text";
import { AddedNotice, isAddedOutcome } from "@/components/sources/added-notice";
import { SourceDetailsEditor } from "@/components/sources/source-details-form";
import { canEditSourceMetadata } from "@/lib/sources/mutations";
import { findTables } from "@/lib/datasets/release-tables";
import { SourceBylineItems } from "@/components/sources/source-byline";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// generateMetadata and the page both need the source: one query per request.
const loadSource = cache(async (segment: string) => {
  await connection();
  const id = parseRouteId(segment);
  return id === null ? null : getSource({ id });
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source ? source.title : "Source not found" };
}

export default async function SourcePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const source = await loadSource((await params).id);
  if (!source) notFound();

  const viewer = await getCurrentUser();
  const added = (await searchParams).added;
  // Who may edit the details: the person who added the source, editors and admins.
  const details = viewer ? await getEditableSourceDetails({ id: source.id }) : null;
  const editable = viewer && details && canEditSourceMetadata(viewer, details.createdById) ? details : null;
  const inconsistent = source.checks.filter((check) => check.outcome === "inconsistent").length;
  const audience = viewer ? "staff" : "public";
  // One array of compact rows for the text, the checks and the claim list (the page data carries it once).
  const rows = claimRows(source.body, source.claims, audience);
  const checks = source.checks.map(({ kind, outcome, message, claimIds }) => ({ kind, outcome, message, claimIds }));

  return (
    <article aria-labelledby="source-title">
      <BackLink href="/sources">All sources</BackLink>
      {isAddedOutcome(added) ? (
        <div className="mt-4">
          <AddedNotice outcome={added} claimCount={source.claimCount} version={source.version} />
        </div>
      ) : null}
      <header className="mt-3 border-b border-stone-200 pb-6">
        <h1 id="source-title" className="text-2xl leading-tight font-semibold tracking-tight sm:text-3xl">
          {source.title}
        </h1>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
          <SourceBylineItems publisher={source.publisher} publishedAt={source.publishedAt} itemClassName="flex gap-1" />
          <div className="flex gap-1">
            <dt>Claims:</dt>
            <dd className="font-medium text-stone-800">{source.claimCount}</dd>
          </div>
          {source.checks.length > 0 ? (
            <div className="flex gap-1">
              <dt>Checks:</dt>
              <dd className="font-medium text-stone-800">
                {source.checks.length}
                {inconsistent > 0 ? <span className="text-red-800"> ({inconsistent} inconsistent)</span> : null}
              </dd>
            </div>
          ) : null}
          {source.url ? (
            <div>
              <dt className="sr-only">Original</dt>
              <dd>
                <a href={source.url} className="text-accent underline underline-offset-2" rel="noopener noreferrer">
                  Original release<span className="sr-only"> (external site)</span>
                </a>
              </dd>
            </div>
          ) : null}
          {viewer && findTables(source.body).length > 0 ? (
            <div>
              <dt className="sr-only">Tables</dt>
              <dd>
                <Link href={`/datasets/new?source=${source.id}`} className="text-accent underline underline-offset-2">
                  Use its tables as datasets
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
        {editable ? (
          <SourceDetailsEditor
            details={{
              sourceId: editable.sourceId,
              seen: editable.seen,
              title: editable.title,
              publisher: editable.publisher ?? "",
              publishedAt: editable.publishedAt ?? "",
              url: editable.url ?? "",
            }}
          />
        ) : null}
        {source.claims.length > 0 ? (
          // On a phone the claims list comes after the whole release: a way straight to it.
          <p className="mt-4 lg:hidden">
            <a href="#claims-heading" className="font-medium text-accent underline underline-offset-2">
              Jump to the {source.claims.length === 1 ? "claim" : `${source.claims.length} claims`} in this release
            </a>
          </p>
        ) : null}
      </header>

      <SourceData sourceId={source.id} body={source.body} rows={rows} audience={audience}>
        <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <section aria-labelledby="release-text-heading" className="min-w-0">
            <h2 id="release-text-heading" className="mb-4 text-sm font-semibold tracking-wide text-stone-600 uppercase">
              The release, as published
            </h2>
            {source.claims.length > 0 ? <SourceTextLegend audience={audience} /> : null}
            <div className="rounded-lg border border-stone-200 bg-white p-4 sm:p-8">
              {viewer ? (
                <ManualClaimPicker sourceId={source.id}>
                  <SourceText body={source.body} />
                </ManualClaimPicker>
              ) : (
                <SourceText body={source.body} />
              )}
            </div>
          </section>

          <aside className="space-y-10" aria-label="Checks and claims of this release">
            <section aria-labelledby="checks-heading">
              <h2 id="checks-heading" className="mb-4 text-sm font-semibold tracking-wide text-stone-600 uppercase">
                Arithmetic checks
              </h2>
              <CheckList checks={checks} />
            </section>

            <section aria-labelledby="claims-heading">
              <h2 id="claims-heading" className="mb-4 scroll-mt-4 text-sm font-semibold tracking-wide text-stone-600 uppercase">
                Claims in this release
              </h2>
              {source.claims.length === 0 ? (
                <p className="text-sm text-stone-600">No figures were found in this release.</p>
              ) : (
                <SourceClaimList />
              )}
            </section>
          </aside>
        </div>
      </SourceData>
    </article>
  );
}
