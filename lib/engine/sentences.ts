/**
 * Paragraph and sentence boundaries in one linear pass.
 *
 * Written by hand rather than with Intl.Segmenter: in Node 20 the segmenter is quadratic over
 * one long string (1 MB took 88 s here) and splits after "U.S." and "Sen."; a press release
 * needs both handled.
 */
import type { Span } from "./types";

/** Words that end with a period without ending a sentence. Lower-case, without the period. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "sens",
  "rep",
  "reps",
  "gov",
  "govs",
  "lt",
  "gen",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cpl",
  "pvt",
  "adm",
  "cmdr",
  "supt",
  "insp",
  "det",
  "ofc",
  "atty",
  "sec",
  "secs",
  "pres",
  "hon",
  "rev",
  "fr",
  "st",
  "jr",
  "sr",
  "esq",
  "inc",
  "co",
  "corp",
  "ltd",
  "llc",
  "dept",
  "univ",
  "assn",
  "bros",
  "no",
  "nos",
  "vs",
  "v",
  "etc",
  "al",
  "approx",
  "est",
  "fig",
  "figs",
  "vol",
  "vols",
  "pp",
  "p",
  "ch",
  "art",
  "para",
  "ave",
  "blvd",
  "rd",
  "mt",
  "ft",
  "hwy",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "e.g",
  "i.e",
  "cf",
  "ca",
  "mo",
  "wk",
  "yr",
  "yrs",
  "hr",
  "hrs",
  "min",
  "mins",
]);

/** Sentences longer than this are cut at a space, so junk input never makes one huge unit of work. */
export const MAX_SENTENCE = 2000;

function isUpperStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0xde);
}

const CLOSERS = new Set(['"', "'", "\u201d", "\u2019", ")", "]", "\u00bb"]);
const OPENERS = new Set(['"', "'", "\u201c", "\u2018", "(", "[", "\u00ab"]);

const LINE_BREAK = /[\n\r\u2029]/g;

