/**
 * Quotation marks a cut leaves unpaired. A sentence cut from a quotation that runs over several
 * sentences starts with an opening mark whose closing one is in a later sentence (and the last
 * sentence ends with a closing mark opened earlier): shown alone, the lone mark reads as a typo and
 * a ClaimReview's claimReviewed would carry it. Pure.
 */

const OPENING = /^[\s]*[“"‘]\s*/;
const CLOSING = /\s*[”"’]\s*$/;

function count(text: string, marks: RegExp): number {
  return text.match(marks)?.length ?? 0;
}

/** The opening mark at the start of `text` has no closing mark after it. */
export function hasStrayOpeningQuote(text: string): boolean {
  const trimmed = text.trimStart();
  const first = trimmed[0];
  if (first === "“") return count(trimmed, /“/g) > count(trimmed, /”/g);
  if (first === '"') return count(trimmed, /"/g) % 2 === 1;
  if (first === "‘") return count(trimmed, /‘/g) > count(trimmed, /’(?![a-z])/gi);
  return false;
}

/** The closing mark at the end of `text` has no opening mark before it. */
export function hasStrayClosingQuote(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.at(-1);
  if (last === "”") return count(trimmed, /”/g) > count(trimmed, /“/g);
  if (last === '"') return count(trimmed, /"/g) % 2 === 1;
  return false;
}

/** `text` without a lone opening mark at its start or a lone closing mark at its end. */
export function trimStrayQuotes(text: string): string {
  let result = text;
  if (hasStrayOpeningQuote(result)) result = result.replace(OPENING, "");
  if (hasStrayClosingQuote(result)) result = result.replace(CLOSING, "");
  return result;
}

/** The same for a text cut in three (before, figure, after): only the outer edges change. */
export function trimStrayQuotesAround<T extends { before: string; figure: string; after: string }>(excerpt: T): T {
  const whole = `${excerpt.before}${excerpt.figure}${excerpt.after}`;
  let { before, after } = excerpt;
  // Only when the mark sits in `before`: the figure itself never starts with one.
  if (before.trim() !== "" && hasStrayOpeningQuote(whole)) before = before.replace(OPENING, "");
  if (after.trim() !== "" && hasStrayClosingQuote(`${before}${excerpt.figure}${after}`)) after = after.replace(CLOSING, "");
  return { ...excerpt, before, after };
}
