import "server-only";
/**
 * The sitemap's entries (app/sitemap.ts): the home page and every claim page with a published
 * verdict, on the site's origin.
 */
import type { MetadataRoute } from "next";
import { claimUrl, type SiteConfig } from "@/lib/claims-review/site";
import { listPublishedClaims, MAX_PUBLISHED_LIMIT } from "./public";

/** The sitemap protocol's limit per file. */
const MAX_URLS = 50_000;

export async function sitemapEntries(site: SiteConfig): Promise<MetadataRoute.Sitemap> {
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
