import { SampleError } from "@/app/_sample/data";

/** A data-layer error caused by the request itself (a tampered cursor), as opposed to a fault of ours. */
export function badRequestMessage(error: unknown): string | null {
  if (!(error instanceof SampleError) || !error.code.startsWith("bad_request")) return null;
  return error.code === "bad_request:cursor"
    ? "This page link is out of date or was changed: the position in the list (cursor) is not one this server gave out."
    : error.message;
}
