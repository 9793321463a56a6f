/** What every way in (a paste, a file, a web address, the bulk command, the seed) hands to lib/sources/import.ts. */
export interface IncomingDocument {
  /** The release's plain text (already converted from HTML/PDF/MD). */
  text: string;
  title?: string | null;
  publisher?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
  /** Canonical URL when known. */
  url?: string | null;
  /** The uploaded or imported file's name, if any: a title of last resort. */
  filename?: string | null;
}
