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
