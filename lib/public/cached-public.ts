import "server-only";
/**
 * The public claim page's data, cached across requests: an anonymous visitor's page costs no
 * database round trip until an editor changes the claim. Every write to a claim expires its tag
 * (lib/actions/safe-action.ts), so a publish, retraction or reopening shows on the next request.
 * Only what is public goes in (getClaim's public facts and getPublicClaim, which never holds a
 * draft, a note or an internal reason), so one entry serves every visitor.
 *
 * Next 16's `"use cache"` needs the app-wide cacheComponents mode, which changes how every route
 * renders; `unstable_cache` caches just this data. Its store is JSON, so dates are revived here.
 * Every key also carries the database's identity (lib/cache/cache-handler.mjs adds it).
 */
import { unstable_cache } from "next/cache";
import { getClaim } from "@/lib/claims/queries";
import { getPublicClaim, type PublicClaim } from "./queries";
import type { ClaimDetail } from "@/lib/claims/types";
import { claimTag, MISSING_CLAIMS_TAG, PUBLIC_CLAIMS_TAG } from "@/lib/cache/cache-tags";

/**
 * How long an entry may live without a write expiring it. A write expires the tag on the server
 * that ran it; with several app servers, the others catch up within this many seconds.
 */
export const PUBLIC_CLAIM_TTL_SECONDS = 300;

export interface PublicClaimPage {
  claim: ClaimDetail;
  /** Null for a figure marked "not a claim": it has no public review. */
  published: PublicClaim | null;
}

/** Null when there is no such claim. */
export async function getCachedPublicClaimPage(id: number): Promise<PublicClaimPage | null> {
  const load = unstable_cache(
    async (): Promise<PublicClaimPage | null> => {
      const [claim, published] = await Promise.all([getClaim({ id }), getPublicClaim({ id })]);
      return claim ? { claim, published } : null;
    },
    ["public-claim-page", String(id)],
    { tags: [claimTag(id), PUBLIC_CLAIMS_TAG], revalidate: PUBLIC_CLAIM_TTL_SECONDS },
  );
  const page = await load();
  return page ? revive(page) : null;
}

/**
 * Tags the page being rendered as "no such claim", so adding a release (which makes new claims)
 * expires it: a 404 cached for /claims/N must not outlive claim N's creation.
 */
export async function markMissingClaim(): Promise<void> {
  await tagThisPage(MISSING_CLAIMS_TAG);
}

/**
 * Gives the page being rendered (and so its copy in the page cache) the tag: a cached read's tags
 * become its page's, so expiring the tag expires the page.
 */
export async function tagThisPage(tag: string): Promise<void> {
  await unstable_cache(async () => true, ["page-tag", tag], { tags: [tag] })();
}

type Jsonish<T> = T extends Date ? Date | string : T extends object ? { [K in keyof T]: Jsonish<T[K]> } : T;

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** Dates come back from the cache as ISO strings. */
function revive(page: Jsonish<PublicClaimPage>): PublicClaimPage {
  const { claim, published } = page;
  const verdict = published?.verdict ?? null;
  return {
    claim: { ...claim, verdict: claim.verdict ? { ...claim.verdict, publishedAt: date(claim.verdict.publishedAt) } : null } as ClaimDetail,
    published: published && {
      ...published,
      verdict: verdict
        ? {
            ...verdict,
            publishedAt: date(verdict.publishedAt),
            firstPublishedAt: date(verdict.firstPublishedAt),
            updatedAt: verdict.updatedAt === null ? null : date(verdict.updatedAt),
          }
        : null,
      changeLog: published.changeLog.map((change) => ({ ...change, at: date(change.at) })),
    },
  };
}
