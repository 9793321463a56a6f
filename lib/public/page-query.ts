/**
 * Query parameters of the paged exports (/api/claim-reviews, /api/annotations): a cursor the
 * server gave out and a page size. Each parameter at most once; empty counts as absent.
 */
import { z } from "zod";
import { rowIdString } from "@/lib/core/params";

export const EXPORT_DEFAULT_LIMIT = 20;
export const EXPORT_MAX_LIMIT = 100;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const once = (name: string) => z.custom<unknown>((value) => !Array.isArray(value), { error: `${name} may be given only once` });
const limitMessage = `limit must be a whole number from 1 to ${EXPORT_MAX_LIMIT}`;

export const pageQuerySchema = z.object({
  cursor: z.preprocess(
    blankToUndefined,
    once("cursor").pipe(z.string().max(512, { error: "cursor is not one this server gave out" }).optional()),
  ),
  limit: z.preprocess(
    blankToUndefined,
    once("limit").pipe(
      z
        .string()
        .regex(/^\d+$/, { error: limitMessage })
        .transform(Number)
        .pipe(z.number().min(1, { error: limitMessage }).max(EXPORT_MAX_LIMIT, { error: limitMessage }))
        .optional()
        .default(EXPORT_DEFAULT_LIMIT),
    ),
  ),
  sourceId: z.preprocess(
    blankToUndefined,
    once("sourceId").pipe(rowIdString("sourceId must be a whole number from 1 to 2147483647").optional()),
  ),
});

export type PageQuery = z.output<typeof pageQuerySchema>;

/** The parsed query, or one readable message naming every bad parameter. */
export function parsePageQuery(params: URLSearchParams): { ok: true; query: PageQuery } | { ok: false; message: string } {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  const result = pageQuerySchema.safeParse(record);
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, message: `Invalid query: ${result.error.issues.map((issue) => issue.message).join("; ")}.` };
}
