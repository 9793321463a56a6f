/**
 * `npm run bench -- pages`: the table of issue 14, measured against the production build (`npm run
 * build` first) with a static file of the same server as the reference.
 *
 * For each database (PGlite in a folder under .cache/bench, PostgreSQL in databases on
 * BENCH_DATABASE_URL or TEST_DATABASE_URL's server) and each size (16 claims: the demo seed plus a
 * release of 5,000 figures; with --scale also ~500,000 claims), it starts `npm start` (lib/auth/start.mjs)
 * on it and drives every row with `--connections` concurrent keep-alive connections (the source
 * page of 5,000 figures with one) for
 * `--seconds` each: requests a second (and as a share of the static file's rate), p50 and p99, the
 * server's CPU time a request (from /proc), and the response size. It also times the first start on
 * an empty folder (PGlite: until `/` answers 200).
 *
 * Databases are filled by lib/tools/bench/fill.ts (a separate process: this file imports nothing
 * of the app) and kept under .cache/bench (PGlite) or as claimdesk_pages_* databases (PostgreSQL)
 * for the next run; `--fresh` makes them again.
 *
 * Options: --backend=pglite|postgres (default: both, PostgreSQL when a URL is set), --scale (add the
 * ~500,000-claim runs: about 4 minutes more the first time on PGlite, filling), --only-scale,
 * --seconds=N (default 5), --connections=N (default 10), --port=N (default E2E_PORT or 3500).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const cacheDir = path.join(root, ".cache", "bench");

type Backend = "pglite" | "postgres";

const options = (() => {
  const args = new Map(
    process.argv.slice(2).map((arg) => {
      const [key = "", value = ""] = arg.replace(/^--/, "").split("=");
      return [key, value] as const;
    }),
  );
  const known = new Set(["backend", "scale", "only-scale", "seconds", "connections", "port", "fresh"]);
  for (const key of args.keys()) if (!known.has(key)) throw new Error(`unknown option --${key}; see lib/tools/bench/pages.ts`);
  const backend = args.get("backend");
  if (backend !== undefined && backend !== "pglite" && backend !== "postgres") throw new Error("--backend is pglite or postgres");
  return {
    backend: backend as Backend | undefined,
    scale: args.has("scale") || args.has("only-scale"),
    small: !args.has("only-scale"),
    fresh: args.has("fresh"),
    seconds: Number(args.get("seconds") ?? 5),
    connections: Number(args.get("connections") ?? 10),
    port: Number(args.get("port") ?? process.env.E2E_PORT ?? 3500),
  };
})();

const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

// ---------------------------------------------------------------------------------------------
// Load

interface Result {
  requests: number;
  rate: number;
  p50: number;
  p99: number;
  cpuMs: number;
  bytes: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** The server's CPU time so far, in milliseconds (utime + stime of /proc/<pid>/stat and its children). */
function cpuOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

function get(agent: http.Agent, url: URL): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { "accept-encoding": "identity" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/**
 * `connections` loops requesting `url` for `seconds` (after one warm-up second); a function gives
 * each request its own address.
 */
async function load(url: string | (() => string), pid: number, connections = options.connections): Promise<Result> {
  const fixed = typeof url === "string" ? new URL(url) : null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times: number[] = [];
  let bytes = 0;
  let errors = 0;
  let measuring = false;
  let stop = false;
  const loop = async () => {
    while (!stop) {
      const started = performance.now();
      try {
        const response = await get(agent, fixed ?? new URL((url as () => string)()));
        if (response.status !== 200) errors += 1;
        if (measuring) {
          times.push(performance.now() - started);
          bytes = response.bytes;
        }
      } catch {
        errors += 1;
      }
    }
  };
  const loops = Array.from({ length: connections }, loop);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  measuring = true;
  const cpuBefore = cpuOf(pid);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuOf(pid) - cpuBefore;
  const requests = times.length;
  stop = true;
  await Promise.all(loops);
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    requests,
    rate: requests / elapsed,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    cpuMs: cpu / Math.max(1, requests),
    bytes,
    errors,
  };
}

// ---------------------------------------------------------------------------------------------
// Servers and databases

