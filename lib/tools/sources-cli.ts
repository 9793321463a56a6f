/**
 * `npm run claims -- import PATH...` and `npm run claims -- reextract`: the database commands of the
 * claims CLI (lib/tools/claims-cli/bin.mjs routes them here; extract/numbers stay in lib/tools/claims-cli/extract-cli.ts).
 *
 * Both work on the database the environment points at (DATABASE_URL, else the embedded PGlite
 * folder). The embedded database belongs to one process: when the app server has it open, they
 * refuse and say what to do instead.
 */
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { closeDb, describeDbTarget, getDb } from "@/db/client";
import { PgliteLockedError } from "@/db/pglite-lock";
import { seedOnFirstStart } from "@/db/seed/seed-database";
import { EXTRACTOR_VERSION } from "@/lib/engine";
import { type BadgeRefresh, refreshDataMatchesForSources } from "@/lib/datasets/suggestions";
import { type FileImportSummary, importFilesInto } from "./files";
import { type ReextractSummary, reextractAll } from "@/lib/sources/reextract";
import { ALL_PUBLIC_CLAIM_TAGS, expireOnEveryAppServer } from "@/lib/cache/cache-notify";

const USAGE = `Usage:
  npm run claims -- import [--batch N] PATH...   import .txt .md .html .htm .pdf files and folders (recursively)
  npm run claims -- reextract                     run the current extractor again over every source
  npm run claims -- import-data FILE [--title T]   import a CSV or TSV table as a dataset`;

