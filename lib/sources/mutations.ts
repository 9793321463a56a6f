/**
 * Editing a source's details (title, publisher, date, URL) after it was added, through the
 * mutation wrapper (zod → actor → lock + load → authorize → write + audit in one transaction).
 *
 * Who may: the person who added the source, editors and admins (seeded and CLI-imported sources
 * have no adder, so only editors and admins). The text itself is never edited here: a changed text
 * is a new version (importDocument).
 *
 * Concurrency: the sources row has no row version (its `version` counts versions of the text), so
 * the form carries `seen`, a digest of the details it showed; the write re-reads the locked row and
 * refuses when the digest no longer matches.
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { conflict, defineMutation, Refusal } from "@/db/mutation";
import { sources } from "@/db/schema";
import { canChangeAuthoredItem, hasRole } from "@/lib/core/roles";
import { updateSourceMetadataSchema } from "./schema";

export interface SourceMetadata {
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
}

/** A short digest of the details, the "version" the edit form sends back. */
export function metadataToken(metadata: SourceMetadata): string {
  return createHash("sha256")
    .update(JSON.stringify([metadata.title, metadata.publisher, metadata.publishedAt, metadata.url]))
    .digest("hex")
    .slice(0, 16);
}

export function canEditSourceMetadata(actor: { id: number; role: "reviewer" | "editor" | "admin" }, createdById: number | null): boolean {
  return createdById === null ? hasRole(actor, "editor") : canChangeAuthoredItem(actor, createdById);
}

export const updateSourceMetadata = defineMutation({
  action: "source.details_changed",
  schema: updateSourceMetadataSchema,
  load: async (tx, input) => {
    const [row] = await tx
      .select({
        id: sources.id,
        title: sources.title,
        publisher: sources.publisher,
        publishedAt: sources.publishedAt,
        url: sources.url,
        createdById: sources.createdById,
      })
      .from(sources)
      .where(eq(sources.id, input.sourceId))
      .for("update");
    return row;
  },
  notFound: "This source does not exist.",
  authorize: (actor, row) =>
    canEditSourceMetadata(actor, row.createdById) ||
    (row.createdById === null
      ? "Only editors and admins can change the details of this source."
      : "Only the person who added this source, editors and admins can change its details."),
  write: async (tx, { row, input }) => {
    if (metadataToken(row) !== input.seen) throw conflict();
    const next: SourceMetadata = {
      title: input.title,
      publisher: input.publisher ?? null,
      publishedAt: input.publishedAt ?? null,
      url: input.url ?? null,
    };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of ["title", "publisher", "publishedAt", "url"] as const) {
      if (row[key] !== next[key]) {
        before[key] = row[key];
        after[key] = next[key];
      }
    }
    if (Object.keys(after).length === 0) throw new Refusal("Nothing to save: the details are as they were.");
    await tx.update(sources).set(next).where(eq(sources.id, row.id));
    return {
      id: row.id,
      message: "Details saved.",
      audit: { entityType: "source", entityId: row.id, claimId: null, before, after },
      affected: { sourceId: row.id },
    };
  },
});
