/**
 * What the add-release form fills itself from after a file was read or a page fetched: the
 * converted text and metadata as form strings. No server import: the client form uses these types.
 */
import type { ConvertedDocument } from "./convert";
import type { DocumentFormat } from "./detect";
import type { IngestErrorCode } from "./errors";

export interface ReleaseDraft {
  text: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD or "" */
  publishedAt: string;
  url: string;
  format: DocumentFormat;
  /** Where it came from, for the form's summary: the file name or the address. */
  origin: string;
}

export type DraftState =
  | { ok: true; draft: ReleaseDraft }
  | { ok: false; error: string; code?: IngestErrorCode; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export function toDraft(document: ConvertedDocument, origin: string): ReleaseDraft {
  return {
    text: document.text,
    title: document.title ?? "",
    publisher: document.publisher ?? "",
    publishedAt: document.publishedAt ?? "",
    url: document.url ?? "",
    format: document.format,
    origin,
  };
}
