/**
 * Phrases that say what period a figure covers: "over the last fiscal year", "since 2020",
 * "in fiscal year 2023", "so far in fiscal year 2022 (FY22)", "Since President Biden took office",
 * "during the period from October 2014 to May 2018".
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./lexicon";
import type { Span } from "./types";

/** Full names, or an abbreviation with its period: "March", "Sept.". */
const MONTH = `(?:${MONTH_NAMES.join("|")}|${[...MONTH_ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map((a) => `${a}\\.`)
  .join("|")})`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${YEAR}|${MONTH}\s+${YEAR}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|(?:(?:early|mid|late)[- ])?${YEAR}(?:[-–/]\d{2}(?:\d{2})?)?)`;
const FISCAL = String.raw`(?:(?:fiscal|calendar|school|academic|budget)\s+years?\s+${YEAR}(?:[-–/]\d{2,4})?|FY\s?\d{2,4}(?:[-–/]\d{2,4})?)`;
const COUNTED = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few)`;
const PERIOD = String.raw`(?:(?:fiscal|calendar|school|academic|budget)\s+)?(?:years?|months?|quarters?|weeks?|days?|decades?|period|semesters?)`;
const QUALIFIER = String.raw`(?:last|past|previous|prior|first|second|third|fourth|current|same|next|coming|entire|whole|recent|most\s+recent)`;
const DETERMINER = String.raw`(?:the\s+|this\s+|that\s+|each\s+|every\s+|a\s+)`;
/** A sentence may open with the preposition ("Since 2021 we have …"), and patterns 1–2 are case-sensitive for months. */
const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const PREP_WORDS = [
  "since",
  "in",
  "during",
  "for",
  "through",
  "throughout",
  "over",
  "from",
  "between",
  "by",
  "until",
  "before",
  "after",
  "within",
  "per",
  "of",
]
  .map(cap)
  .join("|");
const PREP = String.raw`(?:${cap("so")}\s+far\s+(?:in|this)\s+|(?:${PREP_WORDS}|${cap("as")}\s+of|${cap("at")}\s+the\s+end\s+of|${cap("at")}\s+the\s+start\s+of|${cap("in")}\s+the\s+first\s+\w+\s+of)\s+)`;

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b${PREP}?${FISCAL}`, "g"),
  new RegExp(String.raw`\b${PREP}?${DATE}(?:\s+(?:to|through|until|and|[-–])\s+${DATE})?\b`, "g"),
  // "in March", "by June", and the end of a span of months: "from December to February".
  new RegExp(String.raw`\b(?:${PREP_WORDS}|[Tt]o)\s+${MONTH}\b`, "g"),
  new RegExp(
    String.raw`\b(?:${PREP}${DETERMINER}?(?:${QUALIFIER}\s+)?(?:${COUNTED}\s+)?${PERIOD}|${DETERMINER}?${QUALIFIER}\s+(?:${COUNTED}\s+)?${PERIOD})(?:\s+(?:of\s+)?(?:${FISCAL}|${YEAR}))?\b`,
    "gi",
  ),
  /\bsince\s+[^,.;]{3,60}?\b(?:took office|began|started|was elected|came to power|took over|was sworn in|came into office)\b/gi,
  /\b(?:annually|year[- ]to[- ]date|this year|last year|next year|to date|so far this year|(?:per|a|each|every)\s+(?:year|month|week|day))\b/gi,
  // Counted back or forward from another date: "two years earlier", "a decade ago", "six months later".
  new RegExp(String.raw`\b(?:${COUNTED}|an?)\s+(?:years?|months?|quarters?|weeks?|days?|decades?)\s+(?:ago|earlier|later|prior)\b`, "gi"),
];

/**
 * Cheap tests that a pattern can match at all: each word a pattern needs, with the patterns (bits,
 * in PATTERNS' order) that need it. One pass over the lower-cased sentence finds them all.
 */
const NEEDED_BY: ReadonlyMap<string, number> = new Map([
  ["fy", 0b0000001],
  ["year", 0b1101001],
  ...["month", "week", "day"].map((w): [string, number] => [w, 0b1101000]),
  ...["quarter", "decade"].map((w): [string, number] => [w, 0b1001000]),
  ...["period", "semester"].map((w): [string, number] => [w, 0b0001000]),
  ["since", 0b0010000],
  ["annual", 0b0100000],
  ["date", 0b0100000],
]);
/** Longest first: at one position the first alternative that matches wins. */
const NEEDED = new RegExp(`\\d{4}|${[...NEEDED_BY.keys()].sort((x, y) => y.length - x.length).join("|")}`, "g");
/**
 * DATE and "in May" are case-sensitive: they need a month with its capital (or DATE a year), which
 * spares them the "may", "market" and "decrease" of ordinary sentences.
 */
const MONTH_NAME = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const ALL_PATTERNS = 0b1111111;

function patternsWorthTrying(body: string, lower: string): number {
  let bits = MONTH_NAME.test(body) ? 0b0000110 : 0;
  NEEDED.lastIndex = 0;
  for (let m = NEEDED.exec(lower); m && bits !== ALL_PATTERNS; m = NEEDED.exec(lower)) {
    bits |= NEEDED_BY.get(m[0]) ?? 0b0000010; // four digits: a year, for DATE
    NEEDED.lastIndex = m.index + 1; // overlapping: "dayear" holds "day" and "year"
  }
  return bits;
}

/** Time phrases in text[from, to), adjacent ones merged ("from October 2014 to May 2018" after "during the period"). */
export function findTimePhrases(text: string, from: number, to: number): Span[] {
  const body = text.slice(from, to);
  const lower = body.toLowerCase();
  const found: Span[] = [];
  const worthTrying = patternsWorthTrying(body, lower);
  for (let n = 0; n < PATTERNS.length; n++) {
    if ((worthTrying & (1 << n)) === 0) continue; // most sentences need none of the heavy patterns
    const re = PATTERNS[n]!;
    // exec, not matchAll: matchAll copies the expression on every call, which cost more than the matching.
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (m[0].length === 0) re.lastIndex++;
      if (m[0].trim().length < 3) continue;
      // A bare number of days/years is a duration claim, not a period: "10 years in prison".
      if (/^\d+\s+(?:years?|months?|days?|weeks?)$/i.test(m[0])) continue;
      found.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else if (last && s.start - last.end <= 3 && /^[\s(,]*$/.test(body.slice(last.end, s.start))) last.end = s.end;
    else merged.push({ ...s });
  }
  for (const s of merged) {
    // Close a parenthesis the phrase opened: "fiscal year 2022 (FY22)".
    const piece = body.slice(s.start, s.end);
    if (piece.split("(").length > piece.split(")").length && body[s.end] === ")") s.end++;
  }
  return merged.map((s) => ({ start: from + s.start, end: from + s.end }));
}
