import { siteOf } from "@/lib/http/current-site";
import { SITEMAP_HEADERS, sitemapIndex } from "@/lib/public/sitemap";

/**
 * The sitemap index: one file per 50,000 addresses (/sitemaps/<n>.xml), each kept in memory until a
 * verdict changes (lib/public/sitemap.ts). Rendered per request, never at build time (the build has
 * no database).
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return new Response(await sitemapIndex(siteOf(request)), { headers: SITEMAP_HEADERS });
}
