/**
 * The application's error codes, defined once. Data functions throw AppError; route handlers and
 * pages map a code to a response (`httpStatusOf`) instead of parsing messages.
 *
 * A code is "<kind>" or "<kind>:<detail>"; the kind decides the HTTP status.
 */
export type ErrorCode = "bad_request:cursor" | "bad_request:filter" | "unauthorized" | "forbidden" | "unavailable:database";

/** Every code is thrown somewhere (the queries, db/client.ts); lib/core/errors.test.ts keeps it so. */
export const ERROR_CODES: readonly ErrorCode[] = [
  "bad_request:cursor",
  "bad_request:filter",
  "unauthorized",
  "forbidden",
  "unavailable:database",
];

const STATUS_BY_KIND: Record<string, number> = { bad_request: 400, unauthorized: 401, forbidden: 403, unavailable: 503 };

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get kind(): string {
    return this.code.split(":")[0] ?? this.code;
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

export function httpStatusOf(error: AppError): number {
  return STATUS_BY_KIND[error.kind] ?? 500;
}

/** Seconds a client should wait before retrying while the database is unavailable (Retry-After). */
export const DATABASE_RETRY_AFTER_S = 5;

/**
 * Driver and server errors that mean "the database is not answering", not "this request is wrong":
 * refused or lost connections, the connect timeout, the statement timeout, a server shutting down
 * or starting up, too many connections. Looked for through the `cause` chain (drizzle wraps the
 * driver's error in its own).
 */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57014", // query_canceled: the statement timeout
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    if (isAppError(current, "unavailable:database")) return true;
    if (typeof current !== "object") return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
