/**
 * `npm run claims -- import-data FILE [--title T] [--publisher P] [--url U] [--date YYYY-MM-DD] [--licence L]`:
 * streams a CSV or TSV file into a dataset on the database the environment points at, with a
 * progress bar on stderr (a line a second when stderr is not a terminal). Exit codes: 0 stored or
 * already stored, 1 the file was refused (nothing stored), 2 usage or the database is busy.
 */
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { closeDb, describeDbTarget, getDb } from "@/db/client";
import { seedOnFirstStart } from "@/db/seed/seed-database";
import { PgliteLockedError } from "@/db/pglite-lock";
import { DatasetFileError } from "@/lib/datasets/parse";
import { importDataset } from "@/lib/datasets/store";
import { refreshDataMatchesForDataset } from "@/lib/datasets/suggestions";

const USAGE = "Usage: npm run claims -- import-data FILE [--title T] [--publisher P] [--url U] [--date YYYY-MM-DD] [--licence L]";

export async function runImportData(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: "string" },
        publisher: { type: "string" },
        url: { type: "string" },
        date: { type: "string" },
        licence: { type: "string" },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    console.error(`${file}: no such file.`);
    return 2;
  }
  if (parsed.values.date && !/^\d{4}-\d{2}-\d{2}$/.test(parsed.values.date)) {
    console.error("--date must look like 2024-03-31.");
    return 2;
  }
  let db;
  seedOnFirstStart();
  try {
    db = await getDb();
  } catch (error) {
    if (error instanceof PgliteLockedError) {
      console.error(
        `The embedded database (${error.dir}) is open in another process, pid ${error.pid} (most likely the running app). Stop it and run this again, add the dataset in the app (/datasets/new), or use PostgreSQL (DATABASE_URL).`,
      );
      return 2;
    }
    throw error;
  }
  const bar = progressBar(size);
  const started = performance.now();
  try {
    const outcome = await importDataset(db, {
      source: createReadStream(file, { highWaterMark: 256 * 1024 }),
      filename: basename(file),
      details: {
        title: parsed.values.title ?? basename(file).replace(/\.(csv|tsv|txt)$/i, ""),
        publisher: parsed.values.publisher ?? null,
        url: parsed.values.url ?? null,
        publishedOn: parsed.values.date ?? null,
        licence: parsed.values.licence ?? null,
      },
      actorId: null,
      onProgress: ({ bytes, rows }) => bar.update(bytes, rows),
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    if (outcome.kind === "unchanged") {
      console.log(`Already stored: this file is dataset ${outcome.datasetId}; nothing changed (${describeDbTarget()}).`);
      return 0;
    }
    console.log(
      `Imported ${outcome.rowCount.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s as dataset ${outcome.datasetId} (version ${outcome.version}) into ${describeDbTarget()}`,
    );
    for (const column of outcome.columns) console.log(`  ${column.type.padEnd(8)} ${column.name}`);
    // The same refresh as an upload in the app: badges for the claims this dataset may check.
    const badges = await refreshDataMatchesForDataset(db, outcome.datasetId);
    console.log(
      badges
        ? `Data badges: ${badges.badges} strong matches among ${badges.claims} claims that resemble it.`
        : "Data badges not refreshed (see the error above); the dataset is stored.",
    );
    return 0;
  } catch (error) {
    bar.stop();
    if (error instanceof DatasetFileError) {
      console.error(`${file}: ${error.message} Nothing was stored.`);
      return 1;
    }
    throw error;
  } finally {
    await closeDb();
  }
}

function progressBar(total: number) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: "import-data [{bar}] {percentage}% | {rows} rows | eta {eta_formatted}",
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    });
    bar.start(total, 0, { rows: 0 });
    return { update: (bytes: number, rows: number) => bar.update(bytes, { rows }), stop: () => bar.stop() };
  }
  let last = -Infinity;
  return {
    update(bytes: number, rows: number) {
      const now = performance.now();
      if (now - last < 1000) return;
      last = now;
      console.error(`import-data: ${Math.round((bytes / Math.max(total, 1)) * 100)}% (${rows.toLocaleString("en-US")} rows)`);
    },
    stop() {},
  };
}
