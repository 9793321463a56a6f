/**
 * W3C Web Annotation TextQuoteSelector for a span: the exact text plus a short prefix and suffix,
 * enough to find the figure again (e.g. with approximate matching) after the text changes.
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import type { Span } from "@/lib/engine/types";

export const QUOTE_CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export function quoteSelector(body: string, span: Span, contextLength = QUOTE_CONTEXT_LENGTH): TextQuoteSelector {
  let prefix = body.slice(Math.max(0, span.start - contextLength), span.start);
  let suffix = body.slice(span.end, span.end + contextLength);
  // Never keep half of a surrogate pair at the cut.
  if (/^[\uDC00-\uDFFF]/.test(prefix)) prefix = prefix.slice(1);
  if (/[\uD800-\uDBFF]$/.test(suffix)) suffix = suffix.slice(0, -1);
  return { exact: body.slice(span.start, span.end), prefix, suffix };
}
