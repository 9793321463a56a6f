/**
 * What the dataset pages read, decided by who is looking. Staff (any signed-in role) see every
 * live dataset; the public sees a dataset only while a published verdict's claim cites it through
 * a citation an editor made public. No Next import (tests call these with real users).
 */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimDataMatches, claims, dataSuggestionDecisions, datasetRows, datasets, users, verdicts } from "@/db/schema";
import { type Actor, canChangeAuthoredItem, hasRole } from "@/lib/core/roles";
import type { DatasetColumn } from "./columns";

export interface DatasetSummary {
  id: number;
  title: string;
  publisher: string | null;
  rowCount: number;
  columnCount: number;
  version: number;
  createdAt: Date;
}

/** A published verdict's claim cites the dataset through a public, live citation. */
const publiclyCited = sql`EXISTS (
  SELECT 1 FROM ${dataSuggestionDecisions} dsd
  JOIN ${citations} ci ON ci.id = dsd.citation_id AND ci.deleted_at IS NULL AND ci.is_public
  JOIN ${verdicts} v ON v.claim_id = ci.claim_id AND v.state = 'published'
  WHERE dsd.dataset_id = ${datasets.id} AND dsd.decision = 'accepted')`;

export async function listDatasets(db: Db, viewer: Actor | null, options: { limit?: number } = {}): Promise<DatasetSummary[]> {
  const rows = await db
    .select({
      id: datasets.id,
      title: datasets.title,
      publisher: datasets.publisher,
      rowCount: datasets.rowCount,
      columns: datasets.columns,
      version: datasets.version,
      createdAt: datasets.createdAt,
    })
    .from(datasets)
    .where(and(isNull(datasets.deletedAt), viewer ? undefined : publiclyCited))
    .orderBy(desc(datasets.createdAt), desc(datasets.id))
    .limit(options.limit ?? 200);
  return rows.map(({ columns, ...row }) => ({ ...row, columnCount: columns.length }));
}

export interface DatasetPage {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  licence: string | null;
  version: number;
  previousVersionId: number | null;
  columns: DatasetColumn[];
  rowCount: number;
  byteSize: number;
  editVersion: number;
  createdAt: Date;
  addedBy: string | null;
  preview: string[][];
  checkedClaims: { claimId: number; text: string; subject: string; description: string; value: number; citationPublic: boolean }[];
  canEdit: boolean;
  canDelete: boolean;
}

export const PREVIEW_ROWS = 50;

export async function getDatasetPage(db: Db, viewer: Actor | null, id: number): Promise<DatasetPage | null> {
  const [row] = await db
    .select({
      id: datasets.id,
      title: datasets.title,
      publisher: datasets.publisher,
      url: datasets.url,
      publishedOn: datasets.publishedOn,
      licence: datasets.licence,
      version: datasets.version,
      previousVersionId: datasets.previousVersionId,
      columns: datasets.columns,
      rowCount: datasets.rowCount,
      byteSize: datasets.byteSize,
      editVersion: datasets.editVersion,
      createdAt: datasets.createdAt,
      createdById: datasets.createdById,
      addedBy: users.name,
    })
    .from(datasets)
    .leftJoin(users, eq(users.id, datasets.createdById))
    .where(and(eq(datasets.id, id), isNull(datasets.deletedAt), viewer ? undefined : publiclyCited));
  if (!row) return null;
  const preview = await db
    .select({ cells: datasetRows.cells })
    .from(datasetRows)
    .where(eq(datasetRows.datasetId, id))
    .orderBy(asc(datasetRows.rowNumber))
    .limit(PREVIEW_ROWS);
  const checked = await db
    .select({
      claimId: claims.id,
      text: claims.text,
      subject: claims.subject,
      description: dataSuggestionDecisions.description,
      value: dataSuggestionDecisions.value,
      citationPublic: citations.isPublic,
      published: sql<boolean>`EXISTS (SELECT 1 FROM ${verdicts} v WHERE v.claim_id = ${claims.id} AND v.state = 'published')`,
    })
    .from(dataSuggestionDecisions)
    .innerJoin(citations, and(eq(citations.id, dataSuggestionDecisions.citationId), isNull(citations.deletedAt)))
    .innerJoin(claims, eq(claims.id, dataSuggestionDecisions.claimId))
    .where(and(eq(dataSuggestionDecisions.datasetId, id), eq(dataSuggestionDecisions.decision, "accepted")))
    .orderBy(asc(claims.id));
  const { createdById, addedBy, ...rest } = row;
  return {
    ...rest,
    // The public does not learn who in the newsroom added it.
    addedBy: viewer ? addedBy : null,
    preview: preview.map((p) => p.cells),
    checkedClaims: checked.filter((c) => viewer || (c.citationPublic && c.published)).map(({ published: _published, ...c }) => c),
    canEdit: viewer !== null && ((createdById !== null && canChangeAuthoredItem(viewer, createdById)) || hasRole(viewer, "editor")),
    canDelete: viewer !== null && hasRole(viewer, "editor"),
  };
}

/** The badge of each claim (queue, claim page): its strongest data match, if any. */
export async function dataMatchesFor(db: Db, claimIds: readonly number[]) {
  if (claimIds.length === 0) return new Map<number, { agrees: boolean; sentence: string; description: string; datasetId: number }>();
  const rows = await db
    .select({
      claimId: claimDataMatches.claimId,
      agrees: claimDataMatches.agrees,
      sentence: claimDataMatches.sentence,
      description: claimDataMatches.description,
      datasetId: claimDataMatches.datasetId,
    })
    .from(claimDataMatches)
    .innerJoin(datasets, and(eq(datasets.id, claimDataMatches.datasetId), isNull(datasets.deletedAt)))
    .where(
      sql`${claimDataMatches.claimId} IN (${sql.join(
        claimIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  return new Map(rows.map(({ claimId, ...rest }) => [claimId, rest]));
}
