import "server-only";
/**
 * Cutting text around a figure for display. Pure functions over a string and UTF-16 offsets.
 */
import type { Span } from "@/lib/engine/types";
import type { Excerpt } from "./types";
import { trimStrayQuotesAround } from "./stray-quotes";

export const CONTEXT_RADIUS = 200;

/**
 * The sentence split around the figure. `sentenceText` is body.slice(sentence.start, sentence.end);
 * offsets are positions in the body.
 */
export function sentenceExcerpt(sentenceText: string, sentenceStart: number, figure: Span): Excerpt {
  const from = figure.start - sentenceStart;
  const to = figure.end - sentenceStart;
  return trimStrayQuotesAround({
    before: sentenceText.slice(0, from).trimStart(),
    figure: sentenceText.slice(from, to),
    after: sentenceText.slice(to).trimEnd(),
  });
}

/** Where a sentence may begin: after a terminator (and any closing marks) and space, or a line break. */
const BOUNDARY = /[.!?…]["”’)\]]*\s+|\n\s*/g;
const ELLIPSIS = "…";

/** The text at `index` starts a sentence: the body's start, or right after a boundary. */
function startsSentence(body: string, index: number): boolean {
  if (index <= 0) return true;
  const head = body.slice(Math.max(0, index - 8), index);
  return /(?:[.!?…]["”’)\]]*\s+|\n\s*)$/.test(head);
}

/** The text ending at `index` ends a sentence: the body's end, or a terminator (and closing marks) before it. */
function endsSentence(body: string, index: number): boolean {
  if (index >= body.length) return true;
  return /[.!?…]["”’)\]]*\s*$/.test(body.slice(Math.max(0, index - 8), index)) || /^\s*\n/.test(body.slice(index, index + 8));
}

/**
 * The sentence plus up to `radius` characters either side. Each edge is a sentence boundary (the
 * first sentence that starts within the radius, the last that ends within it); where the radius
 * holds no boundary, the edge is cut between words and marked with an ellipsis, so a reader never
 * takes a fragment for the start or end of what was said. Never outside the body.
 */
export function contextExcerpt(body: string, sentence: Span, figure: Span, radius = CONTEXT_RADIUS): Excerpt {
  const windowStart = Math.max(0, sentence.start - radius);
  const windowEnd = Math.min(body.length, sentence.end + radius);

  let from = windowStart;
  let leadingEllipsis = false;
  if (!startsSentence(body, from)) {
    BOUNDARY.lastIndex = 0;
    const head = body.slice(from, sentence.start);
    const boundary = BOUNDARY.exec(head);
    if (boundary) {
      from += boundary.index + boundary[0].length;
    } else {
      // No sentence starts in the window: cut after a space (never later than the sentence).
      const next = !/\s/.test(body[from - 1] ?? "") ? head.search(/\s/) : 0;
      from = next === -1 ? sentence.start : from + next;
      leadingEllipsis = !startsSentence(body, from);
    }
  }

  let to = windowEnd;
  let trailingEllipsis = false;
  if (!endsSentence(body, to)) {
    const tail = body.slice(sentence.end, to);
    let lastEnd = -1;
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(tail); match; match = BOUNDARY.exec(tail)) lastEnd = match.index + match[0].trimEnd().length;
    if (lastEnd >= 0) {
      to = sentence.end + lastEnd;
    } else {
      const lastSpace = !/\s/.test(body[to] ?? "") ? tail.search(/\s\S*$/) : tail.length;
      to = lastSpace === -1 ? sentence.end : sentence.end + lastSpace;
      trailingEllipsis = !endsSentence(body, to);
    }
  }

  const before = body.slice(from, figure.start).trimStart();
  const after = body.slice(figure.end, to).trimEnd();
  return trimStrayQuotesAround({
    before: leadingEllipsis && before ? `${ELLIPSIS} ${before}` : before,
    figure: body.slice(figure.start, figure.end),
    after: trailingEllipsis && after ? `${after} ${ELLIPSIS}` : after,
  });
}

/**
 * How far past the radius contextExcerpt looks (startsSentence and endsSentence read 8 characters
 * either side of an edge): a window this much wider than the radius gives the same excerpt.
 */
export const CONTEXT_MARGIN = 8;

/** Where the window contextExcerptFromWindow needs starts and ends, in the body's UTF-16 offsets. */
export function contextWindow(sentence: Span, radius = CONTEXT_RADIUS): Span {
  return { start: Math.max(0, sentence.start - radius - CONTEXT_MARGIN), end: sentence.end + radius + CONTEXT_MARGIN };
}

/**
 * contextExcerpt from a window of the body instead of the whole body (up to 20 MB): `window` is the
 * body from `windowStart` (contextWindow(sentence).start) to at least contextWindow(sentence).end
 * or the body's end. The database cuts the window in characters (code points), the offsets are
 * UTF-16 units: they agree unless a character outside the Basic Multilingual Plane (an emoji)
 * comes before the window. The stored sentence text tells: null when it is not where the offsets
 * say, and the caller cuts from the whole body.
 */
export function contextExcerptFromWindow(
  window: string,
  windowStart: number,
  sentenceText: string,
  sentence: Span,
  figure: Span,
  radius = CONTEXT_RADIUS,
): Excerpt | null {
  const shift = (span: Span): Span => ({ start: span.start - windowStart, end: span.end - windowStart });
  const local = shift(sentence);
  if (window.slice(local.start, local.end) !== sentenceText) return null;
  return contextExcerpt(window, local, shift(figure), radius);
}
