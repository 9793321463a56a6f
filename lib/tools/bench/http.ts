/**
 * `npm run bench:http -- --pid PID URL [URL…]`: throughput of pages as a signed-out visitor gets
 * them, each beside a static file of the same server, with `wrk` (Debian package `wrk`).
 *
 * For each URL (and first the static reference): `wrk -t2 -c10 -d<seconds>s --latency`, and the
 * CPU time the server process (PID, `next start`/`npm start`) spent meanwhile, from
 * /proc/PID/stat: requests per second, the share of the static file's rate, CPU milliseconds per
 * request and the latency percentiles. With `--static PATH` another reference file; `--seconds N`
 * (default 10); `--warm N` requests first (default 50).
 *
 * It imports nothing of the app: it measures what is running.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

interface Options {
  pid: number;
  seconds: number;
  warm: number;
  staticPath: string | null;
  urls: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { pid: 0, seconds: 10, warm: 50, staticPath: null, urls: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = () => argv[++i] ?? "";
    if (arg === "--pid") options.pid = Number(value());
    else if (arg === "--seconds") options.seconds = Number(value());
    else if (arg === "--warm") options.warm = Number(value());
    else if (arg === "--static") options.staticPath = value();
    else options.urls.push(arg);
  }
  if (!Number.isInteger(options.pid) || options.pid <= 0) throw new Error("--pid PID of the server process is required");
  if (options.urls.length === 0) throw new Error("give at least one URL");
  return options;
}

/** utime + stime of the process and its children that ended, in milliseconds. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Every process under pid (npm start → node lib/auth/start.mjs → …), pid included. */
function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      const children = fs.readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, "utf8").trim();
      if (children) all.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone
    }
  }
  return all;
}

function treeCpuMs(pid: number): number {
  return processTree(pid).reduce((sum, each) => {
    try {
      return sum + cpuMs(each);
    } catch {
      return sum;
    }
  }, 0);
}

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "ms" ? n : match[2] === "s" ? n * 1000 : n * 60_000;
}

/** One GET, tried again once: the server may close a kept-alive socket as the next request goes out. */
async function get(url: string | URL): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return (await fetch(url)).text();
  }
}

interface Row {
  url: string;
  rps: number;
  cpuMsPerRequest: number;
  p50: number;
  p99: number;
  errors: string;
}

async function measure(url: string, options: Options): Promise<Row> {
  for (let i = 0; i < options.warm; i++) await get(url);
  const before = treeCpuMs(options.pid);
  const output = execFileSync("wrk", ["-t2", "-c10", `-d${options.seconds}s`, "--latency", url], { encoding: "utf8" });
  const cpu = treeCpuMs(options.pid) - before;
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? Number.NaN);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN);
  const p50 = toMs(/\s50%\s+(\S+)/.exec(output)?.[1] ?? "");
  const p99 = toMs(/\s99%\s+(\S+)/.exec(output)?.[1] ?? "");
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1];
  const socket = /Socket errors: (.*)/.exec(output)?.[1];
  return {
    url,
    rps,
    cpuMsPerRequest: cpu / requests,
    p50,
    p99,
    errors: [non2xx ? `${non2xx} non-2xx` : "", socket ?? ""].filter(Boolean).join("; "),
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const first = new URL(options.urls[0] ?? "");
  let staticPath = options.staticPath;
  if (!staticPath) {
    // A stylesheet of the build, named in any page: a file Next serves from disk.
    const html = await get(first);
    staticPath = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1] ?? null;
    if (!staticPath) throw new Error("no static stylesheet found in the first page; pass --static PATH");
  }
  const reference = await measure(new URL(staticPath, first).toString(), options);
  const rows = [reference];
  for (const url of options.urls) rows.push(await measure(url, options));
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
  console.log(`${new Date().toISOString()} · ${os.cpus().length} cores · load average ${load} · wrk -t2 -c10 -d${options.seconds}s`);
  console.log("| URL | requests/s | % of the static file | CPU ms / request | p50 ms | p99 ms | errors |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    const share = row === reference ? "(reference)" : `${((row.rps / reference.rps) * 100).toFixed(1)}%`;
    const path = new URL(row.url).pathname;
    console.log(
      `| \`${path}\` | ${row.rps.toFixed(0)} | ${share} | ${row.cpuMsPerRequest.toFixed(2)} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.errors || "none"} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : error);
  process.exit(1);
});
