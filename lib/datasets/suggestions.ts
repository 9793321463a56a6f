/**
 * Suggestions for one claim from the stored datasets: PostgreSQL picks the few datasets whose
 * title, columns and category values match the claim (full-text search on datasets.search, GIN
 * indexed, ranked with the subject's words counting double), their facts come from an
 * in-process cache (a dataset version's rows never change; a column edit bumps edit_version,
 * which is part of the key), and lib/datasets/suggest.ts ranks the candidates.
 * No Next import: pages, actions, the CLI and the tests share it.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { rowsOf } from "@/db/client";
import { claimDataMatches, claims, dataSuggestionDecisions, datasetRows, datasets } from "@/db/schema";
import { type DatasetColumn, type Fact, factsReader } from "./columns";
import { type Candidate, suggest, type SuggestClaim, words } from "./suggest";

/** How many datasets the database hands on to the ranking. */
export const DATASETS_PER_CLAIM = 4;
/**
 * A suggestion is a badge when its score reaches this (about: a label, the unit and the size match,
 * and the period is named). Chosen with the benchmark (`npm run bench -- accuracy`): the lowest
 * threshold at which claims whose table is NOT stored get a badge at most 5% of the time (5.4:
 * 3.7%; 5.0 gave 8.4%, 6.0 2.8% but badged only 66% of the wrong claims). Not moved since: with
 * the snapshot period rule and 126 claims on 12 tables, 5.4 flags 97.7% of the wrong claims with
 * 3.2% false alarms (5.2: 100% / 4.0%; 6.0: 83.7% / 2.4%).
 */
export const STRONG_SCORE = 5.4;

type Reader = Db | Tx;

interface CachedFacts {
  facts: Fact[];
  size: number;
}
const cache = new Map<string, CachedFacts>();
let cachedSize = 0;
/** About 2 million facts (a few hundred MB at most) before the least recently used are dropped. */
const CACHE_LIMIT = 2_000_000;

export function clearFactsCache(): void {
  cache.clear();
  cachedSize = 0;
}

