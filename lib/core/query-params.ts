import { z } from "zod";

/**
 * Building blocks for the query strings of the lists (claims at `/`, sources at `/sources`).
 *
 * Empty values count as absent: a GET form submits `q=` for an empty box, and a shared link should
 * not fail because of it.
 */

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A parameter given twice (`?unit=a&unit=b`) is refused rather than silently choosing one. */
const once = (name: string) => z.custom<unknown>((value) => !Array.isArray(value), { error: `${name} may be given only once` });

/** An optional parameter: blank or missing is undefined, otherwise `schema` decides. */
export const optionalParam = <T extends z.ZodType>(name: string, schema: T) =>
  z.preprocess(blankToUndefined, once(name).pipe(schema.optional()));

/** `limit`: a whole number of rows per page from 1 to `max`, `fallback` when absent. */
export const pageSizeParam = (fallback: number, max: number) => {
  const error = `limit must be a whole number from 1 to ${max}`;
  return z.preprocess(
    blankToUndefined,
    once("limit").pipe(
      z
        .string()
        .regex(/^\d+$/, { error })
        .transform(Number)
        .pipe(z.number().min(1, { error }).max(max, { error }))
        .optional()
        .default(fallback),
    ),
  );
};
