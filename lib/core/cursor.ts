import "server-only";
/**
 * Opaque keyset cursors (the claim list, the source list, and through encodeCursor/decodeCursor
 * the published-verdict and annotation lists): base64url of a small JSON
 * position. Callers treat them as strings; anything that does not decode to a valid position of
 * that list is a typed bad request (a claim cursor is not a source cursor, and the other way round).
 */
import { z } from "zod";
import { AppError } from "./errors";
import { float4, rowId } from "./params";

/** Position after the last row of a page, in the list's order (checkworthiness desc, id desc). */
export interface ClaimCursor {
  /** checkworthiness of the last row (a float4 value; compared as real, so it round-trips). */
  checkworthiness: number;
  id: number;
}

/** Position after the last row of a page of sources, in the list's order (id desc). */
export interface SourceCursor {
  id: number;
}

// checkworthiness is a `real`: a value PostgreSQL cannot read as one (1e-50 underflows) is no position.
const claimWire = z.strictObject({ v: z.literal(1), c: float4(0, 1), i: rowId });
const sourceWire = z.strictObject({ v: z.literal(1), s: rowId });

/** The one cursor codec: base64url of a small JSON position (every keyset list uses it). */
export function encodeCursor(wire: unknown): string {
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

/** Decodes a cursor made by `encodeCursor` and checks it against the list's wire schema. @throws AppError("bad_request:cursor") */
export function decodeCursor<T extends z.ZodType>(cursor: string, wire: T): z.output<T> {
  const bad = (cause?: unknown) => new AppError("bad_request:cursor", "The list cursor is not one this server gave out.", { cause });
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw bad();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch (error) {
    throw bad(error);
  }
  const parsed = wire.safeParse(json);
  if (!parsed.success) throw bad(parsed.error);
  return parsed.data;
}

export function encodeClaimCursor(cursor: ClaimCursor): string {
  return encodeCursor({ v: 1, c: cursor.checkworthiness, i: cursor.id } satisfies z.input<typeof claimWire>);
}

/** @throws AppError("bad_request:cursor") */
export function decodeClaimCursor(cursor: string): ClaimCursor {
  const { c, i } = decodeCursor(cursor, claimWire);
  return { checkworthiness: c, id: i };
}

export function encodeSourceCursor(cursor: SourceCursor): string {
  return encodeCursor({ v: 1, s: cursor.id } satisfies z.input<typeof sourceWire>);
}

/** @throws AppError("bad_request:cursor") */
export function decodeSourceCursor(cursor: string): SourceCursor {
  return { id: decodeCursor(cursor, sourceWire).s };
}

/** True when `cursor` is a source-list position this server could have given out. */
export function isSourceCursor(cursor: string): boolean {
  try {
    decodeSourceCursor(cursor);
    return true;
  } catch {
    return false;
  }
}
