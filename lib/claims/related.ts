import "server-only";
/**
 * "Also stated in": the other releases that state the same statistic as a claim (the rule is in
 * lib/claims/related-text.ts), with the verdict already given to each.
 *
 * Fast at 500,000 claims: candidates are the claims of the same unit within a few percent of the
 * value (claims_unit_value_idx) whose subject shares a stemmed word (claims_subject_words_idx), two
 * index scans the planner ANDs; only those few rows are judged here. Never the claim's own source nor another version of it, never a version
 * a newer one replaced, never a claim marked "not a claim".
 *
 * Who is looking decides what comes back: anonymous viewers get the published verdict only (no
 * workflow status, never a draft); signed-in staff also get each claim's status.
 */
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Db, getDb, rowsOf } from "@/db/client";
import { claims, sources, verdicts } from "@/db/schema";
import type { Actor } from "@/lib/core/roles";
import { sentenceExcerpt } from "./excerpt";
import type { ClaimStatus, Excerpt, ListVerdict } from "./types";
import { relatedScore, sameFigure, similarSubject, type StatisticKey, subjectSimilarity, valueRange } from "./related-text";
import { isRowId } from "@/lib/core/params";

export const DEFAULT_RELATED_LIMIT = 10;
/** How many candidates one lookup judges at most (a very common figure and word). */
const CANDIDATE_CAP = 2000;

export interface RelatedClaim {
  id: number;
  text: string;
  subject: string;
  excerpt: Excerpt;
  source: { id: number; title: string; publisher: string | null; publishedAt: string | null };
  /** Only for signed-in viewers; absent for the public. */
  status?: ClaimStatus;
  /** The current published verdict, else null (a draft is never shown). */
  verdict: ListVerdict | null;
  /** 0..1, higher is likelier the same statistic; the list is sorted by it. */
  score: number;
}

export interface RelatedClaims {
  claims: RelatedClaim[];
  /** Matches found before the limit (one per release). */
  total: number;
}

const english = sql.raw("'english'::regconfig");
/** The subject as the search box sees it: stemmed words, stop words removed (claims_subject_words_idx). */
const subjectVector = sql`to_tsvector(${english}, ${claims.subject})`;
const subjectWords = sql<string[]>`tsvector_to_array(${subjectVector})`;

/** A claim as the comparison reads it: the target and each candidate alike. */
interface Target extends StatisticKey {
  id: number;
  sourceId: number;
  words: string[];
}
type Candidate = Target;

const statisticColumns = {
  id: claims.id,
  sourceId: claims.sourceId,
  text: claims.text,
  value: claims.value,
  unit: claims.unit,
  denominator: claims.denominator,
  currency: claims.currency,
  words: subjectWords,
};

async function loadTarget(db: Db, claimId: number): Promise<Target | null> {
  const [row] = await db
    .select(statisticColumns)
    .from(claims)
    .where(and(eq(claims.id, claimId), eq(claims.notAClaim, false)));
  return row ?? null;
}

/** Every version of a source: its ancestors and successors (a chain: one successor at most). */
async function versionFamily(db: Db, sourceId: number): Promise<number[]> {
  const result = await db.execute(sql`
    with recursive older(id, previous) as (
      select id, previous_version_id from sources where id = ${sourceId}
      union all
      select s.id, s.previous_version_id from sources s join older o on s.id = o.previous
    ), newer(id) as (
      select id from sources where id = ${sourceId}
      union all
      select s.id from sources s join newer n on s.previous_version_id = n.id
    )
    select id from older union select id from newer`);
  return rowsOf<{ id: number }>(result).map((row) => Number(row.id));
}