interface Server {
  process: ChildProcess;
  pid: number;
  base: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${seconds} s`);
}

async function startServer(env: Record<string, string>): Promise<Server & { firstPageMs: number; firstPageCpuMs: number }> {
  const base = `http://127.0.0.1:${options.port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ["lib/auth/start.mjs", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: randomBytes(32).toString("base64"), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${base}/`, child, 180);
  const firstPageMs = performance.now() - started;
  // On a machine shared with other work the wall clock follows the load; the CPU time does not.
  const firstPageCpuMs = cpuOf(child.pid ?? 0);
  return {
    process: child,
    pid: child.pid ?? 0,
    base,
    firstPageMs,
    firstPageCpuMs,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Runs lib/tools/bench/fill.ts against a database; returns its output. */
function fill(env: Record<string, string>, args: string[]): string {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/tools/bench/fill.ts", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.status !== 0) throw new Error(`bench-fill ${args.join(" ")} failed:\n${run.stdout}`);
  return run.stdout;
}

function psql(url: string, statement: string): string {
  const run = spawnSync("psql", [url, "-XAtqc", statement], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`psql: ${run.stderr}`);
  return run.stdout.trim();
}

function databaseUrl(name: string): string {
  const url = new URL(postgresUrl ?? "");
  url.pathname = `/${name}`;
  return url.toString();
}

/** The environment of a bench database of `size` on `backend`, made (and filled) when missing. */
function database(backend: Backend, size: "16" | "500k"): { env: Record<string, string>; output: string } {
  const fillArgs = ["--seed", ...(size === "16" ? ["--claims=0"] : ["--claims=500000"]), "--figures=5000", "--verdicts=2"];
  if (backend === "postgres") {
    const name = `claimdesk_pages_${size}`;
    const exists = psql(databaseUrl("postgres"), `select count(*) from pg_database where datname = '${name}'`) === "1";
    if (exists && options.fresh) psql(databaseUrl("postgres"), `drop database "${name}" with (force)`);
    if (!exists || options.fresh) psql(databaseUrl("postgres"), `create database "${name}"`);
    const env = { DATABASE_URL: databaseUrl(name) };
    console.log(`  filling ${name} (kept for the next run)…`);
    return { env, output: fill(env, fillArgs) };
  }
  const dir = path.join(cacheDir, `pages-pglite-${size}`);
  if (options.fresh) fs.rmSync(dir, { recursive: true, force: true });
  const env = { PGLITE_DIR: dir };
  console.log(`  filling ${path.relative(root, dir)} (kept for the next run)…`);
  return { env, output: fill(env, fillArgs) };
}

// ---------------------------------------------------------------------------------------------
// Rows

interface Row {
  backend: Backend;
  claims: string;
  page: string;
  result: Result;
  static: Result;
  note?: string;
}

function staticFile(): string {
  const chunks = path.join(root, ".next", "static", "chunks");
  const file = fs.readdirSync(chunks).find((name) => name.endsWith(".js") && fs.statSync(path.join(chunks, name)).size > 10_000);
  if (!file) throw new Error("no static chunk under .next/static/chunks: run `npm run build` first");
  return `/_next/static/chunks/${file}`;
}

function firstLine(output: string, pattern: RegExp): string {
  const match = pattern.exec(output);
  if (!match?.[1]) throw new Error(`expected ${pattern} in:\n${output}`);
  return match[1];
}

async function measure(backend: Backend, size: "16" | "500k", rows: Row[]): Promise<void> {
  console.log(`\n${backend}, ${size === "16" ? "16 claims (the seed) and a release of 5,000 figures" : "~500,000 claims"}`);
  const { env, output } = database(backend, size);
  const longSource = firstLine(output, /long release: source (\d+)/);
  const server = await startServer(env);
  try {
    const published = await publishedClaimId(server.base);
    const sourceIdForFilter = size === "500k" ? "?sourceId=12000" : `?sourceId=${longSource}`;
    const searches = size === "500k" ? await distinctSearches(server.base) : [];
    let nextSearch = 0;
    const newSearch = () => `${server.base}/?q=${encodeURIComponent(searches[nextSearch++ % searches.length] ?? "")}`;
    // [row, url, connections]: the source page is timed one request at a time (a single reader's wait).
    const pages: [string, string | (() => string), number?][] = [
      ["static file (reference)", staticFile()],
      ["public claim page (published)", `/claims/${published}`],
      ["/ (anonymous, first page)", "/"],
      ...(size === "500k"
        ? ([
            ["/?status=published", "/?status=published"],
            ["/?status=not_checked", "/?status=not_checked"],
            ["/?unit=money", "/?unit=money"],
            ["/?sourceId=…", `/${sourceIdForFilter}`],
            ["/?q=percent", "/?q=percent"],
            [`/?q=… a new search each time`, newSearch],
            ["/?status=published&unit=percent", "/?status=published&unit=percent"],
          ] as [string, string][])
        : []),
      ["/sitemap.xml", "/sitemap.xml"],
      ["/sitemaps/0.xml", "/sitemaps/0.xml"],
      ["/sources/[id] (5,000 figures), 1 conn.", `/sources/${longSource}`, 1],
    ];
    let reference: Result | undefined;
    for (const [page, url, connections] of pages) {
      const result = await load(typeof url === "string" ? `${server.base}${url}` : url, server.pid, connections);
      if (typeof url !== "string" && nextSearch > searches.length)
        console.log(`  (only ${searches.length} distinct searches: some repeated)`);
      reference ??= result;
      const row: Row = { backend, claims: size === "16" ? "16" : "~500,000", page, result, static: reference };
      rows.push(row);
      printRow(row);
    }
  } finally {
    await server.stop();
  }
}

/**
 * Searches that each match claims and are all different (two neighbouring words of a claim's
 * sentence, from claims of sources spread over the whole database), so no request of the row is a
 * search asked before: what a new search costs.
 */
async function distinctSearches(base: string, wanted = 2000): Promise<string[]> {
  const json = async (query: string) =>
    (await (await fetch(`${base}/api/claims?${query}`)).json()) as { claims: { excerpt: string; source: { id: number } }[] };
  const newest = Math.max(...(await json("limit=100")).claims.map((claim) => claim.source.id));
  const searches = new Set<string>();
  for (let sample = 0; sample < 200 && searches.size < wanted; sample += 1) {
    const sourceId = 1 + Math.floor((sample * newest) / 200);
    for (const claim of (await json(`limit=100&sourceId=${sourceId}`)).claims) {
      const words = claim.excerpt.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
      for (let i = 1; i < words.length; i += 1) searches.add(`${words[i - 1]} ${words[i]}`);
    }
  }
  return [...searches].slice(0, wanted);
}

/** A claim with a published verdict, from the sitemap's first file. */
async function publishedClaimId(base: string): Promise<string> {
  const xml = await (await fetch(`${base}/sitemaps/0.xml`)).text();
  return firstLine(xml, /\/claims\/(\d+)<\/loc>/);
}

async function firstStart(): Promise<{ wallMs: number; cpuMs: number }> {
  const dir = path.join(cacheDir, `pages-first-start-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.auth-secret`, { force: true });
  const server = await startServer({ PGLITE_DIR: dir });
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.auth-secret`, { force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
  return { wallMs: server.firstPageMs, cpuMs: server.firstPageCpuMs };
}

// ---------------------------------------------------------------------------------------------
// Output

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

function printHeader(): void {
  console.log(
    `  ${"database".padEnd(9)} ${"claims".padEnd(9)} ${"page".padEnd(34)} ${"req/s".padStart(7)} ${"% static".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"CPU ms/req".padStart(10)} ${"KB".padStart(8)} errors`,
  );
}

function printRow(row: Row): void {
  const r = row.result;
  console.log(
    `  ${row.backend.padEnd(9)} ${row.claims.padEnd(9)} ${row.page.padEnd(34)} ${fmt(r.rate, 0).padStart(7)} ${`${fmt((100 * r.rate) / row.static.rate, 1)}%`.padStart(8)} ${fmt(r.p50).padStart(7)} ${fmt(r.p99).padStart(7)} ${fmt(r.cpuMs).padStart(10)} ${fmt(r.bytes / 1024, 1).padStart(8)} ${r.errors}`,
  );
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  fs.mkdirSync(cacheDir, { recursive: true });
  const backends: Backend[] = options.backend ? [options.backend] : postgresUrl ? ["pglite", "postgres"] : ["pglite"];
  if (backends.includes("postgres") && !postgresUrl) throw new Error("set BENCH_DATABASE_URL or TEST_DATABASE_URL to bench PostgreSQL");
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  console.log(
    `Pages bench, ${startedAt.toISOString()}, ${os.cpus().length} cores, load average ${loadBefore.map((n) => n.toFixed(1)).join(" ")}; ${options.connections} connections, ${options.seconds} s a row`,
  );
  const rows: Row[] = [];
  let first: { wallMs: number; cpuMs: number } | undefined;
  const describeFirst = (f: { wallMs: number; cpuMs: number }) =>
    `  first start on an empty folder (PGlite): ${fmt(f.wallMs / 1000, 2)} s to the first page, ${fmt(f.cpuMs / 1000, 2)} s of the server's CPU`;
  if (backends.includes("pglite") && options.small) {
    first = await firstStart();
    console.log(describeFirst(first));
  }
  printHeader();
  for (const backend of backends) {
    if (options.small) await measure(backend, "16", rows);
    if (options.scale) await measure(backend, "500k", rows);
  }
  console.log(
    `\nAll rows (load average at the end ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}):`,
  );
  if (first) console.log(describeFirst(first));
  printHeader();
  for (const row of rows) printRow(row);
  fs.writeFileSync(
    path.join(cacheDir, "pages.json"),
    `${JSON.stringify({ startedAt, loadBefore, loadAfter: os.loadavg(), firstStart: first, rows }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
