/**
 * The fields every domain's input schemas share (limits, text, web addresses, dates, the version of
 * an item). Each domain's own schemas are in its schema.ts. Every field arrives from FormData as a
 * string, so numbers are coerced and an empty optional field means "not given". Messages are
 * written for the person filling in the form.
 *
 * No server-only import: client components use these for field limits and messages.
 */
import { z } from "zod";
import { blankToUndefined } from "./params";

export const LIMITS = {
  url: 2_000,
  title: 300,
  publisher: 200,
  quote: 5_000,
  noteBody: 20_000,
  reason: 500,
  /** What an editor re-checked after the text changed: a line, not a note. */
  recheckNote: 300,
  subject: 300,
  manualClaimSpan: 200,
  email: 254,
  name: 100,
  passwordMin: 12,
  passwordMax: 200,
} as const;

// The values are defined once, in db/enums.ts (the pgEnums are built from the same arrays).
export { CITATION_STANCES, type CitationStance, USER_ROLES, type UserRole, VERDICT_RATINGS, type VerdictRating } from "@/db/enums";

/** The version the editor saw when it opened the item (optimistic concurrency). */
export const version = z.coerce
  .number({ error: "The form is missing its version; reload the page." })
  .int("The form's version is not valid; reload the page.")
  .positive("The form's version is not valid; reload the page.");

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} to ${max.toLocaleString("en-US")} characters or fewer.`);

/** An optional text field: blank means not given; longer than `max` is refused, naming `label`. */
export const optionalText = (label: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, `Keep ${label} to ${max.toLocaleString("en-US")} characters or fewer.`)
      .optional(),
  );

/** True for absolute http(s) URLs with a host; everything else (javascript:, data:, file:, …) is refused. */
export function isWebUrl(value: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.length > 0;
}

export const citationUrlSchema = z
  .string({ error: "Enter the source's web address." })
  .trim()
  .min(1, "Enter the source's web address.")
  .max(LIMITS.url, `Keep the web address to ${LIMITS.url.toLocaleString("en-US")} characters or fewer.`)
  .refine(isWebUrl, "Use a web address that starts with http:// or https:// (javascript:, data: and other kinds are not allowed).");

/** YYYY-MM-DD that is a real calendar date. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-03-31.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "That date does not exist.");
