/**
 * Size limits of a release document. Plain module (no Node or Next import): next.config.ts reads it
 * to size the server-action body limit.
 *
 * CLAIMDESK_MAX_DOCUMENT_MB (default 20) caps an uploaded or fetched file and the text of a release.
 * The client form gets the number from its page (server) as a prop; it never reads the environment.
 */
export { formatBytes } from "./format";

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
