/**
 * Size limits of a release document. Plain module (no Node or Next import): next.config.ts reads it
 * to size the server-action body limit, the client form to refuse an oversized file before sending.
 *
 * CLAIMDESK_MAX_DOCUMENT_MB (default 20) caps an uploaded or fetched file and the text of a release.
 */
const DEFAULT_MAX_DOCUMENT_MB = 20;

export function readMaxDocumentBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CLAIMDESK_MAX_DOCUMENT_MB?.trim();
  if (!raw) return DEFAULT_MAX_DOCUMENT_MB * 1_000_000;
  const megabytes = Number(raw);
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > 1_000) {
    throw new Error(`CLAIMDESK_MAX_DOCUMENT_MB must be a number of megabytes between 0 and 1000, not ${JSON.stringify(raw)}.`);
  }
  return Math.round(megabytes * 1_000_000);
}

/** The largest file (upload or fetched body) and the largest release text, in bytes. */
export const MAX_DOCUMENT_BYTES: number = readMaxDocumentBytes();

/** "20 MB", "1.5 MB", "900 KB": sizes as people read them (decimal units, like the limit). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}
