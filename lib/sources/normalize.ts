/**
 * One text, one hash: the text of a release is normalised before it is hashed and stored, so the
 * same release pasted, uploaded or fetched (different line endings, a byte-order mark, trailing
 * spaces, Unicode composed or not) is one source. The stored body is the normalised text, so claim
 * offsets always refer to what is stored.
 */
import { createHash } from "node:crypto";

export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\u0000/g, "")
    .replace(/[ \t\f\v\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The content hash of a text: sha256 of its normalised form. */
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
