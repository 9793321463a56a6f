import type { MetadataRoute } from "next";
import { currentSite } from "@/lib/claims-review/current-site";
import { claimUrl } from "@/lib/claims-review/site";
import { listPublishedClaims, MAX_PUBLISHED_LIMIT } from "@/lib/data/public";

/**
 * Every claim page with a published verdict. Rendered per request (never at build time: the
 * build has no database and verdicts change); cached briefly by shared caches via revalidate.
 */
export const dynamic = "force-dynamic";

/** The sitemap protocol's limit per file. */
const MAX_URLS = 50_000;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = await currentSite();
  const entries: MetadataRoute.Sitemap = [{ url: `${site.url}/`, changeFrequency: "hourly" }];
  let cursor: string | undefined;
  do {
    const page = await listPublishedClaims({ cursor, limit: MAX_PUBLISHED_LIMIT });
    for (const claim of page.claims) {
      entries.push({ url: claimUrl(site, claim.id), lastModified: claim.verdict.updatedAt ?? claim.verdict.publishedAt, changeFrequency: "weekly" });
    }
    cursor = page.next ?? undefined;
  } while (cursor && entries.length < MAX_URLS);
  return entries.slice(0, MAX_URLS);
}
