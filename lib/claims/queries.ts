import "server-only";
/**
 * Claim queries. Each function takes one object and returns the small objects of lib/claims/types.ts.
 */
import { and, type AnyColumn, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
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
 * How many claims of the list (in its order, after the other filters) a search reads one by one
 * before it looks its words up in the text index instead (listClaims).
 */
export const SEARCH_WALK = 5000;

/**
 * One page of the claim list, most check-worthy first (ties: newest id first). Claims marked
 * "not a claim" are hidden. `q` is PostgreSQL web-search syntax ("deportations -ice", "\"1.8 million\"").
 *
 * A search is answered in one of two ways, and never by the planner's guess between them. Words
 * common among the first claims of the list are found by reading the list in order until a page is
 * full: at most `searchWalk` claims (the first statement). When that does not fill the page, the
 * words' own matches are read from the text index and sorted (the second). Left to itself,
 * PostgreSQL estimates two words' matches as if the words were independent: "service median", which
 * always go together, were estimated at 1,165 claims of 500,000 and found in 16,892, so it read the
 * list in order and went through 306,189 claims (437 ms) where the index and a sort take 67 ms.
 * `searchWalk` is for tests.
 * @throws AppError("bad_request:cursor") for a cursor this server did not give out,
 *         AppError("bad_request:filter") for filter values outside the contract.
 */
export async function listClaims(
  input: ClaimFilters & { cursor?: string; limit: number },
  { searchWalk = SEARCH_WALK }: { searchWalk?: number } = {},
): Promise<ClaimPage> {
  const parsed = listClaimsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("bad_request:filter", z.prettifyError(parsed.error), { cause: parsed.error });
  }
  const { status, checked, sourceId, unit, cursor, limit } = parsed.data;
  const q = parsed.data.q?.trim();
  const after = cursor === undefined ? undefined : decodeClaimCursor(cursor);

  const filters = and(
    eq(claims.notAClaim, false),
    status && eq(claims.status, status),
    // The flag the verdicts trigger keeps (migration 0011), not a test on the outer join's columns:
    // PostgreSQL estimates "verdicts.id IS NULL" after a left join at one row and sorted all 500,000
    // claims (1.3 s); "published" walked thousands of claims to find 21. Now the list-order index and
    // its published-only partial index stop after a page (docs/benchmarks.md, "Fast at 500,000 claims").
    checked === undefined ? undefined : eq(claims.hasPublishedVerdict, checked),
    sourceId === undefined ? undefined : eq(claims.sourceId, sourceId),
    unit && eq(claims.unit, unit),
    // Keyset: rows strictly after the cursor in (checkworthiness desc, id desc) order. The value is
    // cast to real so it compares equal to the float4 it was read from.
    after && sql`(${claims.checkworthiness}, ${claims.id}) < (${after.checkworthiness}::real, ${after.id}::integer)`,
  );

  const db = await getDb();
  const page = (where: SQL | undefined, order: SQL = sql`${claims.checkworthiness}`) =>
    db
      .select(listColumns)
      .from(claims)
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .leftJoin(verdicts, publishedVerdictJoin)
      .where(where)
      .orderBy(desc(order), desc(claims.id))
      .limit(limit + 1);

  let rows: Awaited<ReturnType<typeof page>>;
  if (!q) rows = await page(filters);
  else {
    const matches = (search: AnyColumn) => sql`${search} @@ websearch_to_tsquery('english', ${q})`;
    // 1. The first `searchWalk` claims in list order, read until a page (and one more) match: a
    //    subquery with a LIMIT takes no condition from outside, so it is read in order and stops early.
    const head = db
      .select({ id: claims.id, search: claims.search })
      .from(claims)
      .where(filters)
      .orderBy(desc(claims.checkworthiness), desc(claims.id))
      .limit(searchWalk)
      .as("head");
    const hits = db
      .select({ id: head.id })
      .from(head)
      .where(matches(head.search))
      .limit(limit + 1);
    rows = await page(inArray(claims.id, hits));
    // 2. Not a full page there: every match, from the text index, sorted. The order's `+ 0` keeps
    //    PostgreSQL from reading the list in order again.
    if (rows.length <= limit) rows = await page(and(filters, matches(claims.search)), sql`${claims.checkworthiness} + 0`);
  }

  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    claims: shown.map(toListItem),
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
