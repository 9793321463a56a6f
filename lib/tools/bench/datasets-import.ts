/**
 * `npm run bench -- data-import [--rows=1000000] [--backend=pglite|postgres|both] [--no-refused]`:
 * the largest file issue 16 promises (100 MB, 1,000,000 rows) streamed into a dataset through
 * importDataset — what the upload route (app/datasets/upload/route.ts) and `claims import-data`
 * both call — in 64 KiB chunks as a request body arrives. Then the same file with a ragged last
 * row, which must be refused naming that row, leaving no dataset and no row behind.
 *
 * Reported per backend: time, rows/s, and this process's peak memory (RSS sampled every 50 ms, and
 * the kernel's max RSS). Each backend runs in a child process of its own so the peaks do not mix;
 * PGlite runs inside it, PostgreSQL's server memory is not counted.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { count, eq } from "drizzle-orm";
import { type DbHandle, openPglite } from "@/db/client";
import { datasetRows, datasets } from "@/db/schema";
import { DatasetFileError, MAX_DATASET_BYTES } from "@/lib/datasets/parse";
import { importDataset } from "@/lib/datasets/store";
import { scratchPostgres } from "@/db/testing/scratch-postgres";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    backend: { type: "string", default: "both" },
    "no-refused": { type: "boolean", default: false },
    file: { type: "string" },
  },
});
const ROWS = Number(values.rows);
const HEADER = "Region,District,Year,Cases,Population,Note\n";

/** Writes ROWS rows padded so the file is just under MAX_DATASET_BYTES (for 1,000,000 rows). */
async function writeFile(file: string, rows: number, raggedLast: boolean): Promise<number> {
  const budget = Math.min(MAX_DATASET_BYTES - 4096, rows * 104);
  const perRow = Math.floor((budget - HEADER.length) / rows);
  const out = fs.createWriteStream(file);
  let bytes = 0;
  const write = (text: string) => {
    bytes += Buffer.byteLength(text);
    return out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  await write(HEADER);
  let buffer = "";
  for (let i = 0; i < rows; i++) {
    const last = i === rows - 1;
    let line =
      raggedLast && last
        ? `Region ${i % 50},District ${i % 2000}`
        : `Region ${i % 50},District ${i % 2000},${1980 + (i % 45)},${(i * 7919) % 100000},${100000 + (i % 2000) * 37},`;
    if (!(raggedLast && last)) line += "x".repeat(Math.max(0, perRow - line.length - 1));
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return bytes;
}

async function* chunks(file: string): AsyncGenerator<Uint8Array> {
  // 64 KiB, as a request body arrives.
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 64 * 1024 })) yield chunk as Uint8Array;
}

function memorySampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function child(backend: string, file: string, refusedFile: string | null) {
  let handle: DbHandle;
  let drop: () => Promise<void> = async () => {};
  const dir = path.resolve(".cache", `bench-data-import-${process.pid}`);
  if (backend === "postgres") {
    const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!url) {
      console.log("PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.");
      return;
    }
    const scratch = await scratchPostgres(url, "import");
    handle = scratch.handle;
    drop = scratch.drop;
  } else {
    fs.rmSync(dir, { recursive: true, force: true });
    handle = await openPglite({ dir });
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const label = backend === "postgres" ? "PostgreSQL" : "PGlite";
  try {
    await handle.migrate();
    const baseline = process.memoryUsage().rss;
    const sampler = memorySampler();
    const started = performance.now();
    let lastLine = started;
    const outcome = await importDataset(handle.db, {
      source: chunks(file),
      filename: path.basename(file),
      details: { title: "Bench: 1,000,000 rows" },
      actorId: null,
      onProgress: ({ bytes, rows }) => {
        const now = performance.now();
        if (now - lastLine < 10_000) return;
        lastLine = now;
        process.stderr.write(`${label}: ${rows.toLocaleString("en-US")} rows, ${mb(bytes)} read\n`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const peak = sampler.stop();
    if (outcome.kind !== "created") throw new Error("the bench file was already stored");
    const [stored] = await handle.db.select({ n: count() }).from(datasetRows).where(eq(datasetRows.datasetId, outcome.datasetId));
    console.log(
      [
        `${label}: ${outcome.rowCount.toLocaleString("en-US")} rows (${mb(fs.statSync(file).size)}) stored in ${seconds.toFixed(1)} s, ${Math.round(outcome.rowCount / seconds).toLocaleString("en-US")} rows/s; ${stored?.n.toLocaleString("en-US")} rows in dataset_rows`,
        `  peak memory of this process: RSS ${mb(peak)} sampled (${mb(peak - baseline)} over the ${mb(baseline)} before the import), kernel max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
      ].join("\n"),
    );
    if (refusedFile) {
      const before = await handle.db.select({ n: count() }).from(datasetRows);
      const t0 = performance.now();
      let message = "accepted (wrong)";
      try {
        await importDataset(handle.db, {
          source: chunks(refusedFile),
          filename: "ragged.csv",
          details: { title: "Bench: ragged last row" },
          actorId: null,
        });
      } catch (error) {
        if (!(error instanceof DatasetFileError)) throw error;
        message = error.message;
      }
      const after = await handle.db.select({ n: count() }).from(datasetRows);
      const left = await handle.db.select({ id: datasets.id }).from(datasets).where(eq(datasets.title, "Bench: ragged last row"));
      console.log(
        `  the same file with a ragged last row: refused in ${((performance.now() - t0) / 1000).toFixed(1)} s — “${message}”; rows left behind: ${(after[0]?.n ?? 0) - (before[0]?.n ?? 0)}, datasets left behind: ${left.length}`,
      );
    }
  } finally {
    await handle.close();
    await drop();
  }
}

const childBackend = process.env.CLAIMDESK_BENCH_IMPORT_CHILD;
if (childBackend) {
  await child(childBackend, values.file ?? "", process.env.CLAIMDESK_BENCH_IMPORT_REFUSED || null);
} else {
  const cache = path.resolve(".cache");
  fs.mkdirSync(cache, { recursive: true });
  const file = path.join(cache, `bench-data-import-${process.pid}.csv`);
  const refused = values["no-refused"] ? null : path.join(cache, `bench-data-import-${process.pid}-ragged.csv`);
  try {
    const bytes = await writeFile(file, ROWS, false);
    if (refused) await writeFile(refused, ROWS, true);
    console.log(
      `Generated ${ROWS.toLocaleString("en-US")} rows, ${bytes.toLocaleString("en-US")} bytes (limit ${MAX_DATASET_BYTES.toLocaleString("en-US")})`,
    );
    const backends = values.backend === "both" ? ["pglite", "postgres"] : [values.backend];
    for (const backend of backends) {
      const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), `--file=${file}`], {
        stdio: "inherit",
        env: { ...process.env, CLAIMDESK_BENCH_IMPORT_CHILD: backend, CLAIMDESK_BENCH_IMPORT_REFUSED: refused ?? "" },
      });
      if (run.status !== 0) process.exitCode = 1;
    }
  } finally {
    fs.rmSync(file, { force: true });
    if (refused) fs.rmSync(refused, { force: true });
  }
}
