/**
 * Rules every public parameter shares, in one place, so each reaches SQL only in a form the
 * database takes (issue 12: a sourceId past 2^31, a NUL byte, a float4 underflow or an impossible
 * date in a cursor each answered 500):
 *
 *  - ids are PostgreSQL `integer`s: 1 to 2^31 - 1;
 *  - text has no NUL and no other C0 control character but tab and line breaks (PostgreSQL text
 *    cannot hold NUL at all);
 *  - a `real` (float4) is 0 or at least its smallest normal value, which PostgreSQL reads without
 *    underflowing;
 *  - a timestamp is a real calendar moment in years 1900-9999.
 */
import { z } from "zod";

export const MAX_ROW_ID = 2_147_483_647;

/** A row id as a number. */
export const rowId = z.number().int().positive().max(MAX_ROW_ID);

/** The row-id check for a number already in hand (a parsed route segment, a function argument). */
export function isRowId(id: number): boolean {
  return Number.isSafeInteger(id) && id >= 1 && id <= MAX_ROW_ID;
}

/** A row id in a form field (a string coerced to a number); `label` names it in the messages. */
export const formRowId = (label: string) =>
  z.coerce
    .number({ error: `${label} is missing.` })
    .int(`${label} is not valid.`)
    .positive(`${label} is not valid.`)
    .max(MAX_ROW_ID, `${label} is not valid.`);

/** "" or spaces (an empty form field) become undefined, so optional fields may be left blank. */
export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A row id in a query string or route segment: digits only, no sign, no leading zero, at most 2^31 - 1. */
export const rowIdString = (message: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,9}$/, { error: message })
    .transform(Number)
    .pipe(z.number().max(MAX_ROW_ID, { error: message }));

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_CHARACTERS_GLOBAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** True when `text` has no NUL or other control character a person does not type. */
export function isPlainText(text: string): boolean {
  return !CONTROL_CHARACTERS.test(text);
}

/** `text` without NUL and the other control characters (for lenient inputs such as a search box). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS_GLOBAL, "");
}

/** A string refused when it holds a control character. */
export const plainText = (message: string) => z.string().refine(isPlainText, { error: message });

/** The smallest positive normal float4: smaller values underflow when PostgreSQL reads a `real`. */
export const FLOAT4_MIN_NORMAL = 1.1754943508222875e-38;

/** A value a `real` column holds and PostgreSQL reads back without error, within [min, max]. */
export const float4 = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((value) => value === 0 || Math.abs(value) >= FLOAT4_MIN_NORMAL, { error: "too small for a real" });

/**
 * An ISO timestamp with microseconds ("2024-03-08T14:05:09.123456Z", as PostgreSQL prints them)
 * that names a real moment: February 31 and hour 25 are refused.
 */
export const isoMicros = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  .refine(
    (value) => {
      const year = Number(value.slice(0, 4));
      if (year < 1900 || year > 9999) return false;
      const millis = Date.parse(`${value.slice(0, 23)}Z`);
      return Number.isFinite(millis) && new Date(millis).toISOString().slice(0, 23) === value.slice(0, 23);
    },
    { error: "not a real date and time" },
  );
