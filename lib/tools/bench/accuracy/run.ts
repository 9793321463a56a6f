/**
 * The suggestions benchmark, through the path a newsroom uses: the tables are imported as datasets
 * (lib/datasets/store.ts: the upload's parser, column inference and transaction), the claims'
 * sentences are imported as one release (the engine extracts them, as for any release), the badges
 * are computed by refreshDataMatchesForSources (what Add release runs), and each claim's list is
 * what the claim page's "Check against data" shows (suggestionsForClaim: PostgreSQL's full-text
 * search picks the datasets, lib/datasets/suggest.ts ranks their candidates). Nothing here looks at
 * the annotation before the answers are in.
 *
 *   npm run bench -- accuracy [--verbose] [--backend=pglite|postgres]
 *   (or npx tsx lib/tools/bench/accuracy/run.ts)
 *
 * Reported: top-1 / top-3 (the annotated computation first / among the first three shown), and the
 * badges: the share of wrong-on-purpose claims whose badge says "differs" (and, stricter, says so
 * about the annotated computation), and the share of right claims whose badge says "differs".
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimDataMatches, claims, datasets } from "@/db/schema";
import { importDocument } from "@/lib/sources/import";
import { importDataset } from "@/lib/datasets/store";
import type { Candidate } from "@/lib/datasets/suggest";
import { clearFactsCache, refreshDataMatchesForSources, suggestionsForClaim } from "@/lib/datasets/suggestions";
import { BENCHMARK_CLAIMS, type BenchmarkClaim, HELD_OUT_CLAIMS, LATER_CLAIMS } from "./claims";
import { BENCHMARK_DATASETS } from "./datasets";

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

/** Whether a shown candidate is the computation the annotation names (compared only after ranking). */
export function matchesExpectation(candidate: Candidate, claim: BenchmarkClaim, datasetId: number): boolean {
  const { spec } = candidate;
  const e = claim.expect;
  if (candidate.datasetId !== datasetId || spec.kind !== e.kind) return false;
  if (e.category && !(spec.category ?? "").toLowerCase().includes(e.category.toLowerCase())) return false;
  if (e.measure && !spec.measure.toLowerCase().startsWith(e.measure.toLowerCase())) return false;
  if (e.period && spec.period !== e.period) return false;
  if (e.from && spec.fromPeriod !== e.from) return false;
  return true;
}

export interface ClaimResult {
  claim: BenchmarkClaim;
  /** 1-based rank of the annotated computation among the candidates shown, null when absent. */
  rank: number | null;
  top: Candidate[];
  extracted: boolean;
  /** The stored badge, if the claim got one. */
  badge: { agrees: boolean; key: string; datasetId: number } | null;
  /** Whether the badge is about the annotated computation. */
  badgeOnTarget: boolean;
}

export interface BenchmarkReport {
  claims: number;
  wrongClaims: number;
  top1: number;
  top3: number;
  /** Wrong claims whose badge says "differs". */
  wrongFlagged: number;
  /** Wrong claims whose badge says "differs" about the annotated computation. */
  wrongFlaggedOnTarget: number;
  /** Right claims whose badge says "differs" (false alarms). */
  rightFlagged: number;
  /** Claims with any badge. */
  badged: number;
  /** Wrong claims whose first suggestion on the claim page says "differs" (badge or not). */
  wrongFirstDiffers: number;
  /** Right claims whose first suggestion says "differs". */
  rightFirstDiffers: number;
  notExtracted: string[];
  results: ClaimResult[];
}

/** Imports the benchmark's tables into `db`; returns the dataset id of each file. */
export async function importBenchmarkDatasets(db: Db): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const d of BENCHMARK_DATASETS) {
    const outcome = await importDataset(db, {
      source: createReadStream(path.join(DATA_DIR, d.file)),
      filename: d.file,
      // No URL: two tables from one release page would be read as two versions of one dataset.
      details: { title: d.title, publisher: d.publisher, licence: d.licence },
      actorId: null,
    });
    ids.set(d.file, outcome.datasetId);
  }
  return ids;
}

/**
 * Runs the benchmark on a migrated, empty-of-datasets database. `claims` are imported as one
 * release; the tables must be imported first (importBenchmarkDatasets), as a newsroom would.
 */
