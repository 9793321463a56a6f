import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagThisPage } from "@/lib/public/cached-public";
import { CLAIM_LIST_TAG } from "@/lib/cache/cache-tags";
import { claimListQuery } from "@/lib/http/page-cache-routes";
import { ClaimListView } from "@/app/(claim-list)/claim-list-view";

export const metadata: Metadata = { title: "Claims" };

/**
 * `/` for a signed-out visitor on the first page of a menu choice or a search (proxy.ts rewrites `/`,
 * `/?status=published`, `/?unit=money&sourceId=12`, `/?q=jobs`… here; the address stays; /cached/…
 * itself is a 404): the public claim list, rendered once a view and served from the page cache until a write
 * expires CLAIM_LIST_TAG (lib/actions/safe-action.ts, lib/sources/actions.ts). The view names
 * the choice (claimListView, lib/http/page-cache-routes.ts: "first" with none); a name it would not
 * give is a 404, so no two views hold the same list. A dynamic segment so that the build, which
 * has no database, makes no copy of it.
 */
export const revalidate = 300;
export function generateStaticParams(): { view: string }[] {
  return [];
}

export default async function CachedClaimListPage({ params }: { params: Promise<{ view: string }> }) {
  const query = claimListQuery((await params).view);
  if (query === null) notFound();
  await tagThisPage(CLAIM_LIST_TAG);
  return <ClaimListView raw={query} audience="public" />;
}
