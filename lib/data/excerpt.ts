import "server-only";
/**
 * Cutting text around a figure for display. Pure functions over a string and UTF-16 offsets.
 */
import type { Span } from "@/lib/claims/types";
import type { Excerpt } from "@/lib/data/types";

export const CONTEXT_RADIUS = 200;

/**
 * The sentence split around the figure. `sentenceText` is body.slice(sentence.start, sentence.end);
 * offsets are positions in the body.
 */
export function sentenceExcerpt(sentenceText: string, sentenceStart: number, figure: Span): Excerpt {
  const from = figure.start - sentenceStart;
  const to = figure.end - sentenceStart;
  return {
    before: sentenceText.slice(0, from).trimStart(),
    figure: sentenceText.slice(from, to),
    after: sentenceText.slice(to).trimEnd(),
  };
}

/**
 * The sentence plus up to `radius` characters either side, cut at word boundaries (a partial word
 * at either edge is dropped) and never outside the body.
 */
export function contextExcerpt(body: string, sentence: Span, figure: Span, radius = CONTEXT_RADIUS): Excerpt {
  let from = Math.max(0, sentence.start - radius);
  let to = Math.min(body.length, sentence.end + radius);
  if (from > 0 && !/\s/.test(body[from - 1] ?? "")) {
    // Landed inside a word: start after the next whitespace (but never later than the sentence).
    const next = body.slice(from, sentence.start).search(/\s/);
    from = next === -1 ? sentence.start : from + next + 1;
  }
  if (to < body.length && !/\s/.test(body[to] ?? "")) {
    const window = body.slice(sentence.end, to);
    const lastSpace = window.search(/\s\S*$/);
    to = lastSpace === -1 ? sentence.end : sentence.end + lastSpace;
  }
  return {
    before: body.slice(from, figure.start).trimStart(),
    figure: body.slice(figure.start, figure.end),
    after: body.slice(figure.end, to).trimEnd(),
  };
}