let releases = 0;

export async function runBenchmark(db: Db, datasetIds: Map<string, number>, list: readonly BenchmarkClaim[]): Promise<BenchmarkReport> {
  clearFactsCache();
  const release = await importDocument(db, {
    text: `Benchmark claims, release ${++releases} of ${process.pid}\n\n${list.map((c) => c.sentence).join("\n\n")}`,
    title: `Benchmark claims (${list.length})`,
  });
  await refreshDataMatchesForSources(db, [release.sourceId]);
  const stored = await db
    .select({ id: claims.id, text: claims.text, sentence: claims.sentenceText })
    .from(claims)
    .where(eq(claims.sourceId, release.sourceId));
  const badges = await db
    .select({
      claimId: claimDataMatches.claimId,
      agrees: claimDataMatches.agrees,
      key: claimDataMatches.candidateKey,
      datasetId: claimDataMatches.datasetId,
    })
    .from(claimDataMatches)
    .where(inArray(claimDataMatches.claimId, stored.length > 0 ? stored.map((s) => s.id) : [-1]));
  const badgeOf = new Map(badges.map((b) => [b.claimId, b]));
  const results: ClaimResult[] = [];
  for (const claim of list) {
    const row = stored.find((s) => s.sentence.trim() === claim.sentence.trim() && s.text.includes(claim.figure));
    if (!row) {
      results.push({ claim, rank: null, top: [], extracted: false, badge: null, badgeOnTarget: false });
      continue;
    }
    const top = await suggestionsForClaim(db, row.id, { limit: 6 });
    const index = top.findIndex((c) => matchesExpectation(c, claim, datasetIds.get(claim.file) ?? -1));
    const badge = badgeOf.get(row.id);
    const expected = index >= 0 ? top[index] : undefined;
    results.push({
      claim,
      rank: index >= 0 ? index + 1 : null,
      top,
      extracted: true,
      badge: badge ? { agrees: badge.agrees, key: badge.key, datasetId: badge.datasetId } : null,
      badgeOnTarget: badge !== undefined && expected !== undefined && expected.key === badge.key && expected.datasetId === badge.datasetId,
    });
  }
  return summarize(results);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

export function formatReport(report: BenchmarkReport, name: string): string {
  return [
    `${name}: ${report.claims} claims (${report.wrongClaims} wrong on purpose) against ${BENCHMARK_DATASETS.length} tables`,
    `  top-1 accuracy                          ${pct(report.top1)}   (target >= 65%)`,
    `  top-3 accuracy                          ${pct(report.top3)}   (target >= 85%)`,
    `  wrong claims whose badge says differs   ${pct(report.wrongFlagged)}   (target >= 90%)`,
    `    … about the annotated computation     ${pct(report.wrongFlaggedOnTarget)}`,
    `  right claims whose badge says differs   ${pct(report.rightFlagged)}   (target <= 5%)`,
    `  claims with a badge at all              ${pct(report.badged)}`,
    `  first suggestion shown says differs: wrong claims ${pct(report.wrongFirstDiffers)}, right claims ${pct(report.rightFirstDiffers)}`,
    ...(report.notExtracted.length > 0 ? [`  not extracted: ${report.notExtracted.join(", ")}`] : []),
  ].join("\n");
}

async function main() {
  const { values } = parseArgs({
    options: { verbose: { type: "boolean", default: false }, backend: { type: "string", default: "pglite" } },
  });
  const { openPglite } = await import("@/db/client");
  let handle;
  let drop: () => Promise<void> = async () => {};
  if (values.backend === "postgres") {
    const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("Set BENCH_DATABASE_URL or TEST_DATABASE_URL for --backend=postgres.");
    const { scratchPostgres } = await import("@/db/testing/scratch-postgres");
    const scratch = await scratchPostgres(url, "accuracy");
    handle = scratch.handle;
    drop = scratch.drop;
  } else {
    handle = await openPglite();
  }
  try {
    await handle.migrate();
    const ids = await importBenchmarkDatasets(handle.db);
    // Three releases, as three newsrooms' days: the tuning set, the held-out set, and the report on both.
    const tuning = await runBenchmark(handle.db, ids, BENCHMARK_CLAIMS);
    const heldOut = await runBenchmark(handle.db, ids, HELD_OUT_CLAIMS);
    const later = await runBenchmark(handle.db, ids, LATER_CLAIMS);
    const combined = summarize([...tuning.results, ...heldOut.results, ...later.results]);
    if (values.verbose) {
      for (const r of combined.results) {
        const flaggedRight = r.badge !== null && r.badge.agrees === !r.claim.wrong;
        if (r.rank === 1 && flaggedRight) continue;
        console.log(
          `${r.claim.id} rank=${r.rank} badge=${r.badge ? (r.badge.agrees ? "agrees" : "differs") : "none"}${r.extracted ? "" : " NOT EXTRACTED"} ${r.claim.sentence}`,
        );
        for (const c of r.top.slice(0, 3))
          console.log(`    ${c.score.toFixed(2)} ${c.datasetId} ${c.description} = ${c.value} [${c.agreement.sentence}]`);
      }
    }
    console.log(`Backend: ${handle.backend}`);
    console.log(formatReport(tuning, "Tuning set"));
    console.log(formatReport(heldOut, "Held-out set (tuned on in session 6: the snapshot rule)"));
    console.log(formatReport(later, "Later set (session 6, never tuned on)"));
    console.log(formatReport(combined, "All claims"));
    const alone = await runWithoutOwnTables(handle.db, ids, [...BENCHMARK_CLAIMS, ...HELD_OUT_CLAIMS, ...LATER_CLAIMS]);
    console.log(
      `Without their own table (each table deleted in turn, its claims imported again): ${alone.claims} claims\n` +
        `  badge at all ${pct(alone.badged / alone.claims)};  badge says differs (a false alarm) ${pct(alone.differs / alone.claims)}`,
    );
  } finally {
    await handle.close();
    await drop();
  }
}

/**
 * Each table's claims while that table is deleted: a newsroom's usual case, a claim no stored
 * dataset covers. Any "differs" badge then is a false alarm about some other table.
 */
export async function runWithoutOwnTables(
  db: Db,
  datasetIds: Map<string, number>,
  list: readonly BenchmarkClaim[],
): Promise<{ claims: number; badged: number; differs: number }> {
  let badged = 0;
  let differsCount = 0;
  for (const [file, id] of datasetIds) {
    const own = list.filter((c) => c.file === file);
    if (own.length === 0) continue;
    await db.update(datasets).set({ deletedAt: new Date() }).where(eq(datasets.id, id));
    try {
      const report = await runBenchmark(db, datasetIds, own);
      badged += report.results.filter((r) => r.badge !== null).length;
      differsCount += report.results.filter((r) => r.badge !== null && !r.badge.agrees).length;
    } finally {
      await db.update(datasets).set({ deletedAt: null }).where(eq(datasets.id, id));
    }
  }
  return { claims: list.length, badged, differs: differsCount };
}

/** The report of results gathered over several runs. */
export function summarize(results: ClaimResult[]): BenchmarkReport {
  const wrong = results.filter((r) => r.claim.wrong);
  const right = results.filter((r) => !r.claim.wrong);
  const share = (part: number, whole: number) => part / Math.max(whole, 1);
  const differs = (r: ClaimResult) => r.badge !== null && !r.badge.agrees;
  const firstDiffers = (r: ClaimResult) => r.top[0] !== undefined && !r.top[0].agreement.agrees;
  return {
    claims: results.length,
    wrongClaims: wrong.length,
    top1: share(results.filter((r) => r.rank === 1).length, results.length),
    top3: share(results.filter((r) => r.rank !== null && r.rank <= 3).length, results.length),
    wrongFlagged: share(wrong.filter(differs).length, wrong.length),
    wrongFlaggedOnTarget: share(wrong.filter((r) => differs(r) && r.badgeOnTarget).length, wrong.length),
    rightFlagged: share(right.filter(differs).length, right.length),
    badged: share(results.filter((r) => r.badge !== null).length, results.length),
    wrongFirstDiffers: share(wrong.filter(firstDiffers).length, wrong.length),
    rightFirstDiffers: share(right.filter(firstDiffers).length, right.length),
    notExtracted: results.filter((r) => !r.extracted).map((r) => r.claim.id),
    results,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
