/**
 * Runs the suggestion benchmark: every claim's sentence goes through the extraction engine (as a
 * release would), the figure's claim is ranked against ALL the benchmark's tables together, and
 * the result is compared with the annotation. Plain TypeScript; the tables are read with the same
 * parser and column inference as an upload.
 *
 *   npx tsx lib/datasets/benchmark/run.ts [--verbose]
 */
import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { extractClaims } from "@/lib/claims";
import { addRowToStats, type Fact, factsOfRow, inferColumns, newStats } from "../columns";
import { parseTable } from "../parse";
import { type Candidate, suggest, type SuggestDataset } from "../suggest";
import { BENCHMARK_CLAIMS, type BenchmarkClaim, HELD_OUT_CLAIMS } from "./claims";
import { BENCHMARK_DATASETS } from "./datasets";

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

export async function loadTable(file: string, title: string): Promise<{ facts: Fact[]; header: string[] }> {
  const rows: string[][] = [];
  const parsed = await parseTable(createReadStream(path.join(DATA_DIR, file)), { filename: file }, async (batch) => {
    rows.push(...batch);
  });
  const stats = newStats(parsed.header.length);
  for (const row of rows) addRowToStats(stats, row);
  const columns = inferColumns(parsed.header, stats);
  return { header: parsed.header, facts: rows.flatMap((row, i) => factsOfRow(columns, row, i + 1, title)) };
}

export async function loadBenchmarkDatasets(): Promise<(SuggestDataset & { file: string })[]> {
  return Promise.all(
    BENCHMARK_DATASETS.map(async (d, i) => ({ id: i + 1, file: d.file, title: d.title, publisher: d.publisher, facts: (await loadTable(d.file, d.title)).facts })),
  );
}

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
  rank: number | null;
  top: Candidate[];
  extracted: boolean;
}

export interface BenchmarkReport {
  claims: number;
  wrongClaims: number;
  top1: number;
  top3: number;
  wrongFlagged: number;
  rightFlagged: number;
  results: ClaimResult[];
}

export async function runBenchmark(claims: readonly BenchmarkClaim[] = BENCHMARK_CLAIMS): Promise<BenchmarkReport> {
  const datasets = await loadBenchmarkDatasets();
  const results: ClaimResult[] = [];
  for (const claim of claims) {
    const datasetId = datasets.find((d) => d.file === claim.file)?.id ?? -1;
    const extracted = extractClaims(claim.sentence).claims.find((c) => c.text === claim.figure || c.text.includes(claim.figure));
    if (!extracted) {
      results.push({ claim, rank: null, top: [], extracted: false });
      continue;
    }
    const top = suggest(
      {
        text: extracted.text,
        value: extracted.value,
        unit: extracted.unit,
        subject: extracted.subject,
        timeScope: extracted.timeScope ?? null,
        sentence: claim.sentence.slice(extracted.sentence.start, extracted.sentence.end),
        speaker: extracted.speaker ?? null,
        bound: extracted.bound ?? null,
        direction: extracted.direction ?? null,
      },
      datasets,
      { limit: 10 },
    );
    const index = top.findIndex((c) => matchesExpectation(c, claim, datasetId));
    results.push({ claim, rank: index >= 0 ? index + 1 : null, top, extracted: true });
  }
  const wrong = results.filter((r) => r.claim.wrong);
  const right = results.filter((r) => !r.claim.wrong);
  const flagged = (r: ClaimResult) => r.top[0] !== undefined && !r.top[0].agreement.agrees;
  return {
    claims: results.length,
    wrongClaims: wrong.length,
    top1: results.filter((r) => r.rank === 1).length / results.length,
    top3: results.filter((r) => r.rank !== null && r.rank <= 3).length / results.length,
    wrongFlagged: wrong.filter(flagged).length / Math.max(wrong.length, 1),
    rightFlagged: right.filter(flagged).length / Math.max(right.length, 1),
    results,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(report: BenchmarkReport, name = "Suggestions benchmark"): string {
  return [
    `${name}: ${report.claims} claims (${report.wrongClaims} wrong on purpose) against ${BENCHMARK_DATASETS.length} tables`,
    `  top-1 accuracy            ${pct(report.top1)}   (target >= 65%)`,
    `  top-3 accuracy            ${pct(report.top3)}   (target >= 85%)`,
    `  wrong claims flagged      ${pct(report.wrongFlagged)}   (target >= 90%)`,
    `  right claims flagged      ${pct(report.rightFlagged)}   (target <= 5%)`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const report = await runBenchmark();
  const heldOut = await runBenchmark(HELD_OUT_CLAIMS);
  const all = await runBenchmark([...BENCHMARK_CLAIMS, ...HELD_OUT_CLAIMS]);
  if (process.argv.includes("--verbose")) {
    for (const r of all.results) {
      if (r.rank === 1 && Boolean(r.claim.wrong) === !(r.top[0]?.agreement.agrees ?? false)) continue;
      console.log(`${r.claim.id} rank=${r.rank} ${r.extracted ? "" : "NOT EXTRACTED"} ${r.claim.sentence}`);
      for (const c of r.top.slice(0, 3)) console.log(`    ${c.score.toFixed(2)} ${c.datasetId} ${c.description} = ${c.value} [${c.agreement.sentence}]`);
    }
  }
  console.log(formatReport(report, "Tuning set"));
  console.log(formatReport(heldOut, "Held-out set (never tuned on)"));
  console.log(formatReport(all, "All claims"));
}
