/**
 * What kind of document some bytes are, from three witnesses: the file name's extension, the
 * Content-Type, and the bytes themselves (magic numbers). The bytes win: a ".txt" that is really
 * a PDF, an image or a Word file gets a clear error, not a page of garbage.
 */
import { IngestError } from "./errors";

export type DocumentFormat = "text" | "markdown" | "html" | "pdf";

export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf"] as const;
/** For the file input's `accept` (extensions and the types browsers report for them). */
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_EXTENSIONS, "text/plain", "text/markdown", "text/html", "application/pdf"].join(",");

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
};

const CONTENT_TYPES: Record<string, DocumentFormat> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "application/x-pdf": "pdf",
};

/** Types that say nothing about the content: decide from the name and the bytes. */
const GENERIC_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream", "application/x-download", "application/download"]);

const FORMAT_NAMES: Record<DocumentFormat, string> = { text: "plain text", markdown: "Markdown", html: "HTML", pdf: "PDF" };

/** Signatures of files that are never a release's text, with what to call them. */
const SIGNATURES: { bytes: (number | null)[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "a JPEG image" },
  { bytes: ascii("GIF87a"), name: "a GIF image" },
  { bytes: ascii("GIF89a"), name: "a GIF image" },
  { bytes: [...ascii("RIFF"), null, null, null, null, ...ascii("WEBP")], name: "a WebP image" },
  { bytes: [null, null, null, null, ...ascii("ftyp")], name: "a video or image (MP4/HEIC)" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "a ZIP archive (Word .docx and other office files are ZIP archives)" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: "an empty ZIP archive" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: "an old Microsoft Office file (.doc or .xls)" },
  { bytes: [0x1f, 0x8b], name: "a gzip-compressed file" },
  { bytes: ascii("7z\xbc\xaf\x27\x1c"), name: "a 7-Zip archive" },
  { bytes: ascii("Rar!"), name: "a RAR archive" },
  { bytes: [0x7f, ...ascii("ELF")], name: "a program (ELF executable)" },
  { bytes: ascii("{\\rtf"), name: "a Rich Text (.rtf) file" },
  { bytes: ascii("%!PS"), name: "a PostScript file" },
];

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

export interface DetectInput {
  bytes: Uint8Array;
  filename?: string | null;
  contentType?: string | null;
}

export function extensionOf(filename: string | null | undefined): string | null {
  const match = /\.([a-z0-9]{1,10})$/i.exec(filename?.trim() ?? "");
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** The media type of a Content-Type header, lowercased, without parameters. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "");
  return match?.[1] ?? null;
}

export function detectFormat({ bytes, filename, contentType }: DetectInput): DocumentFormat {
  const extension = extensionOf(filename);
  const mediaType = mediaTypeOf(contentType);
  const byName = extension ? EXTENSIONS[extension] : undefined;
  const byType = CONTENT_TYPES[mediaType];
  const claimed = byName ?? byType;
  const what = extension ? `named .${extension}` : byType ? `sent as ${mediaType}` : null;

  const pdfAt = pdfHeaderOffset(bytes);
  // The format allows junk before the header; a text file merely quoting "%PDF-" is not a PDF.
  if (pdfAt === 0 || (pdfAt > 0 && (!claimed || claimed === "pdf"))) {
    if (claimed && claimed !== "pdf") {
      throw new IngestError("unsupported_type", `This file is ${what} but it is a PDF document. Rename it to .pdf and upload it again.`);
    }
    return "pdf";
  }
  const signature = SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) {
    throw new IngestError(
      "binary",
      `This file is ${signature.name}, not a press release. Claim Desk reads text (.txt), Markdown (.md), web pages (.html) and PDF files.`,
    );
  }
  if (claimed === "pdf") {
    throw new IngestError("malformed", `This file is ${what} but it is not a PDF: it does not start with the %PDF- header.`);
  }
  if (claimed) return claimed;
  if (extension || !GENERIC_TYPES.has(mediaType)) {
    const given = extension ? `.${extension} files` : `${mediaType} content`;
    throw new IngestError(
      "unsupported_type",
      `Claim Desk cannot read ${given}. Use text (.txt), Markdown (.md), a web page (.html) or a PDF.`,
    );
  }
  return looksLikeHtml(bytes) ? "html" : "text";
}

export function formatName(format: DocumentFormat): string {
  return FORMAT_NAMES[format];
}

/** Where "%PDF-" starts within the first 1 KB, or -1. */
function pdfHeaderOffset(bytes: Uint8Array): number {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).indexOf("%PDF-");
}

function startsWith(bytes: Uint8Array, signature: (number | null)[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, index) => byte === null || bytes[index] === byte);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/.test(head);
}
