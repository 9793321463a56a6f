import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors";

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

/**
 * What a JSON route answers when its data call throws: 400 for a request the data layer refused,
 * 503 when the database is down, 500 otherwise. The details stay in the server log.
 */
export function jsonFailure(error: unknown, route: string): NextResponse {
  const message = badRequestMessage(error);
  if (message !== null) return jsonBadRequest(message);
  console.error(`${route} failed`, error);
  const unavailable = isAppError(error) && error.kind === "unavailable";
  return NextResponse.json(
    { error: unavailable ? "The claims database is not available right now. Try again shortly." : "Internal error." },
    { status: unavailable ? 503 : 500, headers: { "Cache-Control": "no-store" } },
  );
}
