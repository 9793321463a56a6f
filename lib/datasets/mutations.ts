/**
 * Dataset writes, each through the one mutation wrapper (db/mutation.ts: parse → actor →
 * one transaction: load, authorize on the row, write, audit).
 *
 *   accept a suggestion  any signed-in reviewer: a citation (the dataset as the source, the
 *                        computation as the passage, its value as the figure) + the decision
 *   reject a suggestion  any signed-in reviewer: remembered, so it is not offered first again
 *   edit a dataset       the person who added it, editors and admins (title, details, column types)
 *   delete a dataset     editors and admins, and only while no live citation uses it
 */
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { citations, claims, dataSuggestionDecisions, datasets } from "@/db/schema";
import { canChangeAuthoredItem, hasRole } from "@/lib/core/roles";
import { siteConfig } from "@/lib/http/site";
import { conflict, defineMutation, Refusal } from "@/db/mutation";
import { formatFigure } from "./agreement";
import { findCandidate } from "./suggestions";
import { decideSuggestionSchema, deleteDatasetSchema, updateDatasetSchema } from "./schema";

/** The dataset's public page: on SITE_URL, or else on the origin of the request (`siteOrigin`). */
export function datasetUrl(datasetId: number, siteOrigin: string | null = null): string {
  return `${siteConfig(siteOrigin).url}/datasets/${datasetId}`;
}

const DATASET_GONE = "This dataset no longer exists.";

/** The suggestion a reviewer decided on, recomputed on the server; refused when it is no longer offered. */
async function offeredCandidate(
  tx: Parameters<typeof findCandidate>[0],
  input: { claimId: number; datasetId: number; candidateKey: string },
) {
  const candidate = await findCandidate(tx, input.claimId, input.datasetId, input.candidateKey);
  if (!candidate) throw new Refusal("This suggestion is no longer offered (the dataset or the claim changed). Reload the page.");
  return candidate;
}

async function loadClaimAndDataset(
  tx: Parameters<Parameters<typeof defineMutation>[0]["load"]>[0],
  input: { claimId: number; datasetId: number },
) {
  const [claim] = await tx
    .select({ id: claims.id, sourceId: claims.sourceId, unit: claims.unit })
    .from(claims)
    .where(eq(claims.id, input.claimId));
  const [dataset] = await tx
    .select({ id: datasets.id, title: datasets.title, publisher: datasets.publisher, publishedOn: datasets.publishedOn, url: datasets.url })
    .from(datasets)
    .where(and(eq(datasets.id, input.datasetId), isNull(datasets.deletedAt)));
  return claim && dataset ? { claim, dataset } : undefined;
}

export const acceptSuggestion = defineMutation({
  action: "data_suggestion.accepted",
  schema: decideSuggestionSchema,
  load: loadClaimAndDataset,
  notFound: "This claim or dataset no longer exists.",
  authorize: () => true,
  write: async (tx, { actor, row, input }) => {
    const candidate = await offeredCandidate(tx, input);
    const [existing] = await tx
      .select({ id: dataSuggestionDecisions.id, decision: dataSuggestionDecisions.decision })
      .from(dataSuggestionDecisions)
      .where(
        and(
          eq(dataSuggestionDecisions.claimId, input.claimId),
          eq(dataSuggestionDecisions.datasetId, input.datasetId),
          eq(dataSuggestionDecisions.candidateKey, input.candidateKey),
        ),
      );
    if (existing?.decision === "accepted") throw new Refusal("This suggestion is already a citation.");
    const quote = `${candidate.description}: ${formatFigure(candidate.value, candidate.unit)} (rows ${candidate.rows.slice(0, 10).join(", ")} of the dataset). ${candidate.agreement.sentence}.`;
    const [citation] = await tx
      .insert(citations)
      .values({
        claimId: row.claim.id,
        authorId: actor.id,
        url: datasetUrl(row.dataset.id, input.siteOrigin ?? null),
        title: row.dataset.title,
        publisher: row.dataset.publisher,
        publishedOn: row.dataset.publishedOn,
        quote,
        stance: candidate.agreement.agrees ? "supports" : "contradicts",
        figure: candidate.value,
      })
      .returning({ id: citations.id });
    if (!citation) throw new Error("insert returned no row");
    const decision = {
      claimId: row.claim.id,
      datasetId: row.dataset.id,
      candidateKey: input.candidateKey,
      decision: "accepted" as const,
      citationId: citation.id,
      description: candidate.description,
      value: candidate.value,
      actorId: actor.id,
    };
    await tx
      .insert(dataSuggestionDecisions)
      .values(decision)
      .onConflictDoUpdate({
        target: [dataSuggestionDecisions.claimId, dataSuggestionDecisions.datasetId, dataSuggestionDecisions.candidateKey],
        set: { decision: "accepted", citationId: citation.id, actorId: actor.id, createdAt: sql`now()` },
      });
    return {
      id: citation.id,
      message: "Added as a citation.",
      audit: {
        entityType: "citation",
        entityId: citation.id,
        claimId: row.claim.id,
        before: null,
        after: {
          datasetId: row.dataset.id,
          candidateKey: input.candidateKey,
          description: candidate.description,
          figure: candidate.value,
          agrees: candidate.agreement.agrees,
        },
      },
      affected: { claimId: row.claim.id, sourceId: row.claim.sourceId },
    };
  },
});

