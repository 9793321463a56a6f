/**
 * When a figure holds: the time rules. A table cell takes the period its row or column names (layout.ts);
 * a figure in a sentence takes the nearest period the sentence names (the record below); a figure whose
 * sentence names none takes what its paragraph inherits from the document, a list's lead-in or a note
 * that dates the list (layout.ts, under the names recorded in attributes.ts).
 */
import type { Candidate } from "../candidates";
import type { TableCell } from "../layout";
import { lastIndexBefore, type Sentence } from "../sentence";
import { findTimePhrases } from "../time";
import type { Span } from "../types";
import type { AttributeRule } from "./attributes";

const RATE_PHRASE = /^(?:(?:per|a|an|each|every)\s|annually)/i;
const RELATIVE_PHRASE = /\b(?:ago|earlier|later|prior)$/i;
/** A period a change is measured from: "from February", "compared to March 2023", "over the same period last year". */
const BASE_PHRASE = /\b(?:from|compared\s+(?:to|with)|than|over\s+(?:the\s+)?(?:same|previous|prior|last)|versus|vs\.?)\s+\S/i;

export interface TimeRule extends AttributeRule {
  read(s: Sentence, c: Candidate): string | undefined;
}

export const TIME_RULES: readonly TimeRule[] = [
  {
    name: "time: a period in the sentence",
    attribute: "timeScope",
    why: 'The nearest time phrase, before or after the figure; a phrase counted back from another figure ("three years earlier") or a rate right after one ("per month") belongs to that figure.',
    examples: [{ text: "Arrests rose 12 percent in fiscal year 2023.", figure: "12 percent", expect: "fiscal year 2023" }],
    read: periodInSentence,
  },
  {
    name: "time: the period the paragraph opened with",
    attribute: "timeScope",
    why: 'A sentence that opens with a period ("In March, …") dates the later sentences of its paragraph that name none.',
    examples: [
      { text: "In March, encounters totaled 137,473. Total encounters nationwide were 189,359.", figure: "189,359", expect: "March" },
    ],
    read: (s) => s.paragraphPeriod,
  },
];

/** The period of a figure, and the rule that gave it (none when no period is known). */
export function readTime(s: Sentence, c: Candidate, cell: TableCell | undefined): { timeScope?: string; rule?: string } {
  if (cell?.timeScope) return { timeScope: cell.timeScope, rule: cell.rule };
  for (const r of TIME_RULES) {
    const timeScope = r.read(s, c);
    if (timeScope) return { timeScope, rule: r.name };
  }
  const { timeScope, timeRule } = s.shape.inherited;
  return timeScope ? { timeScope, rule: timeRule } : {};
}

function periodInSentence(s: Sentence, c: Candidate): string | undefined {
  s.timePhrases ??= findTimePhrases(s.text, s.sentence.start, s.sentence.end);
  // The nearest phrase ending before the claim and the nearest starting after it (phrases are sorted).
  const before = lastIndexBefore(s.timePhrases, c.start);
  const phrases = [s.timePhrases[before], s.timePhrases.find((p, k) => k > before && p.start >= c.end && k <= before + 4)].filter(
    (p): p is Span => p !== undefined && (p.end <= c.start || p.start >= c.end),
  );
  let best: Span | undefined;
  let bestDistance = Infinity;
  for (const p of phrases) {
    // "61 percent, up from 58 percent three years earlier": counted back from a figure, the phrase
    // dates that figure only.
    if (p.start >= c.end && RELATIVE_PHRASE.test(s.text.slice(p.start, p.end)) && s.quantityBetween(c.end, p.start)) continue;
    // "totaled 137,473, a 3 percent increase from February": the base of a later figure's change is that figure's.
    if (p.start >= c.end && BASE_PHRASE.test(s.text.slice(Math.max(c.end, p.start - 14), p.end)) && s.quantityBetween(c.end, p.start))
      continue;
    // "$1,200 per month, and 1 in 5 …": a rate right after another figure is that figure's.
    if (p.end <= c.start && RATE_PHRASE.test(s.text.slice(p.start, p.end)) && s.quantityEndsAt(p.start)) continue;
    const gap = p.start >= c.end ? p.start - c.end : c.start - p.end;
    const crossing = s.text.slice(Math.min(p.end, c.end), Math.max(p.start, c.start));
    const distance = gap + (/[;,]\s/.test(crossing) && p.start >= c.end ? 60 : 0) + (p.start >= c.end ? 0 : 10);
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best ? s.slice(best.start, best.end) : undefined;
}
