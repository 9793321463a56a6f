import type { Metadata } from "next";
import { connection } from "next/server";
import type { ClaimAudience } from "@/lib/claims/list-query";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ClaimListView, type SearchParams } from "./claim-list-view";

export const metadata: Metadata = { title: "Claims" };

/**
 * `/` per request: signed-in staff (who may filter on the workflow) and later pages. A signed-out
 * visitor's first page of a filter choice or a search is the cached page
 * app/cached/claim-list/[view] (lib/http/page-cache-routes.ts).
 */
export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const raw = await searchParams;
  // Signed-in staff may filter on the workflow; the public sees published verdict or not checked.
  const audience: ClaimAudience = (await getCurrentUser()) ? "staff" : "public";
  return <ClaimListView raw={raw} audience={audience} />;
}
