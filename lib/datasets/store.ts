/**
 * Storing a dataset: the file streams through the parser (lib/datasets/parse.ts) into
 * dataset_rows in batches, all inside ONE transaction with the dataset row and its audit entry, so
 * a file refused at row 900,000 leaves nothing behind. No Next import: the CLI, the upload route and
 * the tests call it alike.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditLog, datasetRows, datasets } from "@/db/schema";
import { addRowToStats, type DatasetColumn, inferColumns, newStats } from "./columns";
import { DatasetFileError, type ParseProgress, parseTable } from "./parse";

export interface DatasetDetails {
  title: string;
  publisher?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  licence?: string | null;
}

export interface ImportDatasetInput {
  source: AsyncIterable<Uint8Array>;
  filename?: string | null;
  details: DatasetDetails;
  actorId: number | null;
  /** Column types chosen by the person (by column name), over the inferred ones. */
  columnTypes?: Record<string, DatasetColumn["type"]>;
  onProgress?(progress: ParseProgress): void;
  maxBytes?: number;
  maxRows?: number;
}

export type ImportDatasetOutcome =
  | { kind: "created"; datasetId: number; rowCount: number; columns: DatasetColumn[]; version: number }
  | { kind: "unchanged"; datasetId: number };

class SameFile extends Error {
  constructor(readonly datasetId: number) {
    super("same file");
  }
}

const SEARCH_TEXT_LIMIT = 20_000;

async function* hashing(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

/** Streams the file into a new dataset (or a new version of the one at the same URL). */
export async function importDataset(db: Db, input: ImportDatasetInput): Promise<ImportDatasetOutcome> {
  const hash = createHash("sha256");
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(datasets)
        .values({
          title: input.details.title,
          publisher: input.details.publisher ?? null,
          url: input.details.url ?? null,
          publishedOn: input.details.publishedOn ?? null,
          licence: input.details.licence ?? null,
          // Replaced once the whole file has been read.
          contentHash: randomBytes(32).toString("hex"),
          columns: [],
          rowCount: 0,
          byteSize: 0,
          searchText: "",
          createdById: input.actorId,
        })
        .returning({ id: datasets.id });
      if (!created) throw new Error("insert returned no row");
      const datasetId = created.id;
      let stats: ReturnType<typeof newStats> | null = null;
      let next = 1;
      const parsed = await parseTable(
        hashing(input.source, hash),
        { filename: input.filename, onProgress: input.onProgress, maxBytes: input.maxBytes, maxRows: input.maxRows },
        async (rows, header) => {
          stats ??= newStats(header.length);
          for (const row of rows) addRowToStats(stats, row);
          const values = rows.map((cells) => ({ datasetId, rowNumber: next++, cells }));
          // PostgreSQL takes at most 65,535 parameters: 3 per row, so 1,000 rows a statement.
          for (let i = 0; i < values.length; i += 1000) await tx.insert(datasetRows).values(values.slice(i, i + 1000));
        },
      );
      const contentHash = hash.digest("hex");
      const [same] = await tx
        .select({ id: datasets.id })
        .from(datasets)
        .where(and(eq(datasets.contentHash, contentHash), isNull(datasets.deletedAt)));
      if (same) throw new SameFile(same.id);

      const inferred = inferColumns(parsed.header, stats ?? newStats(parsed.header.length));
      const columns = inferred.map((column) => ({ ...column, type: input.columnTypes?.[column.name] ?? column.type }));
      const searchText = buildSearchText(input.details, columns, stats ?? []);
      const previous = input.details.url ? await latestAtUrl(tx, input.details.url, datasetId) : undefined;
      const version = previous ? previous.version + 1 : 1;
      await tx
        .update(datasets)
        .set({
          contentHash,
          columns,
          rowCount: parsed.rowCount,
          byteSize: parsed.bytes,
          searchText,
          version,
          previousVersionId: previous?.id ?? null,
        })
        .where(eq(datasets.id, datasetId));
      await tx
        .insert(auditLog)
        .values({
          actorId: input.actorId,
          action: previous ? "dataset.versioned" : "dataset.added",
          entityType: "dataset",
          entityId: String(datasetId),
          claimId: null,
          before: previous ? { datasetId: previous.id, version: previous.version } : null,
          after: { title: input.details.title, url: input.details.url ?? null, rows: parsed.rowCount, columns, contentHash, version },
        });
      return { kind: "created" as const, datasetId, rowCount: parsed.rowCount, columns, version };
    });
  } catch (error) {
    if (error instanceof SameFile) return { kind: "unchanged", datasetId: error.datasetId };
    throw error;
  }
}

async function latestAtUrl(tx: Tx, url: string, except: number) {
  const [row] = await tx
    .select({ id: datasets.id, version: datasets.version })
    .from(datasets)
    .where(
      and(
        eq(datasets.url, url),
        ne(datasets.id, except),
        isNull(datasets.deletedAt),
        sql`NOT EXISTS (SELECT 1 FROM datasets d2 WHERE d2.previous_version_id = ${datasets.id})`,
      ),
    )
    .orderBy(desc(datasets.version))
    .limit(1);
  return row;
}

function buildSearchText(details: DatasetDetails, columns: DatasetColumn[], stats: ReturnType<typeof newStats>): string {
  const parts = [details.title, details.publisher ?? "", ...columns.map((c) => c.name)];
  columns.forEach((column, index) => {
    if (column.type !== "category") return;
    for (const value of stats[index]?.distinct ?? []) parts.push(value);
  });
  return parts.join(" \n").slice(0, SEARCH_TEXT_LIMIT);
}

export { DatasetFileError };
