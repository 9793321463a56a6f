import "server-only";
/**
 * Claim queries. Each function takes one object and returns the small objects of lib/claims/types.ts.
 */
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { type Db, getDb } from "@/db/client";
import { claims, sources, verdicts } from "@/db/schema";
import { figureColumns } from "./figure-columns";
import { decodeClaimCursor, encodeClaimCursor } from "@/lib/core/cursor";
import { CONTEXT_MARGIN, CONTEXT_RADIUS, contextExcerpt, contextExcerptFromWindow, sentenceExcerpt } from "./excerpt";
import { CLAIM_STATUSES, type ClaimDetail, type ClaimFilters, type ClaimListItem, type ClaimPage, UNITS } from "./types";
import { AppError } from "@/lib/core/errors";
import { plainText, rowId, isRowId } from "@/lib/core/params";

export const MAX_LIMIT = 100;

const listClaimsSchema = z.object({
  status: z.enum(CLAIM_STATUSES).optional(),
  checked: z.boolean().optional(),
  sourceId: rowId.optional(),
  unit: z.enum(UNITS).optional(),
  q: plainText("the search may not contain control characters").max(200).optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT),
});

/** The columns a list item shows; getClaim adds to them. */
const listColumns = {
  id: claims.id,
  text: claims.text,
  ...figureColumns,
  subject: claims.subject,
  speaker: claims.speaker,
  timeScope: claims.timeScope,
  status: claims.status,
  checkworthiness: claims.checkworthiness,
  start: claims.start,
  end: claims.end,
  sentenceStart: claims.sentenceStart,
  sentenceText: claims.sentenceText,
  sourceId: sources.id,
  sourceTitle: sources.title,
  verdictRating: verdicts.rating,
  verdictSummary: verdicts.summary,
  verdictPublishedAt: verdicts.publishedAt,
};

/** At most one row per claim: the unique index verdicts_one_published_per_claim. */
const publishedVerdictJoin = and(eq(verdicts.claimId, claims.id), eq(verdicts.state, "published"));

interface ListRow extends Omit<ClaimListItem, "source" | "excerpt" | "verdict"> {
  verdictRating: NonNullable<ClaimListItem["verdict"]>["rating"] | null;
  verdictSummary: string | null;
  verdictPublishedAt: Date | null;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceText: string;
  sourceId: number;
  sourceTitle: string;
}

function toListItem(row: ListRow): ClaimListItem {
  return {
    id: row.id,
    text: row.text,
    value: row.value,
    unit: row.unit,
    denominator: row.denominator,
    upperValue: row.upperValue,
    measure: row.measure,
    currency: row.currency,
    subject: row.subject,
    speaker: row.speaker,
    timeScope: row.timeScope,
    status: row.status,
    checkworthiness: row.checkworthiness,
    source: { id: row.sourceId, title: row.sourceTitle },
    excerpt: sentenceExcerpt(row.sentenceText, row.sentenceStart, row),
    verdict:
      row.verdictRating !== null && row.verdictSummary !== null && row.verdictPublishedAt !== null
        ? { rating: row.verdictRating, summary: row.verdictSummary, publishedAt: row.verdictPublishedAt }
        : null,
  };
}

/**
 * One page of the claim list, most check-worthy first (ties: newest id first). Claims marked
 * "not a claim" are hidden. `q` is PostgreSQL web-search syntax ("deportations -ice", "\"1.8 million\"").
 * @throws AppError("bad_request:cursor") for a cursor this server did not give out,
 *         AppError("bad_request:filter") for filter values outside the contract.
 */
