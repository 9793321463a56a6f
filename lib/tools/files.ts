/**
 * Bulk import of files and folders: the work behind `npm run claims -- import PATH...`.
 *
 * Idempotent and resumable. Files go in batches; each batch is ONE transaction that stores the
 * sources and, beside them, a journal row per file (import_files: sha256 of the file's raw bytes →
 * source). A rerun (after Ctrl-C, a crash, or over the same folder) hashes each file, finds the
 * stored ones in the journal and skips them without converting them again; a text stored from
 * another file is "unchanged" by its content hash anyway. A batch that fails is retried one file at
 * a time, so one bad file never holds back the good ones, and a bad file changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { importFiles } from "@/db/schema";
import { ACCEPTED_EXTENSIONS, convertFile, IngestError, MAX_DOCUMENT_BYTES } from "@/lib/ingest";
import { tooLarge } from "@/lib/ingest/convert";
import { type ImportOptions, type ImportOutcome, ImportError, importDocuments, type IncomingDocument } from "@/lib/sources/import";
import { sha256Hex } from "@/lib/ingest/normalize";

export interface FileFailure {
  path: string;
  reason: string;
}

export interface FileImportSummary {
  files: number;
  created: number;
  claimsAdded: number;
  newVersions: number;
  claimsReanchored: number;
  changedAfterReview: number;
  /** Same text already stored (from another file, the app, or an earlier run that lost its journal). */
  unchanged: number;
  /** Skipped by the journal: this exact file was imported before. */
  alreadyImported: number;
  failed: FileFailure[];
  seconds: number;
  /** Sources created or given a new version (their claims are new or re-extracted: data badges follow them). */
  sourceIds: number[];
}

export interface FileImportOptions extends ImportOptions {
  batchSize?: number;
  maxBytes?: number;
  /** After each batch: files done so far (of `total`). */
  onProgress?: (done: number, total: number, summary: FileImportSummary) => void;
}

/** The files under the given paths, sorted; folders are walked recursively for accepted types. */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: FileFailure[] } {
  const files = new Set<string>();
  const missing: FileFailure[] = [];
  const accepted = new Set<string>(ACCEPTED_EXTENSIONS);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && accepted.has(path.extname(entry.name).toLowerCase())) files.add(full);
    }
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      missing.push({ path: given, reason: "No such file or folder." });
      continue;
    }
    // A file named on the command line is tried whatever its extension: convertFile says why not.
    if (stat.isDirectory()) walk(given);
    else files.add(given);
  }
  return { files: [...files], missing };
}

interface ReadFile {
  path: string;
  bytes: Uint8Array;
  bytesHash: string;
}

interface Converted extends ReadFile {
  doc: IncomingDocument;
}

export async function importFilesInto(db: Db, paths: readonly string[], options: FileImportOptions = {}): Promise<FileImportSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const { files, missing } = collectFiles(paths);
  const summary: FileImportSummary = {
    files: files.length + missing.length,
    created: 0,
    claimsAdded: 0,
    newVersions: 0,
    claimsReanchored: 0,
    changedAfterReview: 0,
    unchanged: 0,
    alreadyImported: 0,
    failed: [...missing],
    seconds: 0,
    sourceIds: [],
  };
  const tally = (outcome: ImportOutcome) => {
    if (outcome.kind !== "unchanged") summary.sourceIds.push(outcome.sourceId);
    if (outcome.kind === "created") {
      summary.created += 1;
      summary.claimsAdded += outcome.claims;
    } else if (outcome.kind === "new_version") {
      summary.newVersions += 1;
      summary.claimsReanchored += outcome.reanchored;
      summary.changedAfterReview += outcome.changedAfterReview;
      summary.claimsAdded += outcome.claims - outcome.reanchored;
    } else {
      summary.unchanged += 1;
    }
  };

  let done = missing.length;
  for (let i = 0; i < files.length; i += batchSize) {
    const batch = files.slice(i, i + batchSize);
    const read: ReadFile[] = [];
    for (const file of batch) {
      try {
        // Refuse by size before reading: a 100 MB file is never loaded.
        const size = fs.statSync(file).size;
        if (size > maxBytes) throw tooLarge(size, maxBytes);
        // A plain Uint8Array: pdf.js refuses Node's Buffer subclass.
        const bytes = new Uint8Array(fs.readFileSync(file));
        read.push({ path: file, bytes, bytesHash: sha256Hex(bytes) });
      } catch (error) {
        summary.failed.push({ path: file, reason: reasonOf(error) });
      }
    }

    const journaled = new Set<string>();
    if (read.length > 0) {
      const rows = await db
        .select({ bytesHash: importFiles.bytesHash })
        .from(importFiles)
        .where(
          inArray(
            importFiles.bytesHash,
            read.map((file) => file.bytesHash),
          ),
        );
      for (const row of rows) journaled.add(row.bytesHash);
    }
    const converted: Converted[] = [];
    const seen = new Set<string>();
    for (const file of read) {
      if (journaled.has(file.bytesHash)) {
        summary.alreadyImported += 1;
        continue;
      }
      if (seen.has(file.bytesHash)) {
        // The same bytes twice in one batch: the first stores it, this one is unchanged.
        summary.unchanged += 1;
        continue;
      }
      seen.add(file.bytesHash);
      try {
        const document = await convertFile(file.bytes, { filename: path.basename(file.path), maxBytes });
        converted.push({ ...file, doc: { ...document, filename: path.basename(file.path) } });
      } catch (error) {
        summary.failed.push({ path: file.path, reason: reasonOf(error) });
      }
    }

    if (converted.length > 0) {
      try {
        const outcomes = await storeBatch(db, converted, options);
        outcomes.forEach(tally);
      } catch {
        // Find the file that failed: each on its own, so the good ones are stored.
        for (const file of converted) {
          try {
            const [outcome] = await storeBatch(db, [file], options);
            if (outcome) tally(outcome);
          } catch (error) {
            summary.failed.push({ path: file.path, reason: reasonOf(error) });
          }
        }
      }
    }
    done += batch.length;
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(done, summary.files, summary);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Sources and their journal rows in one transaction. */
async function storeBatch(db: Db, files: Converted[], options: ImportOptions): Promise<ImportOutcome[]> {
  return db.transaction(async (tx) => {
    const outcomes = await importDocuments(
      tx,
      files.map((file) => file.doc),
      options,
    );
    await tx
      .insert(importFiles)
      .values(files.map((file, i) => ({ bytesHash: file.bytesHash, sourceId: outcomes[i]?.sourceId ?? -1, path: file.path })))
      .onConflictDoNothing();
    return outcomes;
  });
}

function reasonOf(error: unknown): string {
  if (error instanceof IngestError || error instanceof ImportError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES") return "Permission denied: the file cannot be read.";
  if (code === "EISDIR") return "This is a folder, not a file.";
  console.error(error);
  return `Could not be imported (${error instanceof Error ? error.message : String(error)}).`;
}
