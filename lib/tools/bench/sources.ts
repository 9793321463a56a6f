/**
 * The import benchmark (`npm run bench -- import`):
 *
 *   1. imports the 10,000 generated releases of lib/tools/bench/corpus.ts (about 30 MB) through
 *      importDocuments, in batches, into a fresh database: PGlite in a folder under .cache/bench,
 *      and PostgreSQL (a database created on BENCH_DATABASE_URL or TEST_DATABASE_URL's server and
 *      dropped afterwards) — releases per second, claims, peak RSS and heap;
 *   2. tops the database up to 500,000 claims (copies of the imported sources and claims, with a
 *      spread of statuses and published verdicts, written by SQL), then VACUUM ANALYZE;
 *   3. times the queries the claim list runs (lib/claims/queries.ts listClaims, listFilterOptions), the
 *      source list's (lib/sources/queries.ts listSources, countSources) and the "Also stated in"
 *      lookup: p50 / p95 / p99 over repeated runs.
 *
 * Each database runs in its own child process, so peak memory is that database's alone. Results go
 * to .cache/bench/import-<backend>.json and a table on stdout. Options:
 *   --backend=pglite|postgres   one database only (default: both; postgres only when a URL is set)
 *   --releases=N                how many releases (default 10,000)
 *   --claims=N                  top up to N claims (default 500,000; 0 skips the top-up and queries)
 *   --batch=N                   releases per importDocuments call (default 250)
 *   --runs=N                    timed runs per query (default 40)
 *   --http=PORT                 PostgreSQL only: also start the production build (`next start`,
 *                               so run `next build` first, under the worktree's build lock) on the
 *                               bench database and time GET /, /?q=… and /sources over HTTP
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { type Db, type DbHandle, openPglite, openPostgres, rowsOf, setDbForTesting } from "@/db/client";
import { BENCH_RELEASES, benchReleases } from "./corpus";
import { importDocuments } from "@/lib/sources/import";
import { topUp } from "./fill";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const outDir = path.join(root, ".cache", "bench");

type Backend = "pglite" | "postgres";

interface Options {
  backend?: Backend;
  http?: number;
  releases: number;
  claims: number;
  batch: number;
  runs: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { releases: BENCH_RELEASES, claims: 500_000, batch: 250, runs: 40 };
  for (const arg of argv) {
    const match = /^--(backend|releases|claims|batch|runs|http)=(.+)$/.exec(arg);
    if (!match) throw new Error(`unknown option ${arg}; see the comment at the top of lib/tools/bench/sources.ts`);
    const [, name, value = ""] = match;
    if (name === "backend") {
      if (value !== "pglite" && value !== "postgres") throw new Error("--backend is pglite or postgres");
      options.backend = value;
      continue;
    }
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number`);
    options[name as "releases" | "claims" | "batch" | "runs" | "http"] = n;
  }
  if (options.batch < 1) throw new Error("--batch must be at least 1");
  return options;
}

function postgresUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

// ---------------------------------------------------------------------------------------------
// Memory

class MemoryPeak {
  rss = 0;
  heap = 0;
  private timer: NodeJS.Timeout;
  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 25);
    this.timer.unref();
  }
  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heap = Math.max(this.heap, usage.heapUsed);
  }
  stop(): { rssMB: number; heapMB: number } {
    clearInterval(this.timer);
    this.sample();
    return { rssMB: this.rss / 2 ** 20, heapMB: this.heap / 2 ** 20 };
  }
}

// ---------------------------------------------------------------------------------------------
// Databases

interface BenchDatabase {
  handle: DbHandle;
  /** PostgreSQL only: the URL of the bench database, for the HTTP phase. */
  url?: string;
  describe: string;
  cleanup(): Promise<void>;
}

