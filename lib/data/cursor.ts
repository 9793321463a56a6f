import "server-only";
/**
 * Opaque keyset cursors for the claim list: base64url of a small JSON position. Callers treat
 * them as strings; anything that does not decode to a valid position is a typed bad request.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** Position after the last row of a page, in the list's order (checkworthiness desc, id desc). */
export interface ClaimCursor {
  /** checkworthiness of the last row (a float4 value; compared as real, so it round-trips). */
  checkworthiness: number;
  id: number;
}

const wireSchema = z.strictObject({
  v: z.literal(1),
  c: z.number().min(0).max(1),
  i: z.number().int().positive().max(2_147_483_647),
});

export function encodeClaimCursor(cursor: ClaimCursor): string {
  const wire: z.input<typeof wireSchema> = { v: 1, c: cursor.checkworthiness, i: cursor.id };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

/** @throws AppError("bad_request:cursor") */
export function decodeClaimCursor(cursor: string): ClaimCursor {
  const bad = (cause?: unknown) =>
    new AppError("bad_request:cursor", "The list cursor is not one this server gave out.", { cause });
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw bad();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch (error) {
    throw bad(error);
  }
  const parsed = wireSchema.safeParse(json);
  if (!parsed.success) throw bad(parsed.error);
  return { checkworthiness: parsed.data.c, id: parsed.data.i };
}
