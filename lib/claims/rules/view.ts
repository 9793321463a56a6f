/**
 * What a rule may read of a sentence: its tokens and a few ways to walk them. The engine's
 * SentenceContext is one; rules never see the rest of the engine.
 */
import type { Token } from "../tokens";
import type { Span } from "../types";

export interface TokenView {
  readonly text: string;
  readonly sentence: Span;
  readonly tokens: Token[];
  /** The lower-cased word at token i, or "" when it is not a word. */
  word(i: number): string;
  /** The nearest token before i that is not a space (-1 when none). */
  prev(i: number): number;
  /** The first token at or after i that is not a space. */
  next(i: number): number;
  /** Whether token i is one of the punctuation characters in `chars`. */
  punct(i: number, chars: string): boolean;
  /** Whether token i starts where token i - 1 ends. */
  glued(i: number): boolean;
  /** Lower-case words before token i, nearest last, up to n of them (stops at punctuation). */
  wordsBefore(i: number, n: number): string[];
}
