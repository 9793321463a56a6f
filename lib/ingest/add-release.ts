/**
 * Adding one release from the app: parse (zod) → authenticate → normalise and size-check the text
 * → in ONE transaction: importDocument (source + claims, or the existing source, or a new version)
 * and the audit row. A failure anywhere rolls everything back.
 *
 * Who may: every signed-in role (reviewer, editor, admin) — the issue has reviewers add releases;
 * adding publishes nothing, and the audit history names who did it.
 *
 * Not built on defineMutation (lib/review/mutation.ts): that wrapper loads and authorizes an
 * existing row, and an add has none. The order and the audit-in-the-same-transaction rule are the same.
 * No Next import: the tests call it with real users, lib/actions/add-release.ts adds the session.
 */
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { SIGN_IN_REQUIRED, UNEXPECTED_ERROR } from "@/lib/review/mutation";
import { importDocument, type ImportOutcome } from "@/lib/sources/import";
import { addReleaseSchema } from "@/lib/validation/ingest";
import { tooLarge } from "./convert";
import { MAX_DOCUMENT_BYTES } from "./limits";
import { normalizeText } from "./text";

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
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
    return { ok: false, error: "Check the highlighted fields.", fieldErrors };
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
    const outcome = await db.transaction(async (tx) => {
      const result = await importDocument(
        tx,
        { text, title: input.title, publisher: input.publisher ?? null, publishedAt: input.publishedAt ?? null, url: input.url ?? null },
        { actorId: actor.id },
      );
      if (result.kind !== "unchanged") {
        await tx.insert(auditLog).values({
          actorId: actor.id,
          action: result.kind === "created" ? "source.added" : "source.version_added",
          entityType: "source",
          entityId: String(result.sourceId),
          claimId: null,
          before: result.kind === "new_version" ? { sourceId: result.previousSourceId } : null,
          after: {
            title: input.title,
            format: input.format ?? "pasted",
            claims: result.claims,
            ...(result.kind === "new_version" ? { reanchored: result.reanchored, changedAfterReview: result.changedAfterReview } : {}),
          },
        });
      }
      return result;
    });
    return { ok: true, outcome };
  } catch (error) {
    console.error("source.added failed", error);
    return { ok: false, error: UNEXPECTED_ERROR };
  }
}