async function findCandidates(db: Db, target: Target & { value: number }, family: number[]): Promise<Candidate[]> {
  const { low, high } = valueRange(target.value);
  // The subject's stemmed words OR'ed into a tsquery (quoted: already stemmed, not stemmed again).
  const anyWord = sql`(select string_agg(quote_literal(word), ' | ') from unnest(array[${sql.join(
    // quote_literal writes a backslash as E'…\\…', which tsquery does not read; such words are skipped.
    target.words.filter((word) => !word.includes("\\")).map((word) => sql`${word}`),
    sql`, `,
  )}]::text[]) as word)::tsquery`;
  const conditions: SQL[] = [
    eq(claims.unit, target.unit),
    sql`${claims.value} between ${low} and ${high}`,
    eq(claims.notAClaim, false),
    sql`${claims.id} <> ${target.id}`,
    sql`${claims.sourceId} not in (${sql.join(
      family.map((id) => sql`${id}`),
      sql`, `,
    )})`,
    // A release a newer version replaced is not shown anywhere; its successor is.
    sql`not exists (select 1 from ${sources} as newer where newer.previous_version_id = ${claims.sourceId})`,
    // Matches the expression of claims_subject_words_idx, so the planner can AND it with the range.
    sql`${subjectVector} @@ ${anyWord}`,
  ];
  return db
    .select(statisticColumns)
    .from(claims)
    .where(and(...conditions))
    .limit(CANDIDATE_CAP);
}

/**
 * The other claims stating the same statistic as `claimId`, best first, one per release (its best
 * match). Empty when the claim does not exist, is marked "not a claim", has no value, or its subject
 * has no content words to compare.
 */
export async function listRelatedClaims({
  claimId,
  viewer,
  limit = DEFAULT_RELATED_LIMIT,
}: {
  claimId: number;
  viewer: Actor | null;
  limit?: number;
}): Promise<RelatedClaims> {
  const none: RelatedClaims = { claims: [], total: 0 };
  if (!isRowId(claimId)) return none;
  const db = await getDb();
  const target = await loadTarget(db, claimId);
  if (!target || target.value === null || target.words.length === 0) return none;
  const { value } = target;

  const family = await versionFamily(db, target.sourceId);
  const candidates = await findCandidates(db, { ...target, value }, family);

  const bestPerSource = new Map<number, { id: number; score: number }>();
  for (const candidate of candidates) {
    if (candidate.value === null || !sameFigure(target, candidate)) continue;
    const similarity = subjectSimilarity(target.words, candidate.words);
    if (!similarSubject(similarity)) continue;
    const score = relatedScore(similarity, value, candidate.value);
    const best = bestPerSource.get(candidate.sourceId);
    if (!best || score > best.score || (score === best.score && candidate.id < best.id)) {
      bestPerSource.set(candidate.sourceId, { id: candidate.id, score });
    }
  }
  const ranked = [...bestPerSource.values()].sort((a, b) => b.score - a.score || a.id - b.id);
  const chosen = ranked.slice(0, Math.max(0, limit));
  if (chosen.length === 0) return { claims: [], total: ranked.length };

  const rows = await db
    .select({
      id: claims.id,
      text: claims.text,
      subject: claims.subject,
      status: claims.status,
      start: claims.start,
      end: claims.end,
      sentenceStart: claims.sentenceStart,
      sentenceText: claims.sentenceText,
      sourceId: sources.id,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
      sourcePublishedAt: sources.publishedAt,
      verdictRating: verdicts.rating,
      verdictSummary: verdicts.summary,
      verdictPublishedAt: verdicts.publishedAt,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    // At most one row per claim: the unique index verdicts_one_published_per_claim.
    .leftJoin(verdicts, and(eq(verdicts.claimId, claims.id), eq(verdicts.state, "published")))
    .where(
      inArray(
        claims.id,
        chosen.map((match) => match.id),
      ),
    );
  const byId = new Map(rows.map((row) => [row.id, row]));

  const staff = viewer !== null;
  const related: RelatedClaim[] = [];
  for (const match of chosen) {
    const row = byId.get(match.id);
    if (!row) continue;
    related.push({
      id: row.id,
      text: row.text,
      subject: row.subject,
      excerpt: sentenceExcerpt(row.sentenceText, row.sentenceStart, row),
      source: { id: row.sourceId, title: row.sourceTitle, publisher: row.sourcePublisher, publishedAt: row.sourcePublishedAt },
      ...(staff ? { status: row.status } : {}),
      verdict:
        row.verdictRating !== null && row.verdictSummary !== null && row.verdictPublishedAt !== null
          ? { rating: row.verdictRating, summary: row.verdictSummary, publishedAt: row.verdictPublishedAt }
          : null,
      score: Math.round(match.score * 1000) / 1000,
    });
  }
  return { claims: related, total: ranked.length };
}
