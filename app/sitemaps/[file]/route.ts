import { siteOf } from "@/lib/http/current-site";
import { SITEMAP_HEADERS, sitemapFile } from "@/lib/public/sitemap";

/** One file of the sitemap index (/sitemaps/0.xml, /sitemaps/1.xml, …): see app/sitemap.xml/route.ts. */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(0|[1-9]\d{0,5})\.xml$/.exec((await params).file);
  const xml = match ? await sitemapFile(siteOf(request), Number(match[1])) : null;
  if (xml === null) {
    return new Response("No such sitemap file.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(xml, { headers: SITEMAP_HEADERS });
}
