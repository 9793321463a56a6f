/**
 * From a text to its claims: the walk over paragraphs and sentences, and the assembly of each claim.
 * What each part decides lives in its own module:
 *   sentence.ts            one sentence as the rules read it (tokens, tags, noun phrases, clauses)
 *   candidates.ts          which quantities are candidate claims, joined into ratios and ranges
 *   rules/not-a-claim.ts   the rules that drop a number (years, days, identifiers, ages, …)
 *   rules/subject.ts       what a figure measures
 *   rules/time.ts          when it holds
 *   rules/speaker.ts       who says it (two of its rules look past the sentence and run here)
 *   layout.ts              what tables, lists and statements give their figures
 * Bound, direction and checkworthiness are read here.
 */
import { findCandidates, type Candidate } from "./candidates";
import { runChecks } from "./checks";
import { checkworthinessScore, checkworthinessSignals } from "./checkworthiness";
import { Trace, type Explanation } from "./explain";
import { BOUND_BEFORE, BOUND_LAST_WORDS, DECREASE_WORDS, INCREASE_WORDS, PHRASAL_UP, SALIENCE_WORDS } from "./lexicon";
import { roundScaled } from "./numbers";
import { findQuotes, type Quote } from "./quotes";
import { layout } from "./layout";
import { FINDING_IN_NEXT_SENTENCE, findingSource, QUOTATION_ATTRIBUTED_LATER, readSpeaker } from "./rules/speaker";
import { describeSubject } from "./rules/subject";
import { readTime } from "./rules/time";
import { Sentence } from "./sentence";
import { paragraphs, sentences } from "./sentences";
import { tokenize } from "./tokens";
import type { Bound, Claim, Direction, Extraction } from "./types";

/** Bumped whenever the extractor's output can change, so stored claims know what made them. */
export const EXTRACTOR_VERSION = "2026.12.2";

/**
 * Where a number could be: a digit or a number word. Sentences with none are skipped unread, and
 * most sentences of a release have none.
 */
const NUMBER_HINT =
  /[0-9]|hundred|thousand|illion|dozen|\bhalf|third|quarter|fifth|(?:six|seven|eigh|nin|ten)th|teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b|fold\b|doubled|tripled|trebled|quadrupled|halved|twice|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero)\b/gi;

/** The offset of the first number hint at or after `from`, or Infinity when none is left. */
function nextHint(text: string, from: number): number {
  NUMBER_HINT.lastIndex = from;
  return NUMBER_HINT.exec(text)?.index ?? Infinity;
}

