/**
 * One text, one hash: the text of a release is normalised before it is hashed and stored, so the
 * same release pasted, uploaded or fetched (different line endings, a byte-order mark, trailing
 * spaces, Unicode composed or not) is one source. The stored body is the normalised text, so claim
 * offsets always refer to what is stored.
 */
import { createHash } from "node:crypto";

/**
 * The one normal form every release text is stored and hashed in (the seed, the app's paste,
 * upload and web address, the bulk CLI and the test fixtures all reach it through importDocuments):
 * no byte-order mark, "\n" line endings (CR, CRLF, form feed, vertical tab and the Unicode line and
 * paragraph separators become "\n"), no NUL, no-break spaces as spaces, Unicode NFC, no trailing
 * spaces or tabs on a line, at most one blank line between paragraphs, no whitespace at either end.
 * Idempotent: normalizing twice changes nothing (property-tested in normalize.test.ts). NFC runs
 * after the characters are removed, so removing one never leaves a pair NFC would still compose.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\f\v\u2028\u2029]/g, "\n")
    .replace(/\u0000/g, "")
    .replace(/\u00a0/g, " ")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The content hash of a text: sha256 of its normalised form (what sources.content_hash holds). */
export function contentHashOf(text: string): string {
  return sha256Hex(normalizeText(text));
}

/** URLs are compared without their fragment and surrounding spaces. */
export function normalizeUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  try {
    const parsed = new URL(trimmed);
    parsed.hash = "";
    return parsed.toString();
  } catch {
    return trimmed;
  }
}
