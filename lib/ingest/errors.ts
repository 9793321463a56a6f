/**
 * The one error every ingest step throws. `message` is written for the person adding the release
 * (the page and the CLI show it as is); `code` lets callers and tests tell the cases apart.
 */
export type IngestErrorCode =
  | "empty"
  | "too_large"
  | "unsupported_type"
  | "binary"
  | "malformed"
  | "fetch_failed"
  | "blocked_address"
  | "timeout"
  /** Conversion passed its time or memory limit (lib/ingest/worker-pool.ts). */
  | "too_complex"
  /** Every conversion worker is busy and the queue is full. */
  | "busy";

export class IngestError extends Error {
  override readonly name = "IngestError";
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