export const rejectSuggestion = defineMutation({
  action: "data_suggestion.rejected",
  schema: decideSuggestionSchema,
  load: loadClaimAndDataset,
  notFound: "This claim or dataset no longer exists.",
  authorize: () => true,
  write: async (tx, { actor, row, input }) => {
    const candidate = await offeredCandidate(tx, input);
    const [saved] = await tx
      .insert(dataSuggestionDecisions)
      .values({
        claimId: row.claim.id,
        datasetId: row.dataset.id,
        candidateKey: input.candidateKey,
        decision: "rejected",
        description: candidate.description,
        value: candidate.value,
        actorId: actor.id,
      })
      .onConflictDoUpdate({
        target: [dataSuggestionDecisions.claimId, dataSuggestionDecisions.datasetId, dataSuggestionDecisions.candidateKey],
        set: { decision: "rejected", actorId: actor.id, createdAt: sql`now()` },
        // An accepted suggestion stays accepted: delete its citation to undo it.
        setWhere: sql`${dataSuggestionDecisions.decision} = 'rejected'`,
      })
      .returning({ id: dataSuggestionDecisions.id });
    if (!saved) throw new Refusal("This suggestion is already a citation; delete the citation to undo it.");
    return {
      id: saved.id,
      message: "Suggestion rejected: it will not be offered first again.",
      audit: {
        entityType: "dataset",
        entityId: row.dataset.id,
        claimId: row.claim.id,
        before: null,
        after: { rejected: input.candidateKey, description: candidate.description },
      },
      affected: { claimId: row.claim.id },
    };
  },
});

const NOT_YOURS = "Only the person who added this dataset, editors and admins can change it.";

export const updateDataset = defineMutation({
  action: "dataset.updated",
  schema: updateDatasetSchema,
  load: async (tx, input) => {
    const [row] = await tx
      .select()
      .from(datasets)
      .where(and(eq(datasets.id, input.datasetId), isNull(datasets.deletedAt)));
    return row;
  },
  notFound: DATASET_GONE,
  authorize: (actor, row) =>
    (row.createdById !== null && canChangeAuthoredItem(actor, row.createdById)) || hasRole(actor, "editor") || NOT_YOURS,
  write: async (tx, { row, input }) => {
    if (input.columnTypes.length !== row.columns.length) {
      throw new Refusal("Choose a type for every column.", { fieldErrors: { columnTypes: ["Choose a type for every column."] } });
    }
    const columns = row.columns.map((column, index) => ({ ...column, type: input.columnTypes[index] ?? column.type }));
    const after = {
      title: input.title,
      publisher: input.publisher ?? null,
      url: input.url ?? null,
      publishedOn: input.publishedOn ?? null,
      licence: input.licence ?? null,
    };
    const [updated] = await tx
      .update(datasets)
      .set({ ...after, columns, editVersion: sql`${datasets.editVersion} + 1`, updatedAt: sql`now()` })
      .where(and(eq(datasets.id, row.id), eq(datasets.editVersion, input.editVersion), isNull(datasets.deletedAt)))
      .returning({ id: datasets.id });
    if (!updated) throw conflict();
    return {
      id: row.id,
      message: "Dataset saved.",
      audit: {
        entityType: "dataset",
        entityId: row.id,
        claimId: null,
        before: {
          title: row.title,
          publisher: row.publisher,
          url: row.url,
          publishedOn: row.publishedOn,
          licence: row.licence,
          columns: row.columns,
        },
        after: { ...after, columns },
      },
      affected: {},
    };
  },
});

export const deleteDataset = defineMutation({
  action: "dataset.deleted",
  schema: deleteDatasetSchema,
  minimumRole: "editor",
  load: async (tx, input) => {
    const [row] = await tx
      .select({ id: datasets.id, title: datasets.title })
      .from(datasets)
      .where(and(eq(datasets.id, input.datasetId), isNull(datasets.deletedAt)));
    return row;
  },
  notFound: DATASET_GONE,
  authorize: () => true,
  write: async (tx, { row, input }) => {
    const [cited] = await tx
      .select({ n: count() })
      .from(dataSuggestionDecisions)
      .innerJoin(citations, eq(citations.id, dataSuggestionDecisions.citationId))
      .where(
        and(eq(dataSuggestionDecisions.datasetId, row.id), eq(dataSuggestionDecisions.decision, "accepted"), isNull(citations.deletedAt)),
      );
    if ((cited?.n ?? 0) > 0) {
      throw new Refusal(
        `${cited?.n} citation${cited?.n === 1 ? "" : "s"} use this dataset. Delete them first, so no claim points at a dataset that is gone.`,
      );
    }
    const [deleted] = await tx
      .update(datasets)
      .set({ deletedAt: sql`now()`, editVersion: sql`${datasets.editVersion} + 1` })
      .where(and(eq(datasets.id, row.id), eq(datasets.editVersion, input.editVersion), isNull(datasets.deletedAt)))
      .returning({ id: datasets.id });
    if (!deleted) throw conflict();
    return {
      id: row.id,
      message: "Dataset deleted.",
      audit: { entityType: "dataset", entityId: row.id, claimId: null, before: { title: row.title }, after: null },
      affected: {},
    };
  },
});