export async function listClaims(input: ClaimFilters & { cursor?: string; limit: number }): Promise<ClaimPage> {
  const parsed = listClaimsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("bad_request:filter", z.prettifyError(parsed.error), { cause: parsed.error });
  }
  const { status, checked, sourceId, unit, cursor, limit } = parsed.data;
  const q = parsed.data.q?.trim();
  const after = cursor === undefined ? undefined : decodeClaimCursor(cursor);

  const conditions: (SQL | undefined)[] = [
    eq(claims.notAClaim, false),
    status && eq(claims.status, status),
    // The flag the verdicts trigger keeps (migration 0011), not a test on the outer join's columns:
    // PostgreSQL estimates "verdicts.id IS NULL" after a left join at one row and sorted all 500,000
    // claims (1.3 s); "published" walked thousands of claims to find 21. Now the list-order index and
    // its published-only partial index stop after a page (README "The claim list at scale").
    checked === undefined ? undefined : eq(claims.hasPublishedVerdict, checked),
    sourceId === undefined ? undefined : eq(claims.sourceId, sourceId),
    unit && eq(claims.unit, unit),
    q ? sql`${claims.search} @@ websearch_to_tsquery('english', ${q})` : undefined,
    // Keyset: rows strictly after the cursor in (checkworthiness desc, id desc) order. The value is
    // cast to real so it compares equal to the float4 it was read from.
    after && sql`(${claims.checkworthiness}, ${claims.id}) < (${after.checkworthiness}::real, ${after.id}::integer)`,
  ];

  const db = await getDb();
  const rows = await db
    .select(listColumns)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(verdicts, publishedVerdictJoin)
    .where(and(...conditions))
    .orderBy(desc(claims.checkworthiness), desc(claims.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    claims: page.map(toListItem),
    next: rows.length > limit && last ? encodeClaimCursor({ checkworthiness: last.checkworthiness, id: last.id }) : null,
  };
}

const WINDOW_BEFORE = CONTEXT_RADIUS + CONTEXT_MARGIN;

/** The whole text of a release: only when a character outside the BMP (an emoji) shifted the window. */
async function sourceBody(db: Db, sourceId: number): Promise<string> {
  const [row] = await db.select({ body: sources.body }).from(sources).where(eq(sources.id, sourceId));
  return row?.body ?? "";
}

/** One claim with its source, wider context and anchor; null when there is no such claim. */
export async function getClaim({ id }: { id: number }): Promise<ClaimDetail | null> {
  if (!isRowId(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      ...listColumns,
      bound: claims.bound,
      direction: claims.direction,
      sentenceEnd: claims.sentenceEnd,
      quoteExact: claims.quoteExact,
      quotePrefix: claims.quotePrefix,
      quoteSuffix: claims.quoteSuffix,
      sourcePublisher: sources.publisher,
      sourceUrl: sources.url,
      sourcePublishedAt: sources.publishedAt,
      // The "In context" window, cut in the database: never the whole body (up to 20 MB) for 400
      // characters of it. contextWindow(sentence) in lib/claims/excerpt.ts, 1-based for SQL.
      windowStart: sql<number>`greatest(${claims.sentenceStart} - ${WINDOW_BEFORE}, 0)`.mapWith(Number),
      window: sql<string>`substring(${sources.body} from greatest(${claims.sentenceStart} - ${WINDOW_BEFORE}, 0) + 1 for ${claims.sentenceEnd} + ${WINDOW_BEFORE} - greatest(${claims.sentenceStart} - ${WINDOW_BEFORE}, 0))`,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(verdicts, publishedVerdictJoin)
    .where(eq(claims.id, id));
  if (!row) return null;

  const sentence = { start: row.sentenceStart, end: row.sentenceEnd };
  const position = { start: row.start, end: row.end };
  return {
    ...toListItem(row),
    start: row.start,
    end: row.end,
    bound: row.bound,
    direction: row.direction,
    sentence,
    context:
      contextExcerptFromWindow(row.window, row.windowStart, row.sentenceText, sentence, position) ??
      contextExcerpt(await sourceBody(db, row.sourceId), sentence, position),
    source: {
      id: row.sourceId,
      title: row.sourceTitle,
      publisher: row.sourcePublisher,
      url: row.sourceUrl,
      publishedAt: row.sourcePublishedAt,
    },
    anchor: { quote: { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix }, position },
  };
}
