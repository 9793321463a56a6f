/**
 * Size limits of a release document. Plain module (no Node or Next import, relative imports only):
 * next.config.ts reads it to size the server-action body limit.
 *
 * CLAIMDESK_MAX_DOCUMENT_MB (default 20) caps an uploaded or fetched file and the text of a release.
 * The client form gets the number from its page (server) as a prop; it never reads the environment.
 */
export { formatBytes } from "./format";
import { readEnv } from "../core/env";

/** CLAIMDESK_MAX_DOCUMENT_MB in bytes (the variable is checked by lib/core/env.ts). */
export function readMaxDocumentBytes(env: Record<string, string | undefined> = process.env): number {
  return Math.round(readEnv(env).CLAIMDESK_MAX_DOCUMENT_MB * 1_000_000);
}

/** The largest file (upload or fetched body) and the largest release text, in bytes. */
export const MAX_DOCUMENT_BYTES: number = readMaxDocumentBytes();
