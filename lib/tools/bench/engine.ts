/**
 * Extraction speed through the command line, as `npm run bench` reports it.
 *
 *  - one 1 MB and one 10 MB string of press-release text (the seed releases, figures varied),
 *    each extracted by `node lib/tools/claims-cli/bin.mjs extract FILE --timings` in a fresh process: the wall
 *    time, start-up included, and the command's own work (read, extract, write: what it times itself,
 *    everything after Node and the engine have loaded);
 *  - linearity: the 10 MB run against ten 1 MB runs (target: within 1.5 times);
 *  - the engine alone, in one warm process, for comparison;
 *  - pathological inputs at two sizes: the time must grow with the size, not faster.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims } from "@/lib/engine";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const out = join(root, ".cache", "bench");
mkdirSync(out, { recursive: true });
const MB = 1 << 20;

/** Deterministic pseudo-random numbers (mulberry32), so every run extracts the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Press-release text of the given length: the seed releases over and over, each figure's digits varied. */
export function pressReleaseText(chars: number, seed = 1): string {
  const dir = join(root, "db", "seed", "releases");
  const releases = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const varied = releases[i % releases.length]!.replace(/\d/g, (d) => (next() < 0.5 ? d : String(Math.floor(next() * 10))));
    parts.push(varied, "\n\n");
    length += varied.length + 2;
  }
  return parts.join("").slice(0, chars);
}

interface Run {
  /** Wall seconds of the whole process, Node's start-up included. */
  wall: number;
  /** Seconds from the file being read to the last claim written: the command's own work. */
  work: number;
  /** Seconds before the command began: Node starting and the engine loading. */
  start: number;
}

function cli(file: string): Run {
  const begin = performance.now();
  const run = spawnSync(process.execPath, [join(root, "lib", "tools", "claims-cli", "bin.mjs"), "extract", file, "--timings"], {
    maxBuffer: 1 << 30,
  });
  const wall = (performance.now() - begin) / 1000;
  if (run.status !== 0) throw new Error(`extract failed: ${run.stderr.toString()}`);
  const line = /claims: timings (\{.*\})/.exec(run.stderr.toString());
  if (!line) throw new Error(`extract printed no timings: ${run.stderr.toString()}`);
  const t = JSON.parse(line[1]!) as { startMs: number; readMs: number; extractMs: number; writeMs: number };
  return { wall, work: (t.readMs + t.extractMs + t.writeMs) / 1000, start: t.startMs / 1000 };
}

/** Wall seconds of `claims numbers` reading `file` on stdin, start-up included. */
function numbersCli(file: string): number {
  const begin = performance.now();
  const run = spawnSync(
    `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, "lib", "tools", "claims-cli", "bin.mjs"))} numbers < ${JSON.stringify(file)} > /dev/null`,
    { shell: true },
  );
  if (run.status !== 0) throw new Error(`numbers failed: ${run.stderr.toString()}`);
  return (performance.now() - begin) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.wall < a.wall ? b : a));

