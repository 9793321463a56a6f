/** The messages between the conversion pool and its worker threads. Types only. */
import type { IngestErrorCode } from "./errors";
import type { HtmlDocument } from "./html";
import type { PdfDocument } from "./pdf";

export type ConversionJob = { kind: "html"; html: string; pageUrl: string | null } | { kind: "pdf"; bytes: Uint8Array };

export type ConversionReply =
  | { ok: true; kind: "html"; document: HtmlDocument }
  | { ok: true; kind: "pdf"; document: PdfDocument }
  | { ok: false; code: IngestErrorCode | null; message: string };
