/**
 * Cache tags of the public claim pages, shared by the cached reads (lib/data/cached-public.ts) and
 * the action wrapper that expires them after a write (lib/actions/safe-action.ts). Pure.
 */

/** Everything cached about one claim's public page. */
export function claimTag(claimId: number): string {
  return `claim:${claimId}`;
}

/** Every cached public claim page at once. */
export const PUBLIC_CLAIMS_TAG = "public-claims";
