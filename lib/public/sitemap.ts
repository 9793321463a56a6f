import "server-only";
/**
 * The sitemap: an index (/sitemap.xml) of files (/sitemaps/<n>.xml) of at most SITEMAP_FILE_URLS
 * addresses each, the home page and every claim with a published verdict.
 *
 * Each file is built once and kept in this process's memory with the published-verdicts version it
 * was built from (published_verdicts_version, raised by the verdicts trigger of migration 0011 on
 * every verdict write, whichever server made it). A request reads that one-row version and serves
 * the kept file while it matches; after a write the next request rebuilds (concurrent requests share
 * one build). A build reads the claims in batches of READ_BATCH (keyset on the claim id), so on the
 * embedded database, where one query runs at a time, other requests' queries run between the
 * batches instead of waiting behind one query of 50,000 rows. Kept in memory rather than Next's data
 * cache: a restart on another database never serves this one's verdicts.
 */
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { claimUrl, type SiteConfig } from "@/lib/http/site";

/** The protocol allows 50,000; file 0 also holds the home page. */
export const SITEMAP_FILE_URLS = 50_000;
const CLAIMS_PER_FILE = SITEMAP_FILE_URLS - 1;
const READ_BATCH = 5_000;

export const SITEMAP_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  // Shared caches may keep it a few minutes: search engines read sitemaps hours apart.
  "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=3600",
};

const xmlEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

interface Entry {
  version: number;
  value: Promise<string>;
}

interface SitemapStore {
  __claimDeskSitemap?: Map<string, Entry>;
}
const store = globalThis as typeof globalThis & SitemapStore;
const entries = (store.__claimDeskSitemap ??= new Map<string, Entry>());

async function publishedVersion(): Promise<number> {
  const db = await getDb();
  const [row] = rowsOf<{ version: number | string }>(await db.execute(sql`select version from published_verdicts_version where id = 1`));
  return Number(row?.version ?? 0);
}

/** `key` as built at `version`: from memory when it was built at that version, else built once now. */
function cached(key: string, version: number, build: () => Promise<string>): Promise<string> {
  const entry = entries.get(key);
  if (entry && entry.version === version) return entry.value;
  const value = build();
  entries.set(key, { version, value });
  // A failed build is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Forgets every built file (tests). */
export function clearSitemapCache(): void {
  entries.clear();
}

async function publishedCount(): Promise<number> {
  const db = await getDb();
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`select count(*) as n from claims where has_published_verdict and not not_a_claim`),
  );
  return Number(row?.n ?? 0);
}

/** How many sitemap files there are at `version` (at least one: the home page). */
async function fileCount(version: number): Promise<number> {
  const count = await cached("count", version, async () => String(await publishedCount()));
  return Math.max(1, Math.ceil(Number(count) / CLAIMS_PER_FILE));
}

/** The index: one <sitemap> per file. */
export async function sitemapIndex(site: SiteConfig): Promise<string> {
  const version = await publishedVersion();
  const files = await fileCount(version);
  return cached(`index ${files} ${site.url}`, 0, async () => {
    const items = Array.from({ length: files }, (_, n) => `<sitemap><loc>${xmlEscape(`${site.url}/sitemaps/${n}.xml`)}</loc></sitemap>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
  });
}

/** File `n` (0-based), or null when there is no such file. */
export async function sitemapFile(site: SiteConfig, n: number): Promise<string | null> {
  if (!Number.isSafeInteger(n) || n < 0) return null;
  const version = await publishedVersion();
  if (n >= (await fileCount(version))) return null;
  return cached(`file ${n} ${site.url}`, version, () => buildFile(site, n));
}
async function buildFile(site: SiteConfig, n: number): Promise<string> {
  const db = await getDb();
  const urls: string[] = n === 0 ? [`<url><loc>${xmlEscape(`${site.url}/`)}</loc><changefreq>hourly</changefreq></url>`] : [];
  // Where file n starts: the claim after the first n * CLAIMS_PER_FILE (claims_published_id_idx).
  let afterId = 0;
  if (n > 0) {
    const [row] = rowsOf<{ id: number }>(
      await db.execute(sql`select id from claims where has_published_verdict and not not_a_claim
        order by id offset ${n * CLAIMS_PER_FILE - 1} limit 1`),
    );
    if (!row) return renderUrlset(urls);
    afterId = Number(row.id);
  }
  let left = CLAIMS_PER_FILE;
  while (left > 0) {
    const batch = rowsOf<{ id: number; lastmod: string }>(
      await db.execute(sql`
        select c.id, to_char(v.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as lastmod
        from claims c
        join verdicts v on v.claim_id = c.id and v.state = 'published'
        where c.has_published_verdict and not c.not_a_claim and c.id > ${afterId}
        order by c.id
        limit ${Math.min(READ_BATCH, left)}`),
    );
    for (const row of batch) {
      urls.push(
        `<url><loc>${xmlEscape(claimUrl(site, Number(row.id)))}</loc><lastmod>${row.lastmod}</lastmod><changefreq>weekly</changefreq></url>`,
      );
    }
    left -= batch.length;
    if (batch.length < READ_BATCH) break;
    afterId = Number(batch.at(-1)?.id ?? afterId);
  }
  return renderUrlset(urls);
}

function renderUrlset(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
