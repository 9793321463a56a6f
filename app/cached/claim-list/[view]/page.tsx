import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagThisPage } from "@/lib/public/cached-public";
import { CLAIM_LIST_TAG } from "@/lib/cache/cache-tags";
import { ClaimListView } from "@/app/(claim-list)/claim-list-view";

export const metadata: Metadata = { title: "Claims" };

/**
 * `/` for a signed-out visitor without a query (proxy.ts rewrites it here; the address stays `/`,
 * and /cached/… itself is a 404): the first page of the public claim list, rendered once and
 * served from the page cache until a write expires CLAIM_LIST_TAG (lib/actions/safe-action.ts,
 * lib/sources/actions.ts). A dynamic segment so that the build, which has no database, makes
 * no copy of it.
 */
export const revalidate = 300;
export function generateStaticParams(): { view: string }[] {
  return [];
}

export default async function CachedClaimListPage({ params }: { params: Promise<{ view: string }> }) {
  if ((await params).view !== "first") notFound();
  await tagThisPage(CLAIM_LIST_TAG);
  return <ClaimListView raw={{}} audience="public" />;
}