function wallSeconds(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

function cpuSeconds(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

const fmt = (n: number, d = 2) => n.toFixed(d);

function main(): void {
  const oneText = pressReleaseText(MB);
  const tenText = pressReleaseText(10 * MB, 2);
  const oneFile = join(out, "release-1mb.txt");
  const tenFile = join(out, "release-10mb.txt");
  writeFileSync(oneFile, oneText);
  writeFileSync(tenFile, tenText);
  cli(oneFile); // builds the bundle once, if sources changed

  const emptyFile = join(out, "empty.txt");
  writeFileSync(emptyFile, "");
  const floor = median(Array.from({ length: 5 }, () => cli(emptyFile).wall));
  const oneRuns = Array.from({ length: 10 }, () => cli(oneFile));
  const tenRun = best([cli(tenFile), cli(tenFile), cli(tenFile)]);
  const oneTotal = oneRuns.reduce((a, r) => a + r.wall, 0);
  const one = {
    wall: median(oneRuns.map((r) => r.wall)),
    work: median(oneRuns.map((r) => r.work)),
    start: median(oneRuns.map((r) => r.start)),
  };

  // `claims numbers` on the 10 MB text, one line a paragraph, through stdin (target: 10 MB/s).
  const linesFile = join(out, "release-10mb-lines.txt");
  writeFileSync(linesFile, tenText.replace(/\n+/g, "\n"));
  const numbersRuns = Array.from({ length: 3 }, () => numbersCli(linesFile));
  const numbersWall = Math.min(...numbersRuns);

  // The engine alone, warmed up, to tell extraction from process start-up.
  // Warmed on the 10 MB text first, so V8 has compiled the engine before either is timed.
  extractClaims(tenText);
  const engineOne = wallSeconds(() => extractClaims(oneText));
  const engineTen = wallSeconds(() => extractClaims(tenText));

  const pathological: { input: string; small: number; large: number }[] = [];
  for (const [name, unit] of [
    ["digits", "9"],
    ["commas", ","],
    ["1,1,1,", "1,"],
    ["open quotes", "“"],
    ["number words", "one "],
    ["parentheses", "("],
  ] as const) {
    const small = unit.repeat(Math.ceil(MB / unit.length));
    const large = unit.repeat(Math.ceil((4 * MB) / unit.length));
    extractClaims(small.slice(0, 4096));
    pathological.push({ input: name, small: cpuSeconds(() => extractClaims(small)), large: cpuSeconds(() => extractClaims(large)) });
  }

  const report = {
    machine: { cpus: globalThis.navigator?.hardwareConcurrency ?? 0, node: process.version },
    cli: {
      oneMB: {
        medianWallSeconds: one.wall,
        wallMBPerSecond: 1 / one.wall,
        medianWorkSeconds: one.work,
        workMBPerSecond: 1 / one.work,
        startSeconds: one.start,
      },
      tenMB: {
        wallSeconds: tenRun.wall,
        wallMBPerSecond: 10 / tenRun.wall,
        workSeconds: tenRun.work,
        workMBPerSecond: 10 / tenRun.work,
        startSeconds: tenRun.start,
      },
      emptyFile: { medianWallSeconds: floor },
      linearity: { tenRunsOfOneMB: oneTotal, oneRunOfTenMB: tenRun.wall, ratio: tenRun.wall / oneTotal, target: "<= 1.5" },
    },
    numbersCli: { tenMBWallSeconds: numbersWall, wallMBPerSecond: 10 / numbersWall, target: ">= 10" },
    engineOnly: { oneMBPerSecond: 1 / engineOne, tenMBPerSecond: 10 / engineTen },
    pathological: pathological.map((p) => ({ ...p, growth: p.large / p.small, sizeGrowth: 4 })),
  };
  writeFileSync(join(out, "extract.json"), `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    "Extraction through the command line, a fresh process per run (targets: 4 MB/s on 10 MB with the tagger, linear within 1.5x)",
  );
  console.log("         wall clock, start-up included     the command's work (read, extract, write)   Node + engine start-up");
  console.log(
    `  1 MB : ${fmt(one.wall)} s -> ${fmt(1 / one.wall, 1).padStart(4)} MB/s (median of 10)   ${fmt(one.work)} s -> ${fmt(1 / one.work, 1).padStart(4)} MB/s                      ${fmt(one.start)} s`,
  );
  console.log(
    `  10 MB: ${fmt(tenRun.wall)} s -> ${fmt(10 / tenRun.wall, 1).padStart(4)} MB/s (best of 3)     ${fmt(tenRun.work)} s -> ${fmt(10 / tenRun.work, 1).padStart(4)} MB/s                      ${fmt(tenRun.start)} s`,
  );
  console.log(`  an empty file: ${fmt(floor)} s (median of 5): the floor under every run, Node starting and the engine loading`);
  console.log(
    `  linearity: 10 MB in ${fmt(tenRun.wall)} s vs ten 1 MB runs in ${fmt(oneTotal)} s -> ratio ${fmt(tenRun.wall / oneTotal)} (target <= 1.5)`,
  );
  console.log(
    `claims numbers, 10 MB on stdin, start-up included: ${fmt(numbersWall)} s -> ${fmt(10 / numbersWall, 1)} MB/s (best of 3; target >= 10 MB/s)`,
  );
  console.log(`Engine alone, in one warmed-up process: 1 MB ${fmt(1 / engineOne, 1)} MB/s, 10 MB ${fmt(10 / engineTen, 1)} MB/s`);
  console.log(
    "Pathological input, CPU seconds at 1 MB and 4 MB (linear: about 4x; a run that is read again per sentence shows 10x and more)",
  );
  for (const p of report.pathological)
    console.log(`  ${p.input.padEnd(14)} ${fmt(p.small, 3)} s -> ${fmt(p.large, 3)} s  (x${fmt(p.growth, 1)})`);
  console.log(`Report: ${join(out, "extract.json")}`);
}

main();
