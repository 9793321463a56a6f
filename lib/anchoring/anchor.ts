/**
 * Finds a stored quote again in a changed text, the way Hypothesis re-anchors annotations:
 *
 *   1. position — the exact quote still sits at the stored offsets, with its context around it;
 *   2. quote    — the exact quote elsewhere: every occurrence scored by how well the text around it
 *                 matches the stored prefix/suffix, and by closeness to the old position;
 *   3. fuzzy    — prefix + quote + suffix searched approximately (Myers' bit-parallel algorithm,
 *                 the approx-string-match library Hypothesis uses), the figure then cut out of the
 *                 match between where the prefix ends and where the suffix starts. The figure found
 *                 this way may differ from the stored one: that is how a changed figure is detected.
 *
 * Pure and framework-free: used by new source versions and by re-extraction.
 * @see https://web.hypothes.is/blog/fuzzy-anchoring/
 */
import search from "approx-string-match";
import { distance } from "fastest-levenshtein";

export interface QuoteAnchor {
  /** Offsets in the old text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorMethod = "position" | "quote" | "fuzzy";

export interface AnchorMatch {
  start: number;
  end: number;
  /** text.slice(start, end); differs from the anchor's exact only for fuzzy matches. */
  exact: string;
  method: AnchorMethod;
  /** 0..1, higher is better; for position/quote the context similarity, for fuzzy 1 - errors/length. */
  score: number;
}

/** Context similarity below this does not confirm an exact quote (unless the quote is distinctive). */
export const MIN_CONTEXT_SCORE = 0.5;
/** A quote this long that occurs once is its own evidence, whatever its context became. */
const DISTINCTIVE_QUOTE_LENGTH = 12;
/** Fuzzy search allows this share of the pattern (prefix + quote + suffix) to differ. */
const MAX_FUZZY_ERROR_RATE = 0.25;
/** Beyond this many exact occurrences the quote step gives up scoring and leaves it to fuzzy search. */
const MAX_OCCURRENCES = 20_000;

/** Fuzzy search grows outwards from the old position: edits rarely move a figure far. */
const FUZZY_WINDOWS = [2_000, 50_000, Number.POSITIVE_INFINITY];

/** The approximate match of `pattern` nearest `hint`, searching ever wider windows around it. */
function searchNear(text: string, pattern: string, maxErrors: number, hint: number) {
  for (const radius of FUZZY_WINDOWS) {
    const from = Math.max(0, Math.min(hint, text.length) - radius);
    const to = Math.min(text.length, hint + pattern.length + radius);
    const matches = search(text.slice(from, to), pattern, maxErrors);
    if (matches.length > 0) {
      const best = matches.reduce((a, b) => (Math.abs(b.start + from - hint) < Math.abs(a.start + from - hint) ? b : a));
      return { start: best.start + from, end: best.end + from, errors: best.errors };
    }
    if (from === 0 && to === text.length) break;
  }
  return null;
}

/** 0..1: how alike two short strings are (1 - Levenshtein distance / the longer length). */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * How well the text around [start, end) matches the stored context, 0..1. Each side is aligned
 * semi-globally: the stored prefix must end where the quote starts (words inserted just before the
 * quote cost their length, as deletions), but may start anywhere in a window twice its length; the
 * suffix likewise. So an insertion next to the figure costs its length once, not twice (as comparing
 * fixed windows would). An empty stored side (the quote was at the edge of the text) counts as a match.
 */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = prefix ? sideSimilarity(text.slice(Math.max(0, start - prefix.length * 2), start), prefix, "end") : 1;
  const after = suffix ? sideSimilarity(text.slice(end, end + suffix.length * 2), suffix, "start") : 1;
  const weightBefore = Math.max(prefix.length, 1);
  const weightAfter = Math.max(suffix.length, 1);
  return (before * weightBefore + after * weightAfter) / (weightBefore + weightAfter);
}

