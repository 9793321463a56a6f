import "server-only";
/**
 * What anyone may read: only what an editor published. Every query here filters on the verdict's
 * state = 'published' (the current verdict) or reads the publication dates of earlier ones; never
 * a draft, a note, an assignee, an internal reason or the audit log. The publishing editor's name
 * is public: it signs the verdict.
 */
import { and, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { citations, claims, sources, users, verdicts } from "@/db/schema";
import { RATING_LABELS } from "@/lib/workflow/ratings";
import type { PublicChange, PublicClaim, PublishedClaimSummary, PublishedVerdict } from "./types";
import { sentenceExcerpt } from "@/lib/claims/excerpt";
import { AppError } from "@/lib/core/errors";
import { isoMicros, isRowId, rowId } from "@/lib/core/params";
import { decodeCursor, encodeCursor } from "@/lib/core/cursor";

export type { PublicChange, PublicClaim, PublishedClaimSummary, PublishedVerdict };

export const MAX_PUBLISHED_LIMIT = 500;

/** States whose publication date is part of the public record (a draft has none). */
const ONCE_PUBLISHED = ["published", "superseded", "retracted"] as const;

const isClaimId = isRowId;

/** When the claim's first verdict went public (correlated on the outer verdicts row). */
const firstPublishedAtSql = sql<Date | null>`(
  select min(earlier.published_at) from ${verdicts} as earlier
  where earlier.claim_id = ${verdicts.claimId}
    and earlier.state in ('published', 'superseded', 'retracted')
    and earlier.published_at is not null
)`.mapWith(verdicts.publishedAt);

const summaryColumns = {
  id: claims.id,
  text: claims.text,
  sentence: claims.sentenceText,
  value: claims.value,
  unit: claims.unit,
  subject: claims.subject,
  speaker: claims.speaker,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourceUrl: sources.url,
  sourcePublishedAt: sources.publishedAt,
  sourceAddedOn: sql<string>`to_char(${sources.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
  rating: verdicts.rating,
  summary: verdicts.summary,
  publishedAt: verdicts.publishedAt,
};

interface SummaryRow {
  id: number;
  text: string;
  sentence: string;
  value: number | null;
  unit: PublishedClaimSummary["unit"];
  subject: string;
  speaker: string | null;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourcePublishedAt: string | null;
  sourceAddedOn: string;
  rating: PublishedVerdict["rating"];
  summary: string;
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
}

function verdictOf(row: Pick<SummaryRow, "rating" | "summary" | "publishedAt" | "firstPublishedAt">): PublishedVerdict {
  // A published verdict always has publishedAt (set in the same statement as its state).
  const publishedAt = row.publishedAt ?? new Date(0);
  const firstPublishedAt = row.firstPublishedAt ?? publishedAt;
  return {
    rating: row.rating,
    label: RATING_LABELS[row.rating],
    summary: row.summary,
    publishedAt,
    firstPublishedAt,
    updatedAt: firstPublishedAt.getTime() < publishedAt.getTime() ? publishedAt : null,
  };
}

function toSummary(row: SummaryRow): PublishedClaimSummary {
  return {
    id: row.id,
    text: row.text,
    sentence: row.sentence,
    value: row.value,
    unit: row.unit,
    subject: row.subject,
    speaker: row.speaker,
    source: {
      title: row.sourceTitle,
      publisher: row.sourcePublisher,
      url: row.sourceUrl,
      publishedAt: row.sourcePublishedAt,
      addedOn: row.sourceAddedOn,
    },
    verdict: verdictOf(row),
  };
}

/**
 * One claim as the public sees it; null when there is no such claim or it is marked "not a claim".
 * `verdict` is null unless an editor published one that is still current.
 */
export async function getPublicClaim({ id }: { id: number }): Promise<PublicClaim | null> {
  if (!isClaimId(id)) return null;
  const db = await getDb();
  const [claim] = await db
    .select({
      id: claims.id,
      text: claims.text,
      sentence: claims.sentenceText,
      sentenceStart: claims.sentenceStart,
      start: claims.start,
      end: claims.end,
      value: claims.value,
      unit: claims.unit,
      subject: claims.subject,
      speaker: claims.speaker,
      timeScope: claims.timeScope,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
      sourceUrl: sources.url,
      sourcePublishedAt: sources.publishedAt,
      sourceAddedOn: sql<string>`to_char(${sources.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(and(eq(claims.id, id), eq(claims.notAClaim, false)));
  if (!claim) return null;

  const publications = await db
    .select({
      state: verdicts.state,
      rating: verdicts.rating,
      summary: verdicts.summary,
      rationale: verdicts.rationale,
      publishedAt: verdicts.publishedAt,
      retiredAt: verdicts.retiredAt,
      editorName: users.name,
    })
    .from(verdicts)
    .innerJoin(users, eq(users.id, verdicts.editorId))
    .where(and(eq(verdicts.claimId, id), inArray(verdicts.state, ONCE_PUBLISHED), isNotNull(verdicts.publishedAt)))
    .orderBy(verdicts.publishedAt, verdicts.id);

  const changeLog: PublicChange[] = [];
  publications.forEach((row, index) => {
    if (!row.publishedAt) return;
    const label = RATING_LABELS[row.rating];
    changeLog.push({ event: index === 0 ? "published" : "updated", at: row.publishedAt, rating: row.rating, label });
    if (row.state === "retracted" && row.retiredAt) changeLog.push({ event: "retracted", at: row.retiredAt, rating: row.rating, label });
  });
  changeLog.sort((a, b) => a.at.getTime() - b.at.getTime());

  const current = publications.find((row) => row.state === "published");
  const firstPublishedAt = publications[0]?.publishedAt ?? null;

  const citationRows = await db
    .select({
      url: citations.url,
      title: citations.title,
      publisher: citations.publisher,
      publishedOn: citations.publishedOn,
      stance: citations.stance,
      quote: citations.quote,
      figure: citations.figure,
    })
    .from(citations)
    .where(and(eq(citations.claimId, id), eq(citations.isPublic, true), sql`${citations.deletedAt} is null`))
    .orderBy(citations.createdAt, citations.id);

  return {
    id: claim.id,
    text: claim.text,
    sentence: claim.sentence,
    excerpt: sentenceExcerpt(claim.sentence, claim.sentenceStart, claim),
    value: claim.value,
    unit: claim.unit,
    subject: claim.subject,
    speaker: claim.speaker,
    timeScope: claim.timeScope,
    source: {
      title: claim.sourceTitle,
      publisher: claim.sourcePublisher,
      url: claim.sourceUrl,
      publishedAt: claim.sourcePublishedAt,
      addedOn: claim.sourceAddedOn,
    },
    verdict: current
      ? { ...verdictOf({ ...current, firstPublishedAt }), rationale: current.rationale, editorName: current.editorName }
      : null,
    citations: citationRows,
    changeLog,
  };
}

// ---------------------------------------------------------------------------------------------
// The list of published claims (feed, sitemap, exports)

const cursorSchema = z.strictObject({
  v: z.literal(1),
  /** The verdict's published_at as PostgreSQL printed it (microseconds kept). */
  t: isoMicros,
  i: rowId,
});

export function encodePublishedCursor(position: { publishedAt: string; verdictId: number }): string {
  return encodeCursor({ v: 1, t: position.publishedAt, i: position.verdictId } satisfies z.input<typeof cursorSchema>);
}

/** @throws AppError("bad_request:cursor") */
export function decodePublishedCursor(cursor: string): { publishedAt: string; verdictId: number } {
  const { t, i } = decodeCursor(cursor, cursorSchema);
  return { publishedAt: t, verdictId: i };
}

export interface PublishedClaimPage {
  claims: PublishedClaimSummary[];
  next: string | null;
}

/**
 * Claims with a current published verdict, most recently published first.
 * @throws AppError("bad_request:cursor"), AppError("bad_request:filter") for a limit outside 1–500.
 */
export async function listPublishedClaims({ cursor, limit }: { cursor?: string; limit: number }): Promise<PublishedClaimPage> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PUBLISHED_LIMIT) {
    throw new AppError("bad_request:filter", `limit must be a whole number from 1 to ${MAX_PUBLISHED_LIMIT}`);
  }
  const after = cursor === undefined ? undefined : decodePublishedCursor(cursor);
  const db = await getDb();
  const exactPublishedAt = sql<string>`to_char(${verdicts.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const conditions: (SQL | undefined)[] = [
    eq(verdicts.state, "published"),
    eq(claims.notAClaim, false),
    after && sql`(${verdicts.publishedAt}, ${verdicts.id}) < (${after.publishedAt}::timestamptz, ${after.verdictId}::integer)`,
  ];
  const rows = await db
    .select({ ...summaryColumns, firstPublishedAt: firstPublishedAtSql, verdictId: verdicts.id, exactPublishedAt })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(and(...conditions))
    .orderBy(desc(verdicts.publishedAt), desc(verdicts.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    claims: page.map(toSummary),
    next: rows.length > limit && last ? encodePublishedCursor({ publishedAt: last.exactPublishedAt, verdictId: last.verdictId }) : null,
  };
}