async function factsOf(db: Reader, dataset: { id: number; editVersion: number; title: string; columns: DatasetColumn[] }): Promise<Fact[]> {
  const key = `${dataset.id}:${dataset.editVersion}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.facts;
  }
  // One aggregated value instead of 10,000 rows: about 3x faster to read on PGlite (measured:
  // 110 ms → 35–45 ms for 10,000 rows); as json text (json_agg, parsed here) rather than jsonb,
  // 25 → 15 ms. Row numbers are 1..N by construction (lib/datasets/store.ts).
  const result = await db.execute(
    sql`SELECT coalesce(json_agg(${datasetRows.cells} ORDER BY ${datasetRows.rowNumber}), '[]'::json)::text AS rows FROM ${datasetRows} WHERE ${datasetRows.datasetId} = ${dataset.id}`,
  );
  const raw = rowsOf<{ rows: string[][] | string }>(result)[0]?.rows ?? [];
  const rows: string[][] = typeof raw === "string" ? (JSON.parse(raw) as string[][]) : raw;
  const read = factsReader(dataset.columns, dataset.title);
  const facts: Fact[] = [];
  for (let index = 0; index < rows.length; index++) for (const fact of read(rows[index] ?? [], index + 1)) facts.push(fact);
  cache.set(key, { facts, size: facts.length });
  cachedSize += facts.length;
  for (const [oldKey, old] of cache) {
    if (cachedSize <= CACHE_LIMIT || oldKey === key) break;
    cache.delete(oldKey);
    cachedSize -= old.size;
  }
  return facts;
}

export interface ClaimForSuggestions extends SuggestClaim {
  id: number;
}

export async function loadClaimForSuggestions(db: Reader, claimId: number): Promise<ClaimForSuggestions | null> {
  const [row] = await db
    .select({
      id: claims.id,
      text: claims.text,
      value: claims.value,
      unit: claims.unit,
      subject: claims.subject,
      timeScope: claims.timeScope,
      sentence: claims.sentenceText,
      speaker: claims.speaker,
      bound: claims.bound,
      direction: claims.direction,
    })
    .from(claims)
    .where(eq(claims.id, claimId));
  return row ?? null;
}

/** The live, newest versions of the datasets that best match the claim's words, best first. */
export async function candidateDatasets(db: Reader, claim: SuggestClaim) {
  const subjectWords = [...new Set(words(claim.subject))].slice(0, 12);
  const sentenceWords = [...new Set(words(`${claim.sentence} ${claim.speaker ?? ""}`))].slice(0, 30);
  if (subjectWords.length === 0 && sentenceWords.length === 0) return [];
  const subjectQuery = subjectWords.join(" | ") || sentenceWords.join(" | ");
  const sentenceQuery = sentenceWords.join(" | ") || subjectQuery;
  // Full-text search only (GIN on datasets.search): a trigram similarity against the whole
  // search text costs milliseconds per dataset, which 100 datasets cannot afford per request.
  const result = await db.execute(sql`
    SELECT d.id, d.title, d.publisher, d.columns, d.edit_version AS "editVersion",
      2 * ts_rank(d.search, to_tsquery('english', ${subjectQuery})) + ts_rank(d.search, to_tsquery('english', ${sentenceQuery})) AS rank
    FROM datasets d
    WHERE d.deleted_at IS NULL
      AND d.search @@ to_tsquery('english', ${sentenceQuery})
      AND NOT EXISTS (SELECT 1 FROM datasets n WHERE n.previous_version_id = d.id AND n.deleted_at IS NULL)
    ORDER BY rank DESC, d.id DESC
    LIMIT ${DATASETS_PER_CLAIM}
  `);
  return rowsOf<{ id: number; title: string; publisher: string | null; columns: DatasetColumn[]; editVersion: number }>(result);
}

export interface SuggestionView extends Candidate {
  decision: "accepted" | "rejected" | null;
}

/** Candidates for a claim, best first, each with what the newsroom decided about it. Rejected ones go last. */
export async function suggestionsForClaim(
  db: Reader,
  claimId: number,
  options: { limit?: number; datasetId?: number } = {},
): Promise<SuggestionView[]> {
  const claim = await loadClaimForSuggestions(db, claimId);
  if (!claim || claim.value === null) return [];
  let found = await candidateDatasets(db, claim);
  if (options.datasetId !== undefined) found = found.filter((d) => d.id === options.datasetId);
  if (found.length === 0) return [];
  const loaded = await Promise.all(
    found.map(async (d) => ({ id: d.id, title: d.title, publisher: d.publisher, facts: await factsOf(db, d) })),
  );
  const ranked = suggest(claim, loaded, { limit: options.limit ?? 8 });
  const decisions = await db
    .select({
      datasetId: dataSuggestionDecisions.datasetId,
      key: dataSuggestionDecisions.candidateKey,
      decision: dataSuggestionDecisions.decision,
    })
    .from(dataSuggestionDecisions)
    .where(
      and(
        eq(dataSuggestionDecisions.claimId, claimId),
        inArray(
          dataSuggestionDecisions.datasetId,
          found.map((d) => d.id),
        ),
      ),
    );
  const decided = new Map(decisions.map((d) => [`${d.datasetId}:${d.key}`, d.decision]));
  const views = ranked.map((c) => ({ ...c, decision: decided.get(`${c.datasetId}:${c.key}`) ?? null }));
  return [...views.filter((v) => v.decision !== "rejected"), ...views.filter((v) => v.decision === "rejected")];
}

/** The one candidate with this key, recomputed on the server (a form's value is never trusted). */
export async function findCandidate(db: Reader, claimId: number, datasetId: number, key: string): Promise<Candidate | null> {
  const all = await suggestionsForClaim(db, claimId, { limit: 50, datasetId });
  return all.find((c) => c.datasetId === datasetId && c.key === key) ?? null;
}

/**
 * Stores (or clears) the badge of each claim: its best suggestion when strong and not rejected.
 * Run after a release or a dataset is added; a badge is a hint, never a verdict.
 */
export async function refreshDataMatches(db: Db, claimIds: readonly number[]): Promise<number> {
  let stored = 0;
  for (const claimId of claimIds) {
    const [best] = (await suggestionsForClaim(db, claimId, { limit: 3 })).filter((s) => s.decision !== "rejected");
    if (best && best.score >= STRONG_SCORE) {
      const values = {
        claimId,
        datasetId: best.datasetId,
        candidateKey: best.key,
        description: `${best.description} (${best.datasetTitle})`,
        value: best.value,
        agrees: best.agreement.agrees,
        relative: best.agreement.relative,
        sentence: best.agreement.sentence,
      };
      await db
        .insert(claimDataMatches)
        .values(values)
        .onConflictDoUpdate({ target: claimDataMatches.claimId, set: { ...values, computedAt: sql`now()` } });
      stored++;
    } else {
      await db.delete(claimDataMatches).where(eq(claimDataMatches.claimId, claimId));
    }
  }
  return stored;
}

/**
 * Claims whose subject resembles a dataset (trigram word similarity), and the claims it badges now:
 * those whose badges follow it when it is added, edited or deleted. At most `limit`.
 */
export async function claimsMatchingDataset(db: Db, datasetId: number, limit = 2_000): Promise<number[]> {
  const result = await db.execute(sql`
    SELECT id FROM (
      SELECT c.id FROM claims c, datasets d
      WHERE d.id = ${datasetId} AND c.value IS NOT NULL AND NOT c.not_a_claim
        AND c.subject <% d.search_text
      UNION
      SELECT m.claim_id AS id FROM claim_data_matches m WHERE m.dataset_id = ${datasetId}
    ) matching
    ORDER BY id DESC LIMIT ${limit}
  `);
  return rowsOf<{ id: number }>(result).map((r) => r.id);
}

export async function liveDataset(db: Reader, id: number) {
  const [row] = await db
    .select()
    .from(datasets)
    .where(and(eq(datasets.id, id), isNull(datasets.deletedAt)));
  return row;
}

/** Whether any live dataset exists: without one there is no badge to compute (a bulk import pays one query). */
async function anyLiveDataset(db: Reader): Promise<boolean> {
  const result = await db.execute(sql`SELECT EXISTS (SELECT 1 FROM datasets WHERE deleted_at IS NULL) AS any`);
  return Boolean(rowsOf<{ any: boolean }>(result)[0]?.any);
}

export interface BadgeRefresh {
  /** Claims looked at. */
  claims: number;
  /** Badges stored (the others were cleared). */
  badges: number;
}

/**
 * THE way badges follow claims that were created or re-extracted: the web's Add release and
 * manual claim, `claims import` and `claims reextract` all call this with the sources they wrote.
 * Errors are logged and reported as null: a badge is a hint, and never fails the write before it.
 */
export async function refreshDataMatchesForSources(db: Db, sourceIds: readonly number[]): Promise<BadgeRefresh | null> {
  try {
    if (sourceIds.length === 0 || !(await anyLiveDataset(db))) return { claims: 0, badges: 0 };
    const claimIds: number[] = [];
    for (let i = 0; i < sourceIds.length; i += 1_000) {
      const rows = await db
        .select({ id: claims.id })
        .from(claims)
        .where(inArray(claims.sourceId, sourceIds.slice(i, i + 1_000)));
      claimIds.push(...rows.map((r) => r.id));
    }
    return { claims: claimIds.length, badges: await refreshDataMatches(db, claimIds) };
  } catch (error) {
    console.error("data badges not refreshed", error);
    return null;
  }
}

/**
 * THE way badges follow a dataset that was added (upload, web address, a release's table, `claims
 * import-data`), edited or deleted: the claims whose subject resembles it or that it badges (at
 * most `limit`). Errors as above.
 */
export async function refreshDataMatchesForDataset(db: Db, datasetId: number, limit = 500): Promise<BadgeRefresh | null> {
  try {
    const claimIds = await claimsMatchingDataset(db, datasetId, limit);
    return { claims: claimIds.length, badges: await refreshDataMatches(db, claimIds) };
  } catch (error) {
    console.error("data badges not refreshed", error);
    return null;
  }
}