/** 1 - (edit distance of `pattern` to `window` with the match pinned to the window's `pin` edge) / length. */
function sideSimilarity(window: string, pattern: string, pin: "start" | "end"): number {
  if (!window) return 0;
  if (pin === "end" ? window.endsWith(pattern) : window.startsWith(pattern)) return 1;
  let cost = pattern.length;
  for (const match of search(window, pattern, pattern.length)) {
    const gap = pin === "end" ? window.length - match.end : match.start;
    cost = Math.min(cost, match.errors + gap);
  }
  return Math.max(0, 1 - cost / pattern.length);
}

export function anchorQuote(text: string, anchor: QuoteAnchor): AnchorMatch | null {
  if (anchor.exact.length === 0) return null;
  return anchorByPosition(text, anchor) ?? anchorByQuote(text, anchor) ?? anchorFuzzily(text, anchor);
}

function anchorByPosition(text: string, anchor: QuoteAnchor): AnchorMatch | null {
  if (anchor.end > text.length || text.slice(anchor.start, anchor.end) !== anchor.exact) return null;
  const score = contextScore(text, anchor.start, anchor.end, anchor.prefix, anchor.suffix);
  if (score < MIN_CONTEXT_SCORE) return null;
  return { start: anchor.start, end: anchor.end, exact: anchor.exact, method: "position", score };
}

function anchorByQuote(text: string, anchor: QuoteAnchor): AnchorMatch | null {
  const { exact } = anchor;
  let best: { start: number; context: number; rank: number } | null = null;
  let occurrences = 0;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (++occurrences > MAX_OCCURRENCES) return null;
    const context = contextScore(text, at, at + exact.length, anchor.prefix, anchor.suffix);
    // Context decides; closeness to the old position only breaks near-ties.
    const closeness = 1 - Math.min(1, Math.abs(at - anchor.start) / Math.max(text.length, 1));
    const rank = context * 0.9 + closeness * 0.1;
    if (!best || rank > best.rank) best = { start: at, context, rank };
  }
  if (!best) return null;
  const confirmed = best.context >= MIN_CONTEXT_SCORE || (occurrences === 1 && exact.length >= DISTINCTIVE_QUOTE_LENGTH);
  if (!confirmed) return null;
  return { start: best.start, end: best.start + exact.length, exact, method: "quote", score: best.context };
}

function anchorFuzzily(text: string, anchor: QuoteAnchor): AnchorMatch | null {
  const pattern = anchor.prefix + anchor.exact + anchor.suffix;
  // Without context there is nothing to tell a changed figure from another figure.
  if (pattern.length < anchor.exact.length + 8) return null;
  const maxErrors = Math.floor(pattern.length * MAX_FUZZY_ERROR_RATE);
  const hint = anchor.start - anchor.prefix.length;
  const match = searchNear(text, pattern, maxErrors, hint);
  if (!match) return null;

  const region = text.slice(match.start, match.end);
  let from = 0;
  if (anchor.prefix) {
    const found = search(region, anchor.prefix, Math.floor(anchor.prefix.length * 0.4));
    if (found.length === 0) return null;
    // The prefix leads the region: take its earliest match.
    from = found.reduce((a, b) => (b.start < a.start ? b : a)).end;
  }
  let to = region.length;
  if (anchor.suffix) {
    const rest = region.slice(from);
    const found = search(rest, anchor.suffix, Math.floor(anchor.suffix.length * 0.4));
    if (found.length === 0) return null;
    // The suffix closes the region: take its latest match that starts after the prefix.
    to = from + found.reduce((a, b) => (b.end > a.end ? b : a)).start;
  }
  // Whitespace at the cut belongs to the context, not to the figure.
  while (from < to && /\s/.test(region[from] ?? "")) from++;
  while (to > from && /\s/.test(region[to - 1] ?? "")) to--;
  if (to <= from) return null;
  // Words inserted next to an unchanged figure end up in the cut: the figure itself is still there.
  const verbatim = region.slice(from, to).indexOf(anchor.exact);
  if (verbatim !== -1) {
    from += verbatim;
    to = from + anchor.exact.length;
  }
  const length = to - from;
  if (length > Math.max(anchor.exact.length * 4, anchor.exact.length + 64)) return null;
  const start = match.start + from;
  return {
    start,
    end: start + length,
    exact: text.slice(start, start + length),
    method: "fuzzy",
    score: 1 - match.errors / pattern.length,
  };
}