async function freshPglite(): Promise<BenchDatabase> {
  const dir = path.join(outDir, `pglite-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const handle = await openPglite({ dir });
  return {
    handle,
    describe: `PGlite at ${path.relative(root, dir)}`,
    async cleanup() {
      await handle.close().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freshPostgres(url: string): Promise<BenchDatabase> {
  const name = `claimdesk_bench_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString());
  return {
    handle,
    url: target.toString(),
    describe: `PostgreSQL database ${name} on ${target.host}`,
    async cleanup() {
      await handle.close().catch(() => {});
      const dropper = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

async function scalar(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: number | string | null }>(await db.execute(query));
  return Number(row?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// 1. Import

interface ImportResult {
  releases: number;
  seconds: number;
  releasesPerSecond: number;
  megabytes: number;
  created: number;
  newVersions: number;
  unchanged: number;
  claims: number;
  peak: { rssMB: number; heapMB: number };
  /** CPU seconds this process spent importing (PGlite: all of it; PostgreSQL: the client's share). */
  cpuSeconds: number;
  /** The machine's 1-minute load average when the import finished (2 cores shared with others). */
  loadAverage: number;
}

async function importCorpus(db: Db, options: Options): Promise<ImportResult> {
  const memory = new MemoryPeak();
  const counts = { created: 0, new_version: 0, unchanged: 0 };
  let bytes = 0;
  let seconds = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let cpuGenerating = 0;
  for (let from = 0; from < options.releases; from += options.batch) {
    const to = Math.min(options.releases, from + options.batch);
    const generating = process.cpuUsage();
    const docs = benchReleases(from, to);
    for (const doc of docs) bytes += Buffer.byteLength(doc.text);
    const generated = process.cpuUsage(generating);
    cpuGenerating += (generated.user + generated.system) / 1e6;
    const t0 = performance.now();
    const outcomes = await importDocuments(db, docs);
    seconds += (performance.now() - t0) / 1000;
    for (const outcome of outcomes) counts[outcome.kind] += 1;
    memory.sample();
    const done = to / options.releases;
    const elapsed = (performance.now() - started) / 1000;
    process.stdout.write(
      `\r  importing ${to}/${options.releases} (${(done * 100).toFixed(0)}%), ${(to / elapsed).toFixed(0)} releases/s   `,
    );
  }
  process.stdout.write("\n");
  const cpu = process.cpuUsage(cpuBefore);
  const claims = await scalar(db, sql`select count(*)::int as n from claims`);
  return {
    cpuSeconds: (cpu.user + cpu.system) / 1e6 - cpuGenerating,
    loadAverage: os.loadavg()[0] ?? 0,
    releases: options.releases,
    seconds,
    releasesPerSecond: options.releases / seconds,
    megabytes: bytes / 2 ** 20,
    created: counts.created,
    newVersions: counts.new_version,
    unchanged: counts.unchanged,
    claims,
    peak: memory.stop(),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Top up to N claims: lib/tools/bench/fill.ts (shared with `npm run bench -- pages`)

// ---------------------------------------------------------------------------------------------
// 3. Queries

interface Timing {
  name: string;
  rows: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

async function time(name: string, runs: number, fn: () => Promise<number>): Promise<Timing> {
  let rows = 0;
  for (let i = 0; i < 3; i++) rows = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    rows = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, rows, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

async function queries(db: Db, runs: number): Promise<Timing[]> {
  // the read queries read the database through getDb(); point it at the bench database.
  setDbForTesting(db);
  const { listClaims } = await import("@/lib/claims/queries");
  const { encodeClaimCursor, encodeSourceCursor } = await import("@/lib/core/cursor");
  const { countSources, listFilterOptions, listSources } = await import("@/lib/sources/queries");
  const { listRelatedClaims } = await import("@/lib/claims/related");
  const limit = 20; // lib/claims/list-query.ts DEFAULT_PAGE_SIZE

  const total = await scalar(db, sql`select count(*)::int as n from claims where not not_a_claim`);
  const [deep] = rowsOf<{ checkworthiness: number; id: number }>(
    await db.execute(sql`select checkworthiness, id from claims where not not_a_claim
      order by checkworthiness desc, id desc offset ${Math.floor(total / 2)} limit 1`),
  );
  const deepCursor = deep ? encodeClaimCursor({ checkworthiness: Number(deep.checkworthiness), id: Number(deep.id) }) : undefined;
  const [busySource] = rowsOf<{ id: number }>(
    await db.execute(sql`select source_id as id from claims group by source_id order by count(*) desc, source_id limit 1`),
  );
  const [shared] = rowsOf<{ id: number }>(
    await db.execute(sql`select id from claims where subject = 'known gotaways' order by id limit 1`),
  );
  const [plain] = rowsOf<{ id: number }>(
    await db.execute(sql`select id from claims where unit = 'percent' order by id limit 1 offset 1000`),
  );

  // The source list (/sources): 50 a page, newest first; cursors in the middle and before the last page.
  const sourceIds = rowsOf<{ id: number }>(await db.execute(sql`select id from sources order by id desc`)).map((row) => Number(row.id));
  const middleSource = encodeSourceCursor({ id: sourceIds[Math.floor(sourceIds.length / 2)] ?? 1 });
  const lastSources = encodeSourceCursor({ id: sourceIds.at(-20) ?? 1 });
  const sourcePage = (input: Parameters<typeof listSources>[0]) => async () => (await listSources(input)).sources.length;

  const list = (filters: Parameters<typeof listClaims>[0]) => async () => (await listClaims(filters)).claims.length;
  const viewer = { id: 1, role: "reviewer" as const };
  const plan: [string, () => Promise<number>][] = [
    ["list: first page", list({ limit })],
    ["list: deep keyset page (middle)", list({ limit, cursor: deepCursor })],
    ["list: status = published", list({ limit, status: "published" })],
    ["list: status = in_review", list({ limit, status: "in_review" })],
    ["list: unit = money", list({ limit, unit: "money" })],
    ["list: unit = ratio, deep page", list({ limit, unit: "ratio", cursor: deepCursor })],
    ["list: one source", list({ limit, sourceId: busySource?.id })],
    ['search: common word ("percent")', list({ limit, q: "percent" })],
    ["search: common word, status filter", list({ limit, q: "spending", status: "ready" })],
    ['search: rare word ("gotaways")', list({ limit, q: "gotaways" })],
    ['search: phrase ("vehicle thefts")', list({ limit, q: '"vehicle thefts"' })],
    ['search: no match ("zeppelin")', list({ limit, q: "zeppelin" })],
    ["list page: source menu (most recent)", async () => (await listFilterOptions()).sources.length],
    ["sources: first page", sourcePage({})],
    ["sources: deep keyset page (middle)", sourcePage({ cursor: middleSource })],
    ["sources: last page", sourcePage({ cursor: lastSources })],
    ['sources: search, a place ("Sable Bay", 1 in 12)', sourcePage({ q: "Sable Bay" })],
    ['sources: search, lower case ("treasury", 1 in 15)', sourcePage({ q: "treasury" })],
    ['sources: search, no match ("zeppelin")', sourcePage({ q: "zeppelin" })],
    ["sources: count all", async () => countSources()],
    ['sources: count, search ("treasury")', async () => countSources({ q: "treasury" })],
    ["also stated in: shared statistic", async () => (await listRelatedClaims({ claimId: shared?.id ?? 1, viewer })).claims.length],
    ["also stated in: a percentage", async () => (await listRelatedClaims({ claimId: plain?.id ?? 1, viewer: null })).claims.length],
  ];
  const timings: Timing[] = [];
  for (const [name, fn] of plan) {
    timings.push(await time(name, runs, fn));
    process.stdout.write(`\r  timed ${timings.length}/${plan.length} queries   `);
  }
  process.stdout.write("\n");
  setDbForTesting(null);
  return timings;
}

// ---------------------------------------------------------------------------------------------
// 4. Over HTTP: the production server on the bench database

async function waitForServer(url: string, server: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function httpTimings(databaseUrl: string, port: number, runs: number): Promise<Timing[]> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: "claimdesk-bench-only-secret-0123456789abcdef",
        NEXTAUTH_URL: base,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  try {
    await waitForServer(`${base}/api/health`, server, 120);
    const get = (pathAndQuery: string) => async () => {
      const response = await fetch(`${base}${pathAndQuery}`);
      const body = await response.text();
      if (!response.ok) throw new Error(`GET ${pathAndQuery}: ${response.status}`);
      return Math.round(body.length / 1024);
    };
    const plan: [string, string][] = [
      ["HTTP GET / (KB of HTML in rows)", "/"],
      ["HTTP GET /?status=published", "/?status=published"],
      ["HTTP GET /?q=percent", "/?q=percent"],
      ["HTTP GET /?q=gotaways", "/?q=gotaways"],
      ["HTTP GET /sources", "/sources"],
      ["HTTP GET /sources?q=treasury", "/sources?q=treasury"],
    ];
    const timings: Timing[] = [];
    for (const [name, url] of plan) timings.push(await time(name, runs, get(url)));
    return timings;
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
  }
}

// ---------------------------------------------------------------------------------------------
// One database (child process) and the report (parent)

interface BackendReport {
  backend: Backend;
  database: string;
  import: ImportResult;
  topUp: { claims: number; sources: number; seconds: number } | null;
  queries: Timing[];
  targets: { releasesPerSecond: number; p95Ms: number };
}

// PGlite: issue 11 asks import to keep >= 150 releases/s with the tagger in the engine.
const TARGETS: Record<Backend, number> = { pglite: 150, postgres: 200 };
const P95_TARGET_MS = 150;

async function runBackend(backend: Backend, options: Options): Promise<BackendReport> {
  const url = postgresUrl();
  if (backend === "postgres" && !url) throw new Error("set BENCH_DATABASE_URL or TEST_DATABASE_URL to bench PostgreSQL");
  fs.mkdirSync(outDir, { recursive: true });
  const database = backend === "pglite" ? await freshPglite() : await freshPostgres(url ?? "");
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    void database.cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    console.log(`${backend}: ${database.describe}`);
    await database.handle.migrate();
    const imported = await importCorpus(database.handle.db, options);
    const toppedUp = options.claims > 0 ? await topUp(database.handle.db, options.claims) : null;
    const timings = options.claims > 0 ? await queries(database.handle.db, options.runs) : [];
    if (options.http && database.url) timings.push(...(await httpTimings(database.url, options.http, Math.min(options.runs, 20))));
    return {
      backend,
      database: database.describe,
      import: imported,
      topUp: toppedUp,
      queries: timings,
      targets: { releasesPerSecond: TARGETS[backend], p95Ms: P95_TARGET_MS },
    };
  } finally {
    await database.cleanup();
  }
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : "     –");

function printReport(reports: BackendReport[]): void {
  console.log("\nImport of generated releases (lib/tools/bench/corpus.ts) through importDocuments");
  console.log("  database   releases   MB    seconds  releases/s  target        claims  versions  peak RSS  peak heap  CPU s  load");
  for (const r of reports) {
    const i = r.import;
    const ok = i.releasesPerSecond >= r.targets.releasesPerSecond ? "ok" : "MISSED";
    console.log(
      `  ${r.backend.padEnd(9)}  ${String(i.releases).padStart(8)}  ${i.megabytes.toFixed(1).padStart(5)}  ${i.seconds.toFixed(1).padStart(7)}  ${i.releasesPerSecond.toFixed(0).padStart(10)}  >=${r.targets.releasesPerSecond} ${ok.padEnd(6)} ${String(i.claims).padStart(7)}  ${String(i.newVersions).padStart(8)}  ${i.peak.rssMB.toFixed(0).padStart(5)} MB  ${i.peak.heapMB.toFixed(0).padStart(6)} MB  ${i.cpuSeconds.toFixed(0).padStart(5)}  ${i.loadAverage.toFixed(1)}`,
    );
  }
  for (const r of reports) {
    if (!r.topUp) continue;
    console.log(
      `\n${r.backend}: ${r.topUp.claims.toLocaleString("en-US")} claims in ${r.topUp.sources.toLocaleString("en-US")} sources (top-up ${r.topUp.seconds.toFixed(0)} s); milliseconds over ${r.queries.length ? "repeated" : "no"} runs, target p95 < ${r.targets.p95Ms} ms`,
    );
    console.log(`  ${"query".padEnd(42)}  rows     p50      p95      p99`);
    for (const q of r.queries) {
      const flag = q.p95 < r.targets.p95Ms ? "" : "  MISSED";
      console.log(`  ${q.name.padEnd(42)} ${String(q.rows).padStart(5)} ${ms(q.p50)}  ${ms(q.p95)}  ${ms(q.p99)}${flag}`);
    }
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.backend) {
    const report = await runBackend(options.backend, options);
    fs.writeFileSync(path.join(outDir, `import-${options.backend}.json`), `${JSON.stringify(report, null, 2)}\n`);
    if (!process.env.CLAIMDESK_BENCH_CHILD) printReport([report]);
    return;
  }
  const backends: Backend[] = postgresUrl() ? ["pglite", "postgres"] : ["pglite"];
  if (!postgresUrl()) console.log("PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.");
  const reports: BackendReport[] = [];
  for (const backend of backends) {
    const file = path.join(outDir, `import-${backend}.json`);
    fs.rmSync(file, { force: true });
    // A child per database: its peak memory is its own, and a crash leaves the other intact.
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), `--backend=${backend}`, ...process.argv.slice(2)],
      { stdio: "inherit", cwd: root, env: { ...process.env, CLAIMDESK_BENCH_CHILD: "1" } },
    );
    if (child.status !== 0 || !fs.existsSync(file)) {
      console.error(`${backend}: the benchmark failed (exit ${child.status ?? child.signal})`);
      process.exitCode = 1;
      continue;
    }
    reports.push(JSON.parse(fs.readFileSync(file, "utf8")) as BackendReport);
  }
  printReport(reports);
  console.log(`\nReports: ${backends.map((b) => path.relative(root, path.join(outDir, `import-${b}.json`))).join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
