/**
 * Bytes to text. The normal form a text is stored in is `normalizeText` (lib/ingest/normalize.ts),
 * the one definition; `requireText` applies it and refuses an empty text.
 */
import { normalizeText } from "./normalize";
import { IngestError } from "./errors";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A byte-order mark at the start, if any: which encoding it names and how long it is. */
export function byteOrderMark(bytes: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be"; length: number } | null {
  if (bytes.length >= 3 && UTF8_BOM.every((byte, index) => bytes[index] === byte)) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Decodes a text file: a BOM decides the encoding, otherwise it must be valid UTF-8. Control
 * characters other than tab, newline, carriage return and form feed mean it is not text.
 * `label` names the file in messages ("This file", "The page").
 */
export function decodeStrictText(bytes: Uint8Array, label = "This file"): string {
  const bom = byteOrderMark(bytes);
  let text: string;
  try {
    text = new TextDecoder(bom?.encoding ?? "utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError(
      "binary",
      `${label} is not UTF-8 text: it has bytes that are not valid UTF-8. Save it as UTF-8 text (or as HTML or PDF) and try again.`,
    );
  }
  assertNoControlCharacters(text, label);
  return text;
}

/**
 * Decodes with a declared charset (HTML's <meta charset> or the Content-Type header), falling back
 * to UTF-8, then to windows-1252 (what browsers assume for an undeclared legacy page).
 */
export function decodeWithCharset(bytes: Uint8Array, charset: string | null, label = "This file"): string {
  const bom = byteOrderMark(bytes);
  let text: string | null = null;
  if (bom) text = new TextDecoder(bom.encoding).decode(bytes);
  if (text === null && charset) {
    try {
      text = new TextDecoder(charset.trim().toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: decide from the bytes below.
    }
  }
  if (text === null) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
    }
  }
  assertNoControlCharacters(text, label);
  return text;
}

/** NUL and most C0 controls never appear in text; they mean a binary file. */
function assertNoControlCharacters(text: string, label: string): void {
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) {
    throw new IngestError(
      "binary",
      `${label} looks like a binary file, not text: it contains control characters. Upload a .txt, .md, .html or .pdf file.`,
    );
  }
}

/** Normalises and refuses a text with nothing in it. */
export function requireText(text: string, emptyMessage: string): string {
  const normalized = normalizeText(text);
  if (normalized.trim() === "") throw new IngestError("empty", emptyMessage);
  return normalized;
}
