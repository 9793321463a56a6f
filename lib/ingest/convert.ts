/**
 * Bytes (an upload, a fetched body, a file from disk) to one release: its plain text in the stored
 * normal form and whatever metadata the document carries.
 */
import type { IncomingDocument } from "./document";
import { type DocumentFormat, charsetOf, detectFormat } from "./detect";
import { IngestError } from "./errors";
import { declaredCharset } from "./html";
import { formatBytes, MAX_DOCUMENT_BYTES } from "./limits";
import { markdownToDocument } from "./markdown";
import { decodeStrictText, decodeWithCharset, requireText } from "./text";
import { convertHtmlInWorker, convertPdfInWorker } from "./worker-pool";

export interface ConvertedDocument extends IncomingDocument {
  format: DocumentFormat;
}

export interface ConvertOptions {
  filename?: string;
  contentType?: string;
  /** Where the bytes came from (a fetch): resolves relative links, and is the URL when the page names none. */
  url?: string;
  /** Defaults to MAX_DOCUMENT_BYTES. */
  maxBytes?: number;
}

export async function convertFile(bytes: Uint8Array, options: ConvertOptions = {}): Promise<ConvertedDocument> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (bytes.length === 0) throw new IngestError("empty", "This file is empty: there is no text to import.");
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);

  const format = detectFormat({ bytes, filename: options.filename, contentType: options.contentType });
  const emptyMessage = "This file has no text in it (only spaces or markup).";
  const url = options.url ?? null;
  switch (format) {
    case "text": {
      const text = requireText(decodeStrictText(bytes), emptyMessage);
      return { format, text, title: firstLineTitle(text), publisher: null, publishedAt: null, url };
    }
    case "markdown": {
      const { text, title } = markdownToDocument(decodeStrictText(bytes));
      const normalized = requireText(text, emptyMessage);
      return { format, text: normalized, title: title ?? firstLineTitle(normalized), publisher: null, publishedAt: null, url };
    }
    case "html": {
      const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
      const html = decodeWithCharset(bytes, charsetOf(options.contentType) ?? declaredCharset(head), "This page");
      // Web pages and PDFs convert in a worker with a time and memory limit (worker-pool.ts).
      const page = await convertHtmlInWorker(html, url);
      const text = requireText(page.text, "This page has no readable text: no article or body text was found.");
      return { format, text, title: page.title, publisher: page.publisher, publishedAt: page.publishedAt, url: page.url };
    }
    case "pdf": {
      const pdf = await convertPdfInWorker(bytes);
      const text = requireText(pdf.text, emptyMessage);
      return { format, text, title: pdf.title ?? firstLineTitle(text), publisher: null, publishedAt: null, url };
    }
  }
}

export function tooLarge(size: number, maxBytes: number): IngestError {
  return new IngestError(
    "too_large",
    `This file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}. Import a smaller file, or paste the release's text.`,
  );
}

/** A plain text's first line, when it is short enough to be a headline. */
export function firstLineTitle(text: string): string | null {
  const line = text.split("\n", 1)[0]?.trim() ?? "";
  return line !== "" && line.length <= 200 ? line : null;
}