const OPENING_QUOTE = /["“«]/;
const CLOSING_QUOTE = /["”»]/;

export interface ExtractOptions {
  /** Name the rule behind every decision: `explanations` beside the claims, `dropped` for numbers left out. */
  explain?: boolean;
}

export type { Explanation };

export interface ExplainedExtraction extends Extraction {
  explanations?: Explanation[];
  /** Numbers that are not claims, with the rule that said so. */
  dropped?: { start: number; end: number; text: string; rule: string }[];
}

export function extractClaims(text: string, options: ExtractOptions = {}): ExplainedExtraction {
  const claims: Claim[] = [];
  const trace = options.explain ? new Trace() : undefined;
  const paras = paragraphs(text);
  const layouts = layout(text, paras);
  // One pass over the text finds the hints: each search starts where the last one's sentence
  // ended, so no character is read twice, however many paragraphs and sentences it skips.
  let hint = nextHint(text, 0);
  // Claims inside a quotation that runs on past its paragraph with no one named yet: the next
  // paragraph, opening with a quotation mark, goes on with it and may say who speaks.
  let unattributed: number[] = [];
  for (let k = 0; k < paras.length; k++) {
    const para = paras[k]!;
    if (unattributed.length) {
      const speaker = OPENING_QUOTE.test(text[para.start] ?? "") ? findQuotes(text, para.start, para.end)[0]?.speaker : undefined;
      for (const i of speaker ? unattributed : []) {
        if (claims[i]!.speaker) continue;
        claims[i]!.speaker = speaker;
        if (trace) trace.explanations[i]!.speaker = QUOTATION_ATTRIBUTED_LATER.name;
      }
      unattributed = [];
    }
    if (hint < para.start) hint = nextHint(text, para.start);
    if (hint >= para.end) continue;
    const shape = layouts[k]!;
    let quotes: Quote[] | null = null;
    const firstOfParagraph = claims.length;
    // What the paragraph's figures counted so far, for a pronoun in a later sentence ("a third of them").
    let spokenOf: string | undefined;
    // The source a sentence of the paragraph named ("The study found …"): it goes on speaking in the next ones.
    let source: string | undefined;
    // The period an earlier sentence of the paragraph opened with ("In March, …"): it goes on dating the next ones.
    let period: string | undefined;
    // A table row is read cell by cell: "800\t910" are two figures, never one.
    const spans = shape.cells ? shape.cells : sentences(text, para.start, para.end);
    for (let n = 0; n < spans.length; n++) {
      const sentence = spans[n]!;
      if (hint < sentence.start) hint = nextHint(text, sentence.start);
      if (hint >= sentence.end) continue;
      quotes ??= findQuotes(text, para.start, para.end);
      const ctx = new Sentence(
        text,
        sentence,
        tokenize(text, sentence.start, sentence.end),
        quotes,
        para,
        shape,
        spokenOf,
        trace,
        source,
        period,
      );
      const first = claims.length;
      for (const candidate of findCandidates(ctx)) claims.push(describe(ctx, candidate));
      spokenOf = ctx.spokenOf;
      source = ctx.namedSource ?? source;
      // "In March, encounters totaled 137,473. Total encounters nationwide were 189,359.": the period a sentence opens with.
      if (!shape.cells) period = ctx.openingPeriod() ?? period;
      // "… 31 million Americans are inactive. This finding comes from a new study from the CDC …"
      const next = spans[n + 1];
      const later = next && first < claims.length ? findingSource(text.slice(next.start, next.end)) : undefined;
      if (later) {
        for (let k = first; k < claims.length; k++) {
          if (claims[k]!.speaker) continue;
          claims[k]!.speaker = later;
          if (trace) trace.explanations[k]!.speaker = FINDING_IN_NEXT_SENTENCE.name;
        }
      }
    }
    // The paragraph's last quotation still open at its end, with no speaker: its figures wait for the next paragraph.
    const open = quotes?.[quotes.length - 1];
    if (open && !open.speaker && open.end === para.end && !CLOSING_QUOTE.test(text[para.end - 1] ?? "")) {
      for (let i = firstOfParagraph; i < claims.length; i++)
        if (!claims[i]!.speaker && claims[i]!.start >= open.start) unattributed.push(i);
    }
  }
  const result: ExplainedExtraction = { claims, checks: runChecks(text, claims) };
  if (trace) {
    result.explanations = trace.explanations;
    result.dropped = trace.dropped;
  }
  return result;
}

function describe(s: Sentence, c: Candidate): Claim {
  const cell = s.cellAt(c);
  const { subject, rule: subjectRule } = describeSubject(s, c, cell);
  const { timeScope, rule: timeRule } = readTime(s, c, cell);
  const { speaker, rule: speakerRule } = readSpeaker(s, c, cell);
  s.trace?.explanations.push({
    subject: subjectRule,
    ...(timeRule ? { timeScope: timeRule } : {}),
    ...(speakerRule ? { speaker: speakerRule } : {}),
  });
  if (cell && cell.scale !== 1 && c.value !== null) {
    c.value = roundScaled(c.value * cell.scale);
    if (c.upperValue !== undefined) c.upperValue = roundScaled(c.upperValue * cell.scale);
    if (cell.money && c.unit === "count") {
      c.unit = "money";
      c.currency = "USD";
    }
  }
  const bound = boundOf(s, c);
  const direction = directionOf(s, c);
  if (direction) s.lastDirection = direction;
  const measure = c.unit === "other" ? s.measureAfter(c.lastToken) : undefined;
  const claim: Claim = {
    start: c.start,
    end: c.end,
    text: s.text.slice(c.start, c.end),
    value: c.value,
    unit: c.unit,
    ...(c.denominator !== undefined ? { denominator: c.denominator } : {}),
    ...(c.upperValue !== undefined ? { upperValue: c.upperValue } : {}),
    ...(measure ? { measure } : {}),
    ...(c.currency ? { currency: c.currency } : {}),
    subject,
    ...(timeScope ? { timeScope } : {}),
    ...(speaker ? { speaker } : {}),
    bound,
    ...(direction ? { direction } : {}),
    // A table cell's sentence is its row.
    sentence: s.shape.cells ? { start: s.paragraph.start, end: s.paragraph.end } : { start: s.sentence.start, end: s.sentence.end },
    checkworthiness: 0,
  };
  claim.checkworthiness = checkworthinessOf(s, c, claim);
  return claim;
}

function boundOf(s: Sentence, c: Candidate): Bound {
  let i = c.firstToken;
  const words = s.wordsBefore(i, 4);
  // Every bound phrase ends with one of BOUND_LAST_WORDS; most figures follow none and need no lookup.
  if (BOUND_LAST_WORDS.has(words[words.length - 1] ?? "")) {
    for (let n = words.length; n >= 1; n--) {
      // "more than" a figure, but not "more than doubled"; "over" a figure but not "over 2019".
      const b = BOUND_BEFORE.get(words.slice(words.length - n).join(" "));
      if (b) return b;
    }
  }
  i = s.next(c.lastToken);
  const after = s.word(i);
  if (after === "or" && ["more", "higher", "greater", "above"].includes(s.word(s.next(i + 1)))) return "lower";
  if (after === "or" && ["less", "fewer", "lower", "below"].includes(s.word(s.next(i + 1)))) return "upper";
  if (after === "or" && s.word(s.next(i + 1)) === "so") return "approximate";
  if (s.punct(c.lastToken, "+") && s.glued(c.lastToken)) return "lower";
  if (c.q.spelled === false && s.punct(c.firstToken - 1, "~")) return "approximate";
  return "exact";
}

function directionOf(s: Sentence, c: Candidate): Direction | undefined {
  // "doubled", "halved": the figure is the change.
  const said = s.word(c.firstToken);
  if (c.q.multiple && said.endsWith("ed")) return said === "halved" ? "decrease" : "increase";
  // After the figure: "a 10 percent increase", "a 213 percent jump".
  const after = s.word(s.next(c.lastToken));
  if (INCREASE_WORDS.has(after) && !["more", "higher", "up"].includes(after)) return "increase";
  if (DECREASE_WORDS.has(after) && !["less", "fewer", "lower", "down", "cut", "lost"].includes(after)) return "decrease";
  // "$205 billion more than in the prior fiscal year": a comparison with "than" is a change, whatever the unit.
  const than = s.word(s.next(s.next(c.lastToken) + 1)) === "than";
  if ((after === "more" || after === "higher" || after === "greater") && (c.unit === "percent" || than)) return "increase";
  if ((after === "less" || after === "fewer" || after === "lower") && (c.unit === "percent" || than)) return "decrease";
  // "the largest decreases were in Mississippi and Vermont (5 percent each)": the change the clause names.
  const open = s.openingParenthesis(c);
  if (open >= 0) {
    for (let j = s.prev(open), n = 0; j >= 0 && n < 16; j = s.prev(j), n++) {
      const w = s.word(j);
      if (s.punct(j, ".;:")) break;
      if (w === "increases" || w === "gains" || w === "rises") return "increase";
      if (w === "decreases" || w === "declines" || w === "drops" || w === "losses" || w === "reductions") return "decrease";
    }
  }
  // "decreased by 13 percent for kindergarten and by 3 percent for grades 1–8": a coordinated figure shares the change.
  const and = s.prev(c.firstToken);
  if (s.word(and) === "by" && s.word(s.prev(and)) === "and" && s.lastDirection) return s.lastDirection;
  // Before it: "fell 70 percent", "increased by an astounding 213 percent", "up 5 percent".
  // "increases in the United States between 0% and 15%": a range reaches back to its verb.
  const reach = s.word(s.prev(c.firstToken)) === "between" ? 9 : 5;
  for (let j = s.prev(c.firstToken), n = 0; j >= 0 && n < reach; j = s.prev(j), n++) {
    const t = s.tokens[j]!;
    if (t.kind !== "word") {
      if (t.kind === "punct" && "$".includes(t.text)) continue;
      break;
    }
    const w = t.lower;
    if (w === "to" || w === "from") return undefined; // "rose to 5 million" states a level
    // "make up 19 percent", "took up a third": a share, not a rise.
    if (w === "up" && PHRASAL_UP.has(s.word(s.prev(j)))) return undefined;
    if (INCREASE_WORDS.has(w) && !["more", "higher", "growth"].includes(w)) return "increase";
    if (DECREASE_WORDS.has(w) && !["less", "fewer", "lower", "loss", "losses"].includes(w)) return "decrease";
  }
  return undefined;
}

function checkworthinessOf(s: Sentence, c: Candidate, claim: Claim): number {
  if (s.salience === null) {
    s.salience = 0;
    for (const t of s.tokens) if (t.kind === "word" && SALIENCE_WORDS.has(t.lower)) s.salience++;
  }
  return checkworthinessScore(checkworthinessSignals({ ...claim, spelled: c.q.spelled && !c.q.scaled, alarmWords: s.salience }));
}
