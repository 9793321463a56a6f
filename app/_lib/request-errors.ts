import { NextResponse } from "next/server";
import { markDatabaseDown } from "@/db/health";
import { DATABASE_RETRY_AFTER_S, httpStatusOf, isAppError, isDatabaseUnavailable } from "@/lib/core/errors";

/**
 * What to tell a person when the data layer refused the request itself (a tampered or stale cursor,
 * a filter outside the contract), or null when the fault is ours and the error page should show.
 */
export function badRequestMessage(error: unknown): string | null {
  if (!isAppError(error) || error.kind !== "bad_request") return null;
  return error.code === "bad_request:cursor"
    ? "This page link is out of date or was changed: its position in the list (the cursor) is not one this server gave out."
    : error.message;
}

/** A 400 a JSON client reads: the message, and any extra fields (such as the failing parameters). */
export function jsonBadRequest(error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

export const DATABASE_UNAVAILABLE_MESSAGE = "The claims database is not available right now. Nothing was lost; try again shortly.";

/** Headers of a 503 while the database is unavailable. */
export function unavailableHeaders(): Record<string, string> {
  return { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_S) };
}

/**
 * What a JSON route answers when its data call throws, the one mapping of errors to responses:
 * 400 for a request the data layer refused, 503 with Retry-After when the database is unavailable
 * (and the outage is noted, so pages answer 503 at once: db/health.ts), the
 * AppError's own status (`httpStatusOf`: 401, 403) for the others, 500 for anything else. The
 * details stay in the server log.
 */
export function jsonFailure(error: unknown, route: string): NextResponse {
  const message = badRequestMessage(error);
  if (message !== null) return jsonBadRequest(message);
  if (isAppError(error, "unauthorized") || isAppError(error, "forbidden")) {
    return NextResponse.json(
      { error: error.code === "unauthorized" ? "Sign in to see this." : "You may not see this." },
      { status: httpStatusOf(error), headers: { "Cache-Control": "no-store" } },
    );
  }
  if (isDatabaseUnavailable(error)) {
    markDatabaseDown(error);
    console.error(`${route}: the database is unavailable`, describe(error));
    return NextResponse.json({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503, headers: unavailableHeaders() });
  }
  console.error(`${route} failed`, error);
  return NextResponse.json({ error: "Internal error." }, { status: 500, headers: { "Cache-Control": "no-store" } });
}

function describe(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth += 1) {
    parts.push(current.message.split("\n", 1)[0] ?? "");
    current = current.cause;
  }
  return parts.join(" <- ");
}
