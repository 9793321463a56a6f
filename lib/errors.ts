/**
 * The application's error codes, defined once. Data functions throw AppError; route handlers and
 * pages map a code to a response (`httpStatusOf`) instead of parsing messages.
 *
 * A code is "<kind>" or "<kind>:<detail>"; the kind decides the HTTP status.
 */
export type ErrorCode =
  | "bad_request:cursor"
  | "bad_request:filter"
  | "not_found"
  | "conflict:version"
  | "unauthorized"
  | "forbidden"
  | "rate_limited"
  | "unavailable:database";

const STATUS_BY_KIND: Record<string, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

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
