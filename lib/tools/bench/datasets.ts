/**
 * `npm run bench -- data [--datasets=100] [--rows=10000] [--backend=pglite|postgres|both]`:
 * the time to suggest figures for one claim with 100 datasets of 10,000 rows each stored
 * (issue 16: p95 < 300 ms), on PGlite and on PostgreSQL (a database created on
 * BENCH_DATABASE_URL's or TEST_DATABASE_URL's server, dropped afterwards).
 *
 * Each dataset has its own vocabulary (a topic word in its title and its 200 district names),
 * 50 years and a population column, so the search must pick the right one out of 100. 40 claims
 * are timed over three passes: the first is cold (each dataset's rows are read from the database
 * once, then kept per dataset version), the others warm.
 *
 * `--keep`: PGlite's folder (.cache/bench/data-pglite-<datasets>x<rows>) is kept, and a later run
 * with --keep times the stored datasets again without importing them (for profiling).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { type DbHandle, openPglite } from "@/db/client";
import { claims, datasets } from "@/db/schema";
import { importDocument } from "@/lib/sources/import";
import { chunksOf } from "@/lib/datasets/parse";
import { importDataset } from "@/lib/datasets/store";
import { clearFactsCache, suggestionsForClaim } from "@/lib/datasets/suggestions";
import { scratchPostgres } from "@/db/testing/scratch-postgres";

const { values } = parseArgs({
  options: {
    datasets: { type: "string", default: "100" },
    rows: { type: "string", default: "10000" },
    backend: { type: "string", default: "both" },
    keep: { type: "boolean", default: false },
  },
});
const DATASETS = Number(values.datasets);
const ROWS = Number(values.rows);
const YEARS = 50;
const DISTRICTS = Math.max(1, Math.round(ROWS / YEARS));
const CLAIMS = 40;

const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zu", "pe"];
/** A made-up word per dataset ("kalo", "kami", …): its own vocabulary. */
const topic = (k: number) => `${SYLLABLES[k % 10]}${SYLLABLES[Math.floor(k / 10) % 10]}${SYLLABLES[(k * 7) % 10]}ville`;
const cases = (k: number, d: number, y: number) => 1000 + ((k * 7919 + d * 104729 + y * 1299709) % 90000);

function table(k: number): string {
  const lines = ["District,Year,Cases,Population"];
  for (let d = 1; d <= DISTRICTS; d++) {
    for (let y = 0; y < YEARS; y++) lines.push(`${topic(k)} district ${d},${1975 + y},${cases(k, d, y)},${100000 + d * 1000 + y}`);
  }
  return lines.join("\n");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function run(handle: DbHandle, label: string): Promise<void> {
  const { db } = handle;
  await handle.migrate();
  const started = performance.now();
  const stored = (await db.select({ id: datasets.id }).from(datasets)).length;
  if (stored !== 0 && stored !== DATASETS) throw new Error(`${label}: ${stored} datasets stored, expected 0 or ${DATASETS}`);
  for (let k = stored; k < DATASETS; k++) {
    await importDataset(db, {
      source: chunksOf(new TextEncoder().encode(table(k))),
      filename: "t.csv",
      details: { title: `Cases in ${topic(k)} by district and year` },
      actorId: null,
    });
    if ((k + 1) % 10 === 0) process.stderr.write(`${label}: ${k + 1}/${DATASETS} datasets stored\n`);
  }
  const importSeconds = (performance.now() - started) / 1000;
  const sentences: string[] = [];
  for (let c = 0; c < CLAIMS; c++) {
    const k = (c * 37) % DATASETS;
    const d = 1 + ((c * 13) % DISTRICTS);
    const y = (c * 11) % YEARS;
    const value = c % 3 === 0 ? Math.round(cases(k, d, y) * 1.2) : cases(k, d, y);
    sentences.push(`In ${1975 + y}, ${topic(k)} district ${d} recorded ${value.toLocaleString("en-US")} cases.`);
  }
  const source = await importDocument(db, { text: `Bench release\n\n${sentences.join("\n\n")}`, title: "Bench release" });
  // The engine also reads "district 17" as a figure: time the case counts, one per sentence, in order.
  const ids = (
    await db.select({ id: claims.id, text: claims.text }).from(claims).where(eq(claims.sourceId, source.sourceId)).orderBy(claims.start)
  )
    .filter((c) => c.text.includes(","))
    .map((c) => c.id);
  clearFactsCache();
  const passes: number[][] = [];
  const cpu: number[] = [];
  let right = 0;
  for (let pass = 0; pass < 3; pass++) {
    const times: number[] = [];
    for (const [index, id] of ids.entries()) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const found = await suggestionsForClaim(db, id);
      times.push(performance.now() - t0);
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
      if (pass === 0) {
        const k = (index * 37) % DATASETS;
        if (found[0]?.datasetTitle === `Cases in ${topic(k)} by district and year`) right++;
      }
    }
    passes.push(times);
  }
  const all = passes.flat().sort((a, b) => a - b);
  const cold = [...(passes[0] ?? [])].sort((a, b) => a - b);
  const warm = passes
    .slice(1)
    .flat()
    .sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  console.log(
    [
      `${label}: ${DATASETS} datasets × ${(DISTRICTS * YEARS).toLocaleString("en-US")} rows stored in ${importSeconds.toFixed(0)} s; ${ids.length} claims, 3 passes`,
      `  all requests   p50 ${ms(percentile(all, 50))}  p95 ${ms(percentile(all, 95))}  max ${ms(all.at(-1) ?? 0)}`,
      `  first pass     p50 ${ms(percentile(cold, 50))}  p95 ${ms(percentile(cold, 95))}  (each dataset's rows read from the database once)`,
      `  later passes   p50 ${ms(percentile(warm, 50))}  p95 ${ms(percentile(warm, 95))}`,
      // CPU time of this process per request: what the machine's load does not inflate (PGlite runs
      // in this process; PostgreSQL's own CPU is not counted).
      `  CPU time of this process per request: p50 ${ms(percentile(cpuSorted, 50))}  p95 ${ms(percentile(cpuSorted, 95))}; load average ${os.loadavg()[0]?.toFixed(1)}`,
      `  the claim's own dataset ranked first for ${right}/${ids.length} claims`,
    ].join("\n"),
  );
}

const outDir = path.resolve(".cache");
if (values.backend === "pglite" || values.backend === "both") {
  const dir = values.keep
    ? path.join(outDir, "bench", `data-pglite-${DATASETS}x${ROWS}`)
    : path.join(outDir, `bench-data-pglite-${process.pid}`);
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const handle = await openPglite({ dir });
  try {
    await run(handle, "PGlite");
  } finally {
    await handle.close();
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}
const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (values.backend === "postgres" || values.backend === "both") {
  if (!url) console.log("PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.");
  else {
    const scratch = await scratchPostgres(url, "data");
    try {
      await run(scratch.handle, "PostgreSQL");
    } finally {
      await scratch.drop();
    }
  }
}
