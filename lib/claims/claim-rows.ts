/**
 * The engine's claims as database rows. The one mapping every path uses (imports, new versions,
 * re-extraction, the seed): claims whose offsets contradict the text are rejected, not stored.
 */
import { quoteSelector } from "@/db/quote-selector";
import type { NewClaimRow } from "@/db/schema";
import type { Claim } from "@/lib/engine/types";

export function toClaimRows(body: string, extracted: readonly Claim[]): { rows: Omit<NewClaimRow, "sourceId">[]; rejected: Claim[] } {
  const rows: Omit<NewClaimRow, "sourceId">[] = [];
  const rejected: Claim[] = [];
  for (const claim of extracted) {
    const fits =
      Number.isInteger(claim.start) &&
      Number.isInteger(claim.end) &&
      claim.start >= 0 &&
      claim.end > claim.start &&
      claim.end <= body.length &&
      body.slice(claim.start, claim.end) === claim.text &&
      claim.sentence.start <= claim.start &&
      claim.sentence.end >= claim.end &&
      claim.sentence.end <= body.length;
    if (!fits) {
      rejected.push(claim);
      continue;
    }
    const quote = quoteSelector(body, claim);
    rows.push({
      start: claim.start,
      end: claim.end,
      text: claim.text,
      unit: claim.unit,
      denominator: claim.denominator ?? null,
      ...rangeOf(claim),
      measure: claim.measure?.trim() || null,
      currency: claim.currency ?? null,
      subject: claim.subject,
      timeScope: claim.timeScope ?? null,
      speaker: claim.speaker ?? null,
      bound: claim.bound ?? null,
      direction: claim.direction ?? null,
      sentenceStart: claim.sentence.start,
      sentenceEnd: claim.sentence.end,
      sentenceText: body.slice(claim.sentence.start, claim.sentence.end),
      checkworthiness: Math.min(1, Math.max(0, Number.isFinite(claim.checkworthiness) ? claim.checkworthiness : 0)),
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      origin: "extracted",
    });
  }
  return { rows, rejected };
}

/**
 * The two ends of a range as stored: value the low end, upperValue the high end (the claims table
 * refuses anything else). Ends given the wrong way round are ordered; an upper end equal to the
 * value, without a value, or not a finite number is no range.
 */
export function rangeOf(claim: Pick<Claim, "value" | "upperValue">): { value: number | null; upperValue: number | null } {
  const { value, upperValue } = claim;
  if (value === null || !Number.isFinite(value) || upperValue === undefined || !Number.isFinite(upperValue) || upperValue === value) {
    return { value, upperValue: null };
  }
  return upperValue > value ? { value, upperValue } : { value: upperValue, upperValue: value };
}
