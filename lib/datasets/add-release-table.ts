/**
 * A table found inside a release becomes a dataset: parse (zod) → actor (any signed-in role) →
 * the table, turned into CSV, goes through the same streaming import (one transaction with its
 * audit row). The release's title, publisher, address and date describe it.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { sources } from "@/db/schema";
import type { Actor } from "@/lib/core/roles";
import { SIGN_IN_REQUIRED } from "@/db/mutation";
import { chunksOf, DatasetFileError } from "./parse";
import { findTables, tableToCsv } from "./release-tables";
import { importDataset, type ImportDatasetOutcome } from "./store";
import { formRowId } from "@/lib/core/params";

export const addReleaseTableSchema = z.object({
  sourceId: formRowId("The release"),
  tableIndex: z.coerce.number().int().min(0).max(1_000),
});

export type AddReleaseTableResult = { ok: true; outcome: ImportDatasetOutcome } | { ok: false; error: string };

export async function addReleaseTable(db: Db, actor: Actor | null, raw: unknown): Promise<AddReleaseTableResult> {
  const parsed = addReleaseTableSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "Choose a table of a release." };
  if (!actor) return { ok: false, error: SIGN_IN_REQUIRED };
  const [source] = await db
    .select({ title: sources.title, publisher: sources.publisher, url: sources.url, publishedAt: sources.publishedAt, body: sources.body })
    .from(sources)
    .where(eq(sources.id, parsed.data.sourceId));
  if (!source) return { ok: false, error: "This release does not exist." };
  const tables = findTables(source.body);
  const table = tables[parsed.data.tableIndex];
  if (!table) return { ok: false, error: "This release has no such table." };
  try {
    const outcome = await importDataset(db, {
      source: chunksOf(new TextEncoder().encode(tableToCsv(table))),
      filename: "release-table.csv",
      details: {
        title: tables.length > 1 ? `${source.title} (table ${parsed.data.tableIndex + 1})` : `${source.title} (table)`,
        publisher: source.publisher,
        url: null,
        publishedOn: source.publishedAt,
      },
      actorId: actor.id,
    });
    return { ok: true, outcome };
  } catch (error) {
    if (error instanceof DatasetFileError) return { ok: false, error: `${error.message} Nothing was stored.` };
    throw error;
  }
}
