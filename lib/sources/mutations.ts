/**
 * Adding one release from the app: parse (zod) → authenticate → normalise and size-check the text
 * → importDocument, which stores the source, its claims and the audit row naming the actor in ONE
 * transaction (or finds the existing source, or makes a new version). A failure rolls it all back.
 *
 * Who may: every signed-in role (reviewer, editor, admin) — the issue has reviewers add releases;
 * adding publishes nothing, and the audit history names who did it.
 *
 * Not built on defineMutation (db/mutation.ts): that wrapper loads and authorizes an
 * existing row, and an add has none; the order and the audit-in-the-same-transaction rule hold.
 * No Next import: the tests call it with real users, lib/sources/actions.ts adds the session.
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/core/roles";
import { isDatabaseUnavailable } from "@/lib/core/errors";
import { DATABASE_UNAVAILABLE_WRITE, SIGN_IN_REQUIRED, UNEXPECTED_ERROR, conflict, defineMutation, Refusal } from "@/db/mutation";
import { ImportError, importDocument, type ImportOutcome } from "./import";
import { fieldErrorsOf } from "@/lib/core/form";
import { addReleaseSchema, updateSourceMetadataSchema } from "./schema";
import { tooLarge } from "@/lib/ingest/convert";
import { MAX_DOCUMENT_BYTES } from "@/lib/ingest/limits";
import { normalizeText } from "@/lib/ingest/normalize";
import { sources } from "@/db/schema";
import { canChangeAuthoredItem, hasRole } from "@/lib/core/roles";

export type AddReleaseResult =
  | { ok: true; outcome: ImportOutcome }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export async function addRelease(
  db: Db,
  actor: Actor | null,
  rawInput: unknown,
  options: { maxBytes?: number } = {},
): Promise<AddReleaseResult> {
  const parsed = addReleaseSchema.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  if (!actor) return { ok: false, error: SIGN_IN_REQUIRED };

  const input = parsed.data;
  const text = normalizeText(input.text);
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    const message = tooLarge(size, maxBytes).message.replace(/^This file/, "This text");
    return { ok: false, error: message, fieldErrors: { text: [message] } };
  }

  try {
    // One transaction inside: the source, its claims and its audit row ("source.imported" or
    // "source.versioned", naming the actor), or nothing.
    const outcome = await importDocument(
      db,
      { text, title: input.title, publisher: input.publisher ?? null, publishedAt: input.publishedAt ?? null, url: input.url ?? null },
      { actorId: actor.id },
    );
    return { ok: true, outcome };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.message };
    console.error("add release failed", error);
    return { ok: false, error: isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_WRITE : UNEXPECTED_ERROR };
  }
}

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
