import type { MetadataRoute } from "next";
import { currentSite } from "@/lib/claims-review/current-site";
import { sitemapEntries } from "@/lib/data/sitemap";

/**
 * Every claim page with a published verdict. Rendered per request (never at build time: the
 * build has no database and verdicts change); cached briefly by shared caches via revalidate.
 */
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await currentSite());
}
