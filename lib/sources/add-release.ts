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
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/core/roles";
import { isDatabaseUnavailable } from "@/lib/core/errors";
import { DATABASE_UNAVAILABLE_WRITE, SIGN_IN_REQUIRED, UNEXPECTED_ERROR } from "@/db/mutation";
import { ImportError, importDocument, type ImportOutcome } from "@/lib/sources/import";
import { fieldErrorsOf } from "@/lib/core/form";
import { addReleaseSchema } from "@/lib/sources/schema";
import { tooLarge } from "@/lib/ingest/convert";
import { MAX_DOCUMENT_BYTES } from "@/lib/ingest/limits";
import { normalizeText } from "@/lib/ingest/normalize";

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