/** Exit codes: 0 done, 1 done but some files/sources failed, 2 refused (usage, database in use). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "import") return runImport(rest);
  if (command === "reextract") return runReextract(rest);
  if (command === "import-data") return (await import("./datasets-cli")).runImportData(rest);
  console.error(USAGE);
  return 2;
}

async function openDatabase() {
  // A new embedded folder without the build's template gets the seed, as the app would give it.
  seedOnFirstStart();
  try {
    return await getDb();
  } catch (caught) {
    // getDb reports any failure to open as AppError("unavailable:database"), the lock as its cause.
    const error = caught instanceof Error && caught.cause instanceof PgliteLockedError ? caught.cause : caught;
    if (error instanceof PgliteLockedError) {
      console.error(
        [
          `The embedded database (${error.dir}) is open in another process, pid ${error.pid} — most likely the running app.`,
          "It can be used by one process at a time, so nothing was changed. Either:",
          `  - stop the app (kill ${error.pid}), run this command, and start the app again;`,
          "  - or, to import, add the releases through the app (Add release), which stores them in the same database;",
          "  - or use PostgreSQL: set DATABASE_URL for both the app and this command, and they can run together.",
        ].join("\n"),
      );
      return null;
    }
    throw error;
  }
}

function progress(label: string) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: `${label} [{bar}] {value}/{total} {percentage}% | {rate}/s | eta {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    });
    let started = false;
    return {
      update(done: number, total: number, seconds: number) {
        if (!started) {
          bar.start(total, 0, { rate: "0" });
          started = true;
        }
        bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : "0" });
      },
      stop: () => bar.stop(),
    };
  }
  // Not a terminal (a log, CI): a plain line after the first batch, then at most one a second.
  let lastLine = -Infinity;
  return {
    update(done: number, total: number, seconds: number) {
      const now = performance.now();
      if (done < total && now - lastLine < 1000) return;
      lastLine = now;
      const rate = seconds > 0 ? (done / seconds).toFixed(1) : "0";
      console.error(`${label}: ${done}/${total} (${Math.round((done / Math.max(total, 1)) * 100)}%), ${rate}/s`);
    },
    stop() {},
  };
}

const number = (n: number) => n.toLocaleString("en-US");

async function runImport(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { batch: { type: "string" } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const paths = parsed.positionals;
  const batchSize = parsed.values.batch === undefined ? 50 : Number(parsed.values.batch);
  if (paths.length === 0 || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    console.error(paths.length === 0 ? `Name at least one file or folder.\n${USAGE}` : "--batch takes a whole number from 1 to 1000.");
    return 2;
  }
  const db = await openDatabase();
  if (!db) return 2;
  const bar = progress("import");
  try {
    const summary = await importFilesInto(db, paths, {
      batchSize,
      onProgress: (done, total, running) => bar.update(done, total, running.seconds),
    });
    bar.stop();
    await expireOnEveryAppServer(db, ALL_PUBLIC_CLAIM_TAGS);
    console.log(formatImportSummary(summary, describeDbTarget()));
    // The same refresh as the app's Add release: badges for the claims just written.
    console.log(formatBadges(await refreshDataMatchesForSources(db, summary.sourceIds)));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    bar.stop();
    await closeDb();
  }
}

export function formatImportSummary(summary: FileImportSummary, target: string): string {
  const rate = summary.seconds > 0 ? summary.files / summary.seconds : 0;
  const lines = [
    `Imported ${number(summary.files)} file${summary.files === 1 ? "" : "s"} in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} releases/s) into ${target}`,
    `  created           ${number(summary.created).padStart(7)}   (${number(summary.claimsAdded)} claims added)`,
    `  new versions      ${number(summary.newVersions).padStart(7)}   (${number(summary.claimsReanchored)} claims re-anchored, ${number(summary.changedAfterReview)} changed after review)`,
    `  unchanged         ${number(summary.unchanged).padStart(7)}   (same text already stored)`,
    `  already imported  ${number(summary.alreadyImported).padStart(7)}   (same file, skipped)`,
    `  failed            ${number(summary.failed.length).padStart(7)}`,
  ];
  for (const failure of summary.failed) lines.push(`    ${failure.path}: ${failure.reason}`);
  return lines.join("\n");
}

async function runReextract(args: string[]): Promise<number> {
  if (args.length > 0) {
    console.error(`reextract takes no arguments.\n${USAGE}`);
    return 2;
  }
  const db = await openDatabase();
  if (!db) return 2;
  const bar = progress("reextract");
  const started = performance.now();
  try {
    const summary = await reextractAll(db, { onProgress: (done, total) => bar.update(done, total, (performance.now() - started) / 1000) });
    bar.stop();
    await expireOnEveryAppServer(db, ALL_PUBLIC_CLAIM_TAGS);
    console.log(formatReextractSummary(summary, (performance.now() - started) / 1000, describeDbTarget()));
    console.log(formatBadges(await refreshDataMatchesForSources(db, summary.changedSourceIds)));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    bar.stop();
    await closeDb();
  }
}

export function formatBadges(refresh: BadgeRefresh | null): string {
  if (!refresh) return "  data badges           not refreshed (see the error above; the claims are stored)";
  return `  data badges       ${number(refresh.badges).padStart(7)}   (strong matches among ${number(refresh.claims)} claims written)`;
}

export function formatReextractSummary(summary: ReextractSummary, seconds: number, target: string): string {
  const lines = [
    `Re-extracted ${number(summary.sources)} source${summary.sources === 1 ? "" : "s"} with extractor ${EXTRACTOR_VERSION} in ${seconds.toFixed(1)} s in ${target}`,
    `  sources changed        ${number(summary.sourcesChanged).padStart(7)}`,
    `  claims updated         ${number(summary.claimsUpdated).padStart(7)}   (ids, reviews and history kept)`,
    `  claims added           ${number(summary.claimsAdded).padStart(7)}`,
    `  claims marked missing  ${number(summary.claimsMarkedMissing).padStart(7)}   (kept, never deleted)`,
    `  claims found again     ${number(summary.claimsFoundAgain).padStart(7)}`,
    `  failed                 ${number(summary.failed.length).padStart(7)}`,
  ];
  for (const failure of summary.failed) lines.push(`    source ${failure.sourceId}: ${failure.error}`);
  return lines.join("\n");
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
