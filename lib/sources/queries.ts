/**
 * Source queries. Lists show the latest version of each text only (a source that a newer version
 * replaces is still reachable by id).
 */
import "server-only";
import { and, asc, count, desc, eq, ilike, lt, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { claims, sources } from "@/db/schema";
import { decodeSourceCursor, encodeSourceCursor } from "@/lib/core/cursor";
import { figureColumns } from "@/lib/claims/figure-columns";
import type { SourceDetail, SourcePage, SourceRef } from "@/lib/claims/types";
import { AppError } from "@/lib/core/errors";
import { plainText, isRowId } from "@/lib/core/params";
import { metadataToken, type SourceMetadata } from "./mutations";

/** True for sources no other source names as its previous version. */
const isLatestVersion = sql`not exists (select 1 from ${sources} as "newer" where "newer"."previous_version_id" = ${sources.id})`;

export const SOURCE_PAGE_SIZE = 50;
export const MAX_SOURCE_PAGE_SIZE = 100;

const listSourcesSchema = z.object({
  q: plainText("the search may not contain control characters").max(200).optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(MAX_SOURCE_PAGE_SIZE).default(SOURCE_PAGE_SIZE),
});

/** @throws AppError("bad_request:filter") */
function parseListInput(input: z.input<typeof listSourcesSchema>) {
  const parsed = listSourcesSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("bad_request:filter", z.prettifyError(parsed.error), { cause: parsed.error });
  }
  return { ...parsed.data, q: parsed.data.q?.trim() };
}

/** `q` as an ILIKE pattern matching it anywhere, its own `%`, `_` and `\` taken literally. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The latest sources whose title or publisher contains `q` (all of them without one). */
function matching(q: string | undefined): SQL | undefined {
  const pattern = q ? containsPattern(q) : undefined;
  return and(isLatestVersion, pattern ? or(ilike(sources.title, pattern), ilike(sources.publisher, pattern)) : undefined);
}

/**
 * One page of the latest sources, newest first (id desc: the order they were added), each with its
 * number of claims (not counting those marked "not a claim"). `q` keeps the sources whose title or
 * publisher contains it, ignoring case. Keyset paging: `next` is the cursor of the following page,
 * null on the last one.
 * @throws AppError("bad_request:cursor") for a cursor this server did not give out,
 *         AppError("bad_request:filter") for values outside the contract.
 */
export async function listSources(input: { q?: string; cursor?: string; limit?: number } = {}): Promise<SourcePage> {
  const { q, cursor, limit } = parseListInput(input);
  const after = cursor === undefined ? undefined : decodeSourceCursor(cursor);
  const db = await getDb();
  // Counted in a lateral subquery: the planner runs it only for the rows the LIMIT keeps, so a page
  // is one query with one count per listed source, read from claims_source_span_origin_key.
  const counted = db
    .select({ claimCount: count().as("claim_count") })
    .from(claims)
    .where(and(eq(claims.sourceId, sources.id), eq(claims.notAClaim, false)))
    .as("counted");
  const rows = await db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      publishedAt: sources.publishedAt,
      claimCount: counted.claimCount,
    })
    .from(sources)
    .innerJoinLateral(counted, sql`true`)
    .where(and(matching(q), after && lt(sources.id, after.id)))
    .orderBy(desc(sources.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { sources: page, next: rows.length > limit && last ? encodeSourceCursor({ id: last.id }) : null };
}

/**
 * How many latest sources match `q` (as listSources reads it).
 * @throws AppError("bad_request:filter") for a search outside the contract.
 */
export async function countSources(input: { q?: string } = {}): Promise<number> {
  const { q } = parseListInput(input);
  const db = await getDb();
  return db.$count(sources, matching(q));
}

/** A source with its full text, the claims to mark in it and the engine's checks resolved to claim ids. */
export async function getSource({ id }: { id: number }): Promise<SourceDetail | null> {
  if (!isRowId(id)) return null;
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
      ...figureColumns,
      status: claims.status,
      // Kept by the verdicts trigger of migration 0011: no lookup a claim (5,000 on a long release).
      published: claims.hasPublishedVerdict,
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

  const marks = rows.filter((row) => !row.notAClaim).map(({ origin: _origin, notAClaim: _notAClaim, ...mark }) => mark);
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

/**
 * What re-extraction and new versions have recorded about a claim's text, for the claim page's
 * badges (components/claims/anchor-badge.tsx). Public like the claim itself: three booleans, and
 * the claim's version for the editors' "Mark re-checked" form.
 */

export interface AnchorState {
  /** The current extractor no longer reports this figure (kept, with its review). */
  missingFromExtraction: boolean;
  /** The figure or its sentence changed in a newer version after the claim was reviewed. */
  changedAfterReview: boolean;
  /** The newest version of the release no longer contains the figure. */
  orphaned: boolean;
}

export async function getAnchorState({ claimId }: { claimId: number }): Promise<(AnchorState & { version: number }) | null> {
  if (!isRowId(claimId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      missingFromExtraction: claims.missingFromExtraction,
      changedAfterReview: claims.changedAfterReview,
      orphaned: claims.orphaned,
      version: claims.version,
    })
    .from(claims)
    .where(eq(claims.id, claimId));
  return row ?? null;
}

/** What the "Edit details" form of a source needs: the details, who added it, and the digest it sends back. */

export interface EditableSourceDetails extends SourceMetadata {
  sourceId: number;
  createdById: number | null;
  /** metadataToken of the details as shown. */
  seen: string;
}

export async function getEditableSourceDetails({ id }: { id: number }): Promise<EditableSourceDetails | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      title: sources.title,
      publisher: sources.publisher,
      publishedAt: sources.publishedAt,
      url: sources.url,
      createdById: sources.createdById,
    })
    .from(sources)
    .where(eq(sources.id, id));
  return row ? { ...row, sourceId: id, seen: metadataToken(row) } : null;
}
