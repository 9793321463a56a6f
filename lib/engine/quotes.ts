/**
 * Quotations in a paragraph and who is quoted: "“…,” Attorney General Knudsen said.",
 * "“…,” wrote the senators.", "The letter, citing the Polaris Project, continues, “…”".
 */
import { SAYING_VERBS } from "./lexicon";
import type { Span } from "./types";

export interface Quote extends Span {
  /** Who the quote is attributed to, in the source's words; undefined when nothing says. */
  speaker?: string;
}

const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);

const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb]/g;

/** Quote spans of text[from, to); an opening quote with no close runs to the paragraph's end. */
export function findQuotes(text: string, from: number, to: number): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  // Most characters are not quotation marks: the regex engine skips them faster than a loop does.
  // It searches the paragraph alone (a slice shares the text's characters), never past its end.
  const paragraph = text.slice(from, to);
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(paragraph); m !== null; m = QUOTE_MARK.exec(paragraph)) {
    const i = from + m.index;
    const code = text.charCodeAt(i);
    let role: "open" | "close" | null = null;
    if (code === 0x201c || code === 0xab) role = open < 0 ? "open" : null;
    else if (code === 0x201d || code === 0xbb) role = open >= 0 ? "close" : null;
    else {
      // A straight quote opens after a space or at the start, and closes otherwise.
      const before = i > from ? text[i - 1]! : " ";
      role = open < 0 && /[\s(\[—–-]/.test(before) ? "open" : open >= 0 ? "close" : i === from ? "open" : null;
    }
    if (role === "open") open = i;
    else if (role === "close" && open >= 0) {
      quotes.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: to });
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]!;
    const nextStart = quotes[q + 1]?.start ?? to;
    const prevEnd = quotes[q - 1]?.end ?? from;
    quote.speaker = attributionAfter(text, quote.end, nextStart) ?? attributionBefore(text, prevEnd, quote.start);
  }
  // A quote with no attribution of its own continues the speaker of the one before (or after);
  // "she added" names no one new: it is the speaker named before.
  for (let q = 0; q < quotes.length; q++) {
    const own = quotes[q]!.speaker;
    if (own && !PRONOUNS.has(own.toLowerCase())) continue;
    quotes[q]!.speaker = quotes[q - 1]?.speaker ?? (own ? undefined : quotes[q + 1]?.speaker) ?? own;
  }
  return quotes;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Letters and digits of any script: the \p{L} and \p{N} that a release's names are made of. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Length in code units (1 or 2) of the letter or digit at text[i] (i < to), or 0 when there is none. */
function letterOrDigitAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  // A surrogate pair is one character; half of one (or a pair cut by the range's end) is none.
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(String.fromCharCode(code, low)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 0;
}

/**
 * The words of text[from, to): a letter or digit, then letters, digits and . ’ ' - (the matches of
 * [\p{L}\p{N}][\p{L}\p{N}.’'-]* in Unicode mode), without a trailing full stop. Scanned by hand:
 * this runs around every quote, and a regex's match objects cost more than the scan.
 */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const first = letterOrDigitAt(text, i, to);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (code === 0x2e || code === 0x2019 || code === 0x27 || code === 0x2d) i++;
      else {
        const n = letterOrDigitAt(text, i, to);
        if (n === 0) break;
        i += n;
      }
    }
    const end = i;
    out.push({ text: text.slice(start, text.charCodeAt(end - 1) === 0x2e ? end - 1 : end), start, end });
  }
  return out;
}

function clean(s: string): string | undefined {
  const t = s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "").replace(/\s+/g, " ");
  return t.length > 1 && t.length <= 160 ? t : undefined;
}

/** . ! or ?, compared as codes: these loops pass over every character near a quote. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** After a closing quote: ", Knudsen said." or ", said Attorney General Lynn Fitch." */
function attributionAfter(text: string, from: number, limit: number): string | undefined {
  // Up to the end of the sentence that the closing quote sits in.
  let to = from;
  const max = Math.min(limit, from + 240);
  // A period after an initial or a title does not end it: "said Troy A. Miller", "said Sen. Smith".
  while (
    to < max &&
    text.charCodeAt(to) !== 0x201c &&
    (!endsSentence(text.charCodeAt(to)) ||
      /(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|St|Jr|Sr)$/.test(text.slice(Math.max(from, to - 4), to)))
  )
    to++;
  const ws = words(text, from, to);
  if (ws.length === 0 || ws.length > 24) return undefined;
  // "She added, “…”": words that run straight into the next quote introduce that quote, not this one.
  if (to === limit && limit < text.length && /^[\s,:]*$/.test(text.slice(ws[ws.length - 1]!.end, limit))) return undefined;
  const verbAt = ws.findIndex((w) => SAYING_VERBS.has(w.text.toLowerCase()));
  if (verbAt < 0) return undefined;
  if (verbAt === 0) {
    // "wrote the senators", "said Attorney General Lynn Fitch"
    const rest = ws.slice(1);
    const stop = rest.findIndex((w) => /^(in|on|at|during|after|before|while|when|who|to)$/i.test(w.text));
    const name = stop < 0 ? rest : rest.slice(0, stop);
    if (name.length === 0) return undefined;
    // "said Troy A. Miller, the senior official performing …": the name, not the title after it.
    return clean(text.slice(name[0]!.start, name[name.length - 1]!.end).replace(/,\s+(?:the|a|an|who|which)\b.*$/s, ""));
  }
  return clean(text.slice(ws[0]!.start, ws[verbAt - 1]!.end));
}

/** Before an opening quote: "The senators concluded, “" or "The letter, citing …, continues, “". */
function attributionBefore(text: string, from: number, quoteStart: number): string | undefined {
  // Only the sentence that leads into the quote.
  let start = quoteStart;
  const min = Math.max(from, quoteStart - 240);
  while (start > min && !endsSentence(text.charCodeAt(start - 1))) start--;
  const ws = words(text, start, quoteStart);
  if (ws.length < 2) return undefined;
  const last = ws[ws.length - 1]!;
  const between = text.slice(last.end, quoteStart);
  if (!/^[\s,:]*$/.test(between)) return undefined;
  if (!SAYING_VERBS.has(last.text.toLowerCase())) return undefined;
  return clean(text.slice(ws[0]!.start, ws[ws.length - 2]!.end));
}

/** The innermost quote containing position i, if any. */
export function quoteAt(quotes: Quote[], i: number): Quote | undefined {
  // Quotes are sorted and do not overlap: binary search keeps a long paragraph linear.
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (i < q.start) hi = mid - 1;
    else if (i >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}