/**
 * Paragraphs: runs of text between hard line breaks, trimmed, never empty. A blank line always
 * breaks; a single line break is soft (the paragraph goes on) where the text was wrapped by hand:
 * the line before ends mid-sentence and the next one continues it ("$16⏎billion less than",
 * "Office of Management and⏎Budget"). Table rows, list items and lines that end a sentence, a
 * label or a heading keep their own paragraphs.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // The paragraph being built (its first line's start, its last line's end), or -1 when none.
  let paraStart = -1;
  let paraEnd = -1;
  let blank = false;
  const line = { start: 0, end: 0 };
  const take = (from: number, to: number) => {
    line.start = from;
    line.end = to;
    trim(text, line);
    if (line.end <= line.start) {
      blank = true;
      return;
    }
    if (paraStart >= 0 && !blank && softBreak(text, paraStart, paraEnd, line.start, line.end)) {
      paraEnd = line.end;
    } else {
      if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd });
      paraStart = line.start;
      paraEnd = line.end;
    }
    blank = false;
  };
  // The regular expression finds each break natively, many times faster than a loop over characters.
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    // "\r\n" is one break, not a blank line between two.
    if (m[0] === "\n" && m.index > 0 && text.charCodeAt(m.index - 1) === 13) {
      start = m.index + 1;
      continue;
    }
    take(start, m.index);
    start = m.index + 1;
  }
  take(start, text.length);
  if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd });
  return out;
}

function trim(text: string, span: Span): void {
  while (span.start < span.end && /\s/.test(text[span.start]!)) span.start++;
  while (span.end > span.start && /\s/.test(text[span.end - 1]!)) span.end--;
}

/** A line that is a table row or a list item: "a | b", tab-separated cells, "• item", "- item", "1. item". */
const ROW_OR_ITEM = /^(?:[•●▪◦·*‣–-]\s|\(?\d{1,2}[.)]\s)|\||\t/;
/** The last word of a line that cannot end a sentence: the next line must go on with it. */
const OPEN_ENDING =
  /(?:\b(?:a|an|the|and|or|of|to|in|on|for|by|with|from|at|as|than|but|nor|that|which|who|whose|its|their|our|his|her)|[,$(“—–-])$/i;

/** Whether the line [ls, le) continues the paragraph that ends at pe (its last line starting at or after ps). */
function softBreak(text: string, ps: number, pe: number, ls: number, le: number): boolean {
  // . ! ? : ; and the closing quotes or brackets after them end the line's unit.
  if (/[.!?:;\u2026"”’)\]]/.test(text[pe - 1]!)) return false;
  const lineStart = Math.max(ps, text.lastIndexOf("\n", pe - 1) + 1);
  const previous = text.slice(lineStart, pe);
  const next = text.slice(ls, Math.min(le, ls + 8));
  if (ROW_OR_ITEM.test(previous) || ROW_OR_ITEM.test(next) || previous.includes("|") || text.slice(ls, le).includes("|")) return false;
  const first = text.charCodeAt(ls);
  // A line that starts with a figure starts an item of its own ("19,633 u.s. airports⏎5,082 public airports").
  if (first >= 48 && first <= 57) return OPEN_ENDING.test(previous) && /[$,]$/.test(previous);
  if (first >= 97 && first <= 122) return true;
  // A capitalised line goes on a sentence only when the line before is prose cut mid-phrase.
  return OPEN_ENDING.test(previous) && previous.length >= 50;
}

function pushTrimmed(text: string, from: number, to: number, out: Span[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** The word (letters and inner dots) that ends just before position i. */
function wordBefore(text: string, i: number, from: number): string {
  let s = i;
  while (s > from && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  return text.slice(s, i);
}

function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/^\.+/, "");
  if (ABBREVIATIONS.has(w)) return true;
  // Initials and dotted abbreviations: "J.", "U.S", "D.C", "N.D", "H.R".
  if (/^[a-z]$/.test(w)) return true;
  if (/^([a-z]\.)+[a-z]$/.test(w)) return true;
  return false;
}

const TERMINATOR = /[.!?\u2026]/g;

/** Sentences inside text[from, to): split after . ! ? … when what follows starts a new sentence. */
export function sentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  // Searched in the paragraph alone, so a paragraph without a terminator never reads past its end.
  const body = text.slice(from, to);
  let start = from;
  let i = from;
  // The next terminator at or after i (`to` when none is left), searched again only once i passes
  // it: a long run without one is read once, not once per cut.
  let terminator = -1;
  while (i < to) {
    // The next terminator, unless the sentence grows past MAX_SENTENCE first: then it is cut at its
    // last space (or, with none, where it reached the limit) and the search goes on from there.
    if (terminator < i) {
      TERMINATOR.lastIndex = i - from;
      const found = TERMINATOR.exec(body);
      terminator = found ? from + found.index : to;
    }
    const limit = Math.max(i, start + MAX_SENTENCE);
    if (limit <= terminator && limit < to) {
      let space = limit;
      while (space > start && text.charCodeAt(space) !== 32) space--;
      const cut = space > start ? space : limit;
      pushTrimmed(text, start, cut, out);
      start = cut;
      i = limit + 1;
      continue;
    }
    if (terminator >= to) break;
    i = terminator;
    const ch = text[i]!;
    // Decimal points and dotted abbreviations inside words: "77.5", "U.S." mid-token.
    if (ch === "." && i + 1 < to && /[0-9A-Za-z]/.test(text[i + 1]!)) {
      // "letter states.“The": a period glued to an opening quote still ends the sentence (handled below).
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < to && CLOSERS.has(text[j]!)) j++;
    let k = j;
    while (k < to && (text[k] === " " || text[k] === "\t" || text[k] === "\u00a0" || text[k] === "\n" || text[k] === "\r")) k++;
    // Whatever follows, the marks and spaces just read need not be read again.
    if (k >= to) {
      i = j;
      continue;
    }
    let next = k;
    while (next < to && OPENERS.has(text[next]!)) next++;
    if (next >= to || !isUpperStart(text.charCodeAt(next))) {
      i = j;
      continue;
    }
    if ((k === j && next === k && ch !== "\u2026") || (ch === "." && isAbbreviation(wordBefore(text, i, start)))) {
      i++; // "U.S.Senator" style (no space, no quote), or "Sen. Smith"
      continue;
    }
    pushTrimmed(text, start, j, out);
    start = k;
    i = k;
  }
  pushTrimmed(text, start, to, out);
  return out;
}
