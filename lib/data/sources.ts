import "server-only";
/**
 * Source queries. Lists show the latest version of each text only (a source that a newer version
 * replaces is still reachable by id).
 */
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { claims, sources } from "@/db/schema";
import type { SourceDetail, SourceRef, SourceSummary } from "@/lib/data/types";

/** True for sources no other source names as its previous version. */
const isLatestVersion = sql`not exists (select 1 from ${sources} as "newer" where "newer"."previous_version_id" = ${sources.id})`;

/** Every latest source with its number of claims (not counting those marked "not a claim"), newest first. */
export async function listSources(): Promise<SourceSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      publishedAt: sources.publishedAt,
      claimCount: count(claims.id),
    })
    .from(sources)
    .leftJoin(claims, and(eq(claims.sourceId, sources.id), eq(claims.notAClaim, false)))
    .where(isLatestVersion)
    .groupBy(sources.id)
    .orderBy(desc(sources.id));
}

/** A source with its full text, the claims to mark in it and the engine's checks resolved to claim ids. */
export async function getSource({ id }: { id: number }): Promise<SourceDetail | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const db = await getDb();
  const [source] = await db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      publishedAt: sources.publishedAt,
      body: sources.body,
      version: sources.version,
      contentHash: sources.contentHash,
      checks: sources.checks,
    })
    .from(sources)
    .where(eq(sources.id, id));
  if (!source) return null;

  const rows = await db
    .select({
      id: claims.id,
      start: claims.start,
      end: claims.end,
      text: claims.text,
      unit: claims.unit,
      status: claims.status,
      origin: claims.origin,
      notAClaim: claims.notAClaim,
    })
    .from(claims)
    .where(eq(claims.sourceId, id))
    .orderBy(asc(claims.start), asc(claims.id));

  // Checks name claims by span (indexes do not survive storage); match spans to extracted claims.
  const extractedBySpan = new Map<string, number>();
  for (const row of rows) if (row.origin === "extracted") extractedBySpan.set(`${row.start}:${row.end}`, row.id);
  const checks = source.checks.map((check) => ({
    ...check,
    claimIds: check.spans.flatMap((span) => extractedBySpan.get(`${span.start}:${span.end}`) ?? []),
  }));

  const marks = rows
    .filter((row) => !row.notAClaim)
    .map(({ id: claimId, start, end, text, unit, status }) => ({ id: claimId, start, end, text, unit, status }));
  const { checks: _stored, ...rest } = source;
  return { ...rest, claimCount: marks.length, claims: marks, checks };
}

/** Values for the claim list's filter controls. */
/** How many sources the claim list's Source menu offers: a menu of thousands helps no one and costs every request. */
export const FILTER_SOURCE_LIMIT = 100;

/**
 * The Source menu of the claim list: the most recently added latest versions (at most `limit`),
 * plus the selected source wherever it is, by title. `more` says that older sources were left out
 * (they stay reachable from /sources).
 */
export async function listFilterOptions(
  options: { selectedId?: number; limit?: number } = {},
): Promise<{ sources: SourceRef[]; more: boolean }> {
  const limit = options.limit ?? FILTER_SOURCE_LIMIT;
  const db = await getDb();
  const recent = await db
    .select({ id: sources.id, title: sources.title })
    .from(sources)
    .where(isLatestVersion)
    .orderBy(desc(sources.id))
    .limit(limit + 1);
  const more = recent.length > limit;
  const rows = recent.slice(0, limit);
  const { selectedId } = options;
  if (selectedId !== undefined && !rows.some((row) => row.id === selectedId)) {
    const [selected] = await db.select({ id: sources.id, title: sources.title }).from(sources).where(eq(sources.id, selectedId));
    if (selected) rows.push(selected);
  }
  rows.sort((x, y) => (x.title < y.title ? -1 : x.title > y.title ? 1 : x.id - y.id));
  return { sources: rows, more };
}
