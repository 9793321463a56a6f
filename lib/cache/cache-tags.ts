/**
 * Cache tags of the public claim pages, shared by the cached reads (lib/public/cached-public.ts) and
 * the action wrapper that expires them after a write (lib/actions/safe-action.ts). Pure.
 *
 * Tags carry no database identity: they are matched in one process's memory (and sent to the other
 * app servers of the same database, lib/cache/cache-handler.mjs), while every cache key carries the
 * identity, so an entry written for another database is never found to begin with.
 */

/** Everything cached about one claim's public page. */
export function claimTag(claimId: number): string {
  return `claim:${claimId}`;
}

/** Every cached public claim page at once. */
export const PUBLIC_CLAIMS_TAG = "public-claims";

/** Pages that found no claim (a 404 for /claims/N): expired when a release adds claims. */
export const MISSING_CLAIMS_TAG = "missing-claims";

/** The public claim list (`/`, first page): expired by every write that can change a card. */
export const CLAIM_LIST_TAG = "claim-list";
