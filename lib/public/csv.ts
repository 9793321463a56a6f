/**
 * CSV per RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote, CR or LF; quotes
 * doubled), with the OWASP guard against formula injection: a text cell that a spreadsheet would
 * run as a formula (starts with = + - @, tab or carriage return) gets a leading apostrophe.
 * Numbers are written as numbers, so a negative figure stays a number. Pure.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = value instanceof Date ? value.toISOString() : value;
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
