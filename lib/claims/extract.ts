/**
 * From numbers to claims: decides which numbers are claims (not dates, years, times,
 * identifiers, list indexes or number words that count nothing), joins the parts of one
 * quantity ("$", "out of", "between … and"), and reads what each claim says: subject,
 * period, speaker, bound, direction and how much it deserves checking.
 */
import { runChecks } from "./checks";
import {
  AUXILIARIES, BOUND_BEFORE, DECREASE_WORDS, DETERMINERS, IDENTIFIER_WORDS, INCREASE_WORDS, ING_NOUNS,
  IRREGULAR_PAST, MEASURE_UNITS, MONTHS, NP_STOP, OBJECT_VERBS, SALIENCE_WORDS, SERVICE_NUMBER_NEIGHBOURS, SERVICE_NUMBERS,
  STREET_WORDS, YEAR_EDITIONS, YEAR_LEADS,
} from "./lexicon";
import { SCALE_WORDS } from "./number-words";
import { roundScaled, scanQuantities, type Quantity } from "./numbers";
import { LazyTags } from "./pos";
import { findQuotes, quoteAt, type Quote } from "./quotes";
import { paragraphs, sentences } from "./sentences";
import { layout, type ParagraphLayout, type TableCell } from "./layout";
import { NOT_A_CLAIM_RULES } from "./rules/not-a-claim";
import type { TokenView } from "./rules/view";
import { findTimePhrases } from "./time";
import { tokenize, type Token } from "./tokens";
import type { Bound, Claim, Direction, Extraction, Span, Unit } from "./types";

/** Bumped whenever the extractor's output can change, so stored claims know what made them. */
export const EXTRACTOR_VERSION = "2026.12.1";

/**
 * Where a number could be: a digit or a number word. Sentences with none are skipped unread, and
 * most sentences of a release have none.
 */
const NUMBER_HINT = /[0-9]|hundred|thousand|illion|dozen|\bhalf|third|quarter|fifth|(?:six|seven|eigh|nin|ten)th|teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b|fold\b|doubled|tripled|trebled|quadrupled|halved|twice|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero)\b/gi;

/** The offset of the first number hint at or after `from`, or Infinity when none is left. */
function nextHint(text: string, from: number): number {
  NUMBER_HINT.lastIndex = from;
  return NUMBER_HINT.exec(text)?.index ?? Infinity;
}

/** Why the engine decided what it did about one claim: the rule behind each attribute. */
export interface Explanation {
  subject: string;
  timeScope?: string;
  speaker?: string;
}

export interface ExtractOptions {
  /** Name the rule behind every decision: `explanations` beside the claims, `dropped` for numbers left out. */
  explain?: boolean;
}

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
  for (let k = 0; k < paras.length; k++) {
    const para = paras[k]!;
    if (hint < para.start) hint = nextHint(text, para.start);
    if (hint >= para.end) continue;
    const shape = layouts[k]!;
    let quotes: Quote[] | null = null;
    // What the paragraph's figures counted so far, for a pronoun in a later sentence ("a third of them").
    let spokenOf: string | undefined;
    // The source a sentence of the paragraph named ("The study found …"): it goes on speaking in the next ones.
    let source: string | undefined;
    // A table row is read cell by cell: "800\t910" are two figures, never one.
    const spans = shape.cells ? shape.cells : sentences(text, para.start, para.end);
    for (let n = 0; n < spans.length; n++) {
      const sentence = spans[n]!;
      if (hint < sentence.start) hint = nextHint(text, sentence.start);
      if (hint >= sentence.end) continue;
      quotes ??= findQuotes(text, para.start, para.end);
      const ctx = new SentenceContext(text, sentence, tokenize(text, sentence.start, sentence.end), quotes, para, shape, spokenOf, trace, source);
      const first = claims.length;
      for (const candidate of ctx.candidates()) claims.push(ctx.describe(candidate));
      spokenOf = ctx.spokenOf;
      source = ctx.namedSource ?? source;
      // "… 31 million Americans are inactive. This finding comes from a new study from the CDC …"
      const next = spans[n + 1];
      const later = next && first < claims.length ? findingSource(text.slice(next.start, next.end)) : undefined;
      if (later) {
        for (let k = first; k < claims.length; k++) {
          if (claims[k]!.speaker) continue;
          claims[k]!.speaker = later;
          if (trace) trace.explanations[k]!.speaker = "speaker: the next sentence says where the finding comes from";
        }
      }
    }
  }
  const result: ExplainedExtraction = { claims, checks: runChecks(text, claims) };
  if (trace) {
    result.explanations = trace.explanations;
    result.dropped = trace.dropped;
  }
  return result;
}

/** What `--explain` reports, collected as the engine decides. */
class Trace {
  readonly explanations: Explanation[] = [];
  readonly dropped: { start: number; end: number; text: string; rule: string }[] = [];
}

interface Candidate {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  value: number | null;
  unit: Unit;
  denominator?: number;
  upperValue?: number;
  currency?: string;
  q: Quantity;
  /** The noun inside a rate: "violent victimizations" in "52 violent victimizations per 1,000". */
  rateNoun?: Span;
  /** The rate a bare figure shares ("from 5.1 to 4.8 outages per 10,000"). */
  rateOf?: Candidate;
}

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"]]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollars", "USD"], ["dollar", "USD"], ["usd", "USD"], ["euros", "EUR"], ["euro", "EUR"], ["eur", "EUR"],
]);
const COMPARATIVES = new Set([
  "as", "more", "higher", "larger", "greater", "bigger", "faster", "less", "lower", "smaller", "fewer", "that",
  "what", "the", "than", "over", "likelier", "likely", "worse", "better", "longer", "cheaper", "costlier",
]);
const PERIOD_WORDS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "quarter", "quarters"]);
/** Nouns that say how a figure is counted, not what it counts ("a total of", "an average of"). */
const VAGUE_HEADS = new Set(["total", "number", "sum", "amount", "average", "maximum", "minimum", "figure", "estimate", "tally", "count", "one", "some", "most", "all", "none", "peak", "high", "low", "level", "record"]);
/** A label that names a period: "FY2021", "2023", "March 2024", "Q3 2023". */
const PERIOD_LABEL = /^(?:(?:FY|CY|SY|Q[1-4]|H[12])\s*'?\d{2,4}|(?:19|20)\d{2}(?:[–-]\d{2,4})?|[A-Z][a-z]+\.?\s+(?:19|20)\d{2})$/;
/** Nouns that only count ("143,105 people"): what the clause says of them names the figure better. */
const COUNTERS = new Set(["people", "persons", "individuals"]);
const SAYING = new Set(["said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "noted", "added", "stated", "wrote", "explained", "warned", "testified"]);
const PHRASAL_UP = new Set(["make", "makes", "made", "making", "take", "takes", "took", "taking", "add", "adds", "added", "end", "ended", "sum", "sign", "signed", "set", "pick", "picked", "show", "showed"]);
const PERIOD_LEADS = new Set([
  "in", "over", "during", "within", "throughout", "through", "the", "last", "past", "next", "previous", "prior",
  "recent", "coming", "first", "this", "that", "these", "those",
]);
const BOUND_LAST_WORDS = new Set([...BOUND_BEFORE.keys()].map((k) => k.slice(k.lastIndexOf(" ") + 1)));
/** Words in -ing that are prepositions, not participles: ", during the period from …". */
const ING_PREPOSITIONS = new Set([
  "during", "including", "according", "regarding", "concerning", "following", "excluding", "considering",
  "pending", "barring", "notwithstanding", "involving", "beginning", "starting", "spanning", "totaling", "totalling",
]);
/** "22 of its 27 branches": "of" and a determiner between the parts of a ratio. */
const RATIO_OF = new Set(["of the", "of its", "of their", "of our", "of his", "of her", "of these", "of those"]);
const PRONOUN_OBJECTS = new Set(["them", "those", "these", "us", "it", "which", "whom"]);
/** Units a hyphenated number turns into a kind of thing: "a 10-year plan", "a five-member board". */
const DESCRIPTOR_UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "decade", "member", "person", "bed", "story"]);
const COMPARED = new Set(["higher", "lower", "more", "less", "above", "below", "greater", "larger", "smaller", "fewer"]);
const RELATIVE_TIME = new Set(["ago", "earlier", "later", "prior"]);
const RATE_PHRASE = /^(?:(?:per|a|an|each|every)\s|annually)/i;
const RELATIVE_PHRASE = /\b(?:ago|earlier|later|prior)$/i;
const RANGE_JOINERS = new Set(["to", "and", "through", "-", "–", "—"]);
/** Nouns for people: a count of them is often a share of a group the sentence goes on to describe. */
const PEOPLE_NOUNS = new Set([
  "adults", "americans", "people", "persons", "children", "residents", "women", "men", "students", "workers", "patients", "families",
  "households", "teens", "youth", "seniors", "veterans", "voters", "parents", "individuals", "employees", "applicants", "recipients",
  "beneficiaries", "enrollees", "participants", "inmates", "detainees", "migrants", "immigrants", "noncitizens", "officers", "nurses",
  "teachers", "doctors", "physicians", "drivers", "victims", "survivors", "customers", "consumers", "taxpayers", "farmers", "respondents",
  "girls", "boys", "infants", "babies", "retirees", "borrowers", "homeowners", "renters", "tenants", "citizens", "refugees", "defendants",
]);
/** Words that end the group read leftwards from a parenthesis. */
const GROUP_STOPS = new Set(["was", "were", "is", "are", "be", "been", "had", "has", "have", "compared", "than", "that", "which", "who", "varied", "while", "whereas", "including", "according", "said"]);
/** Words in -ed that describe a group rather than act: "selected", "insured", "married". */
const GROUP_ADJECTIVES = new Set(["selected", "insured", "uninsured", "married", "unmarried", "employed", "unemployed", "retired", "disabled", "incarcerated", "vaccinated", "unvaccinated", "related"]);
/** Verbs of change that take an object: "cut wait times by 30 percent", "raised the wage to $15". */
const CHANGE_VERBS = new Set(["reduce", "reduces", "reduced", "cut", "cuts", "raise", "raises", "raised", "lower", "lowers", "lowered", "increase", "increases", "increased", "boost", "boosts", "boosted", "expand", "expands", "expanded", "trim", "trims", "trimmed", "slash", "slashes", "slashed", "shrink", "shrinks", "decrease", "decreases", "decreased", "grow", "grows", "grew", "double", "doubled", "bring", "brings", "brought", "push", "pushed"]);
/** Past forms in -ed that compare or qualify rather than act on what is counted. */
const NOT_ACTIONS = new Set(["compared", "estimated", "projected", "expected", "based", "adjusted", "combined", "needed", "related", "listed", "totaled", "valued", "priced", "ranked", "rated"]);
/** Heads of a place after "in": "$2 million in Ohio" is not money that is Ohio. */
const PLACE_HEADS = new Set(["state", "states", "county", "counties", "city", "cities", "district", "districts", "region", "area", "areas", "country", "nation", "town", "towns"]);
/** Irregular past participles a count can be the object of: "taken into custody", "seen", "held". */
const PARTICIPLES = new Set(["taken", "seen", "given", "held", "kept", "brought", "sent", "paid", "built", "sold", "caught", "found", "written", "shown", "hired", "fed", "housed", "won", "lost", "spent"]);
/** Words before a unit that belong to it: "square miles", "metric tons", "cubic feet". */
const MEASURE_MODIFIERS = new Set(["square", "cubic", "metric", "short", "long", "board", "acre", "kilowatt", "megawatt", "gigawatt", "passenger", "flight"]);
/** Units of time: "30 days" is a duration, not a unit of measure shown beside a value. */
const TIME_UNITS = new Set(["hour", "hours", "minute", "minutes", "second", "seconds", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries"]);
/** Words in -ly that describe a noun rather than a verb: "average daily flights", "elderly residents". */
const LY_ADJECTIVES = new Set(["daily", "weekly", "monthly", "yearly", "quarterly", "hourly", "nightly", "early", "elderly", "likely", "only", "family", "supply", "assembly", "ally", "italy"]);

class SentenceContext implements TokenView {
  constructor(
    readonly text: string,
    readonly sentence: Span,
    readonly tokens: Token[],
    readonly quotes: Quote[],
    readonly paragraph: Span,
    /** What the paragraph inherits from the document: table cells, a list's lead-in, a statement. */
    readonly shape: ParagraphLayout,
    /** The subject of the paragraph's last claim before this sentence. */
    readonly before?: string,
    readonly trace?: Trace,
    /** The source an earlier sentence of the paragraph named. */
    readonly paragraphSource?: string,
  ) {}

  /** The source or reporter this sentence names itself, for the sentences after it. */
  namedSource: string | undefined;

  /** The subject of the last claim up to this sentence's end, for the next sentence. */
  get spokenOf(): string | undefined {
    return this.lastSubject?.subject ?? this.before;
  }

  /** Part-of-speech tags of the sentence's tokens, computed the first time a rule asks. */
  private tags: LazyTags | null = null;
  /** The Penn Treebank tag of token i ("VBD", "NNS", …). */
  tag(i: number): string {
    this.tags ??= new LazyTags(this.tokens);
    return this.tags.at(i);
  }
  /** A finite verb (past or present tense), by the tagger: "lost", "puts", "reported". */
  private finiteVerb(i: number): boolean {
    const t = this.tag(i);
    return t === "VBD" || t === "VBZ" || t === "VBP" || t === "MD";
  }

  /** Set by nounPhrase when it stopped at a word it took for a verb. */
  private stoppedAtVerb = false;
  /** Every quantity of the sentence, scanned once. */
  private quantities: Quantity[] = [];

  /* ---------------------------------------------------------------- token helpers */

  word(i: number): string {
    const t = this.tokens[i];
    return t && t.kind === "word" ? t.lower : "";
  }
  /** Index of the nearest non-space token before i (-1 when none). */
  prev(i: number): number {
    let j = i - 1;
    while (j >= 0 && this.tokens[j]!.kind === "space") j--;
    return j;
  }
  next(i: number): number {
    let j = i;
    while (j < this.tokens.length && this.tokens[j]!.kind === "space") j++;
    return j;
  }
  punct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === "punct" && chars.includes(t.text);
  }
  glued(i: number): boolean {
    const a = this.tokens[i - 1];
    const b = this.tokens[i];
    return a !== undefined && b !== undefined && a.end === b.start;
  }
  /** Lower-case words before token i, nearest last, up to n of them (stops at punctuation). */
  wordsBefore(i: number, n: number): string[] {
    const out: string[] = [];
    for (let j = this.prev(i); j >= 0 && out.length < n; j = this.prev(j)) {
      const t = this.tokens[j]!;
      if (t.kind !== "word") break;
      out.unshift(t.lower);
    }
    return out;
  }

  /* ---------------------------------------------------------------- candidates */

  candidates(): Candidate[] {
    const qs = scanQuantities(this.tokens, { vague: true });
    this.quantities = qs;
    const out: Candidate[] = [];
    for (let n = 0; n < qs.length; n++) {
      const q = qs[n]!;
      const joined = this.join(q, qs[n + 1]);
      if (joined) {
        n++;
        // "12 through 15 years old": a range can name a group too.
        const rule = this.shape.note ? "footnote under a table" : this.droppedBy(q) ?? (joined.unit === "ratio" ? undefined : this.droppedBy(qs[n]!));
        if (rule) {
          this.trace?.dropped.push({ start: joined.start, end: joined.end, text: this.text.slice(joined.start, joined.end), rule });
          continue;
        }
        out.push(joined);
        continue;
      }
      const rule = this.shape.note ? "footnote under a table" : this.droppedBy(q) ?? this.notAClaim(q);
      if (rule) {
        const start = this.moneyBefore(q) ? this.tokens[this.moneyStart(q)]!.start : q.start;
        this.trace?.dropped.push({ start, end: q.end, text: this.text.slice(start, q.end), rule });
        continue;
      }
      out.push(this.single(q));
    }
    // "from 5.1 to 4.8 outages per 10,000 customers": the first figure is the same rate.
    for (let k = 0; k + 1 < out.length; k++) {
      const c = out[k]!;
      const rate = out[k + 1]!;
      if (!rate.rateNoun || c.unit !== "count" || c.rateNoun || this.word(this.prev(c.firstToken)) !== "from" || this.word(this.next(c.lastToken)) !== "to") continue;
      if (this.next(this.next(c.lastToken) + 1) !== rate.firstToken) continue;
      out[k] = { ...c, unit: "ratio", denominator: rate.denominator, rateNoun: rate.rateNoun, rateOf: rate };
    }
    // "1.26 fatalities per 100 million miles, down from 1.33": the figure after it is the same rate.
    for (let k = 1; k < out.length; k++) {
      const c = out[k]!;
      const rate = out[k - 1]!;
      const from = this.prev(c.firstToken);
      if (!rate.rateNoun || c.unit !== "count" || this.word(from) !== "from" || !["up", "down"].includes(this.word(this.prev(from)))) continue;
      out[k] = { ...c, unit: "ratio", denominator: rate.denominator, rateNoun: rate.rateNoun, rateOf: rate.rateOf ?? rate };
    }
    return out;
  }

  /** Two quantities that make one claim: "one in five", "30.2 per 100,000", "between 10 and 20 percent". */
  private join(a: Quantity, b: Quantity | undefined): Candidate | null {
    if (!b || a.value === null || b.value === null) return null;
    if (this.isYear(a) || this.isYear(b) || a.dotted || b.dotted) return null;
    if (a.kind === "number" && b.kind === "number" && !this.moneyBefore(a) && this.word(this.prev(b.firstToken)) === "per") {
      const rate = this.rateWithNoun(a, b);
      if (rate) return rate;
    }
    // Joiners are one or two words ("to", "of the", "for every"): a longer gap joins nothing.
    let gapTokens = 0;
    for (let k = a.lastToken; k < b.firstToken && gapTokens <= 2; k++) if (this.tokens[k]!.kind !== "space") gapTokens++;
    if (gapTokens > 2) return null;
    const gap = this.tokens.slice(a.lastToken, b.firstToken).filter((t) => t.kind !== "space");
    const gapWords = gap.map((t) => t.lower).join(" ");
    const integers = Number.isInteger(a.value) && Number.isInteger(b.value) && a.kind === "number" && b.kind === "number";
    // Ratios: "one in five", "4 of 5 states", "30.2 per 100,000", "one for every three".
    if (a.kind === "number" && b.kind === "number" && !b.scaled || (a.kind === "number" && b.kind === "number" && gapWords === "per")) {
      // "one of our 112 schools" names a member, not a share: the figure is the 112.
      const member = a.lonelyOne && gapWords.startsWith("of");
      const ratioWord = !member && (gapWords === "in" || gapWords === "of" || RATIO_OF.has(gapWords) || gapWords === "for every" || gapWords === "per");
      const smaller = a.value < b.value;
      if (ratioWord && (gapWords === "per" ? b.value > 1 : integers && smaller && b.value <= 1e9)) {
        const after = this.next(b.lastToken);
        const afterWord = this.word(after);
        // "10 in 2020" is a year; "five of them" counts nothing; "2 in 3 years" is a duration.
        if (gapWords !== "per" && (MEASURE_UNITS.has(afterWord) || (gapWords.startsWith("of") && !afterWord))) return null;
        return this.candidate(a, b, { unit: "ratio", value: a.value, denominator: b.value });
      }
    }
    // Ranges: "between 10 and 20 percent", "$5 million to $7 million", "10-20 percent".
    const before = this.word(this.prev(a.firstToken - (this.punct(a.firstToken - 1, "$") ? 1 : 0)));
    const joiner = gap.length === 1 ? gap[0]!.lower : gap.length === 2 && gap[1]!.text === "$" ? gap[0]!.lower : "";
    const ranged = RANGE_JOINERS.has(joiner) && (joiner !== "and" || before === "between") && before !== "from";
    // Both ends measure the same thing: "12 percent to 4,310" is a change and a level, not a range,
    // and so is "half a percentage point to 11.5 percent".
    const sameKind = (a.kind === b.kind && !!a.points === !!b.points) || (a.kind === "number" && b.kind === "percent" && !a.scaled);
    if (ranged && sameKind && b.value > a.value && a.kind !== "ratio" && b.kind !== "ratio") {
      if ((joiner === "-" || joiner === "–") && !(b.kind === "percent" || b.scaled || this.moneyBefore(a))) return null;
      const unitB = this.unitOf(b);
      let low = a.value;
      const lastWord = this.word(b.lastToken - 1);
      const scale = SCALE_WORDS.get(lastWord);
      if (!a.scaled && scale && b.scaled && low < 1000) low = roundScaled(low * scale);
      if (a.kind === "number" && b.kind === "percent") {
        /* "10 to 20 percent": the low end is a percentage too */
      }
      return this.candidate(a, b, { unit: unitB.unit, value: low, upperValue: b.value, currency: unitB.currency ?? this.moneyBefore(a) });
    }
    return null;
  }

  /**
   * "52 violent victimizations per 1,000 persons", "4.8 outages per 10,000 customers": a rate with its
   * noun inside is one ratio, the noun and the base included in the span.
   */
  private rateWithNoun(a: Quantity, b: Quantity): Candidate | null {
    if (a.value === null || b.value === null || b.value <= 1) return null;
    const words: Token[] = [];
    for (let k = a.lastToken; k < b.firstToken; k++) {
      const t = this.tokens[k]!;
      if (t.kind === "space") continue;
      if (t.kind !== "word" || words.length >= 5) return null;
      words.push(t);
    }
    if (words.length < 2 || words[words.length - 1]!.lower !== "per") return null;
    // The words before "per" are a noun phrase: no verb, determiner or stop word.
    if (words.slice(0, -1).some((w) => NP_STOP.has(w.lower) || DETERMINERS.has(w.lower) || /(?:ed|ing)$/.test(w.lower) || IRREGULAR_PAST.has(w.lower))) return null;
    return { ...this.candidate(a, b, { unit: "ratio", value: a.value, denominator: b.value }), rateNoun: { start: words[0]!.start, end: words[words.length - 2]!.end } };
  }

  private candidate(a: Quantity, b: Quantity, fields: Partial<Candidate> & { unit: Unit; value: number | null }): Candidate {
    const money = this.moneyBefore(a);
    const firstToken = money ? this.moneyStart(a) : a.firstToken;
    return {
      start: this.tokens[firstToken]!.start, end: b.end, firstToken, lastToken: b.lastToken, q: a, ...fields,
      ...(money && fields.unit !== "ratio" ? { unit: "money" as const, currency: money } : {}),
    };
  }

  private single(q: Quantity): Candidate {
    const { unit, currency, lastToken, denominator, value } = this.unitOf(q);
    const firstToken = currency && this.moneyBefore(q) ? this.moneyStart(q) : q.firstToken;
    return {
      start: this.tokens[firstToken]!.start, end: this.tokens[lastToken - 1]!.end, firstToken, lastToken,
      value, unit, denominator, currency, q,
    };
  }

  /** Currency sign or code just before a quantity ("$1.2B", "US$ 1MM", "USD 5"). */
  private moneyBefore(q: Quantity): string | undefined {
    const i = q.firstToken - 1;
    const t = this.tokens[i];
    if (t && t.kind === "punct" && CURRENCY_SYMBOLS.has(t.text)) return CURRENCY_SYMBOLS.get(t.text);
    const p = this.prev(q.firstToken);
    const w = this.tokens[p];
    if (w?.kind === "punct" && CURRENCY_SYMBOLS.has(w.text)) return CURRENCY_SYMBOLS.get(w.text);
    if (w?.kind === "word" && (w.text === "USD" || w.text === "EUR" || w.text === "GBP")) return w.text;
    return undefined;
  }
  private moneyStart(q: Quantity): number {
    let i = this.prev(q.firstToken);
    if (this.tokens[i - 1]?.kind === "word" && this.tokens[i - 1]!.text === "US" && this.glued(i)) i--;
    return i;
  }

  private unitOf(q: Quantity): { unit: Unit; currency?: string; lastToken: number; denominator?: number; value: number | null } {
    const money = this.moneyBefore(q);
    const after = this.next(q.lastToken);
    const afterWord = this.word(after);
    if (q.kind === "percent") return { unit: "percent", lastToken: q.lastToken, value: q.value };
    if (q.kind === "ratio") return { unit: "ratio", lastToken: q.lastToken, denominator: q.denominator, value: q.value };
    if (q.kind === "fraction" && q.denominator && q.value !== null) {
      return { unit: "ratio", lastToken: q.lastToken, denominator: q.denominator, value: Math.round(q.value * q.denominator * 1e6) / 1e6 };
    }
    if (q.multiple) return { unit: "ratio", lastToken: q.lastToken, denominator: 1, value: q.value };
    if (money) return { unit: "money", currency: money, lastToken: this.perUnitEnd(q.lastToken), value: q.value };
    const currency = CURRENCY_WORDS.get(afterWord);
    if (currency) return { unit: "money", currency, lastToken: after + 1, value: q.value };
    // "5 cents a gallon": money, in dollars.
    if (afterWord === "cents" && q.value !== null) return { unit: "money", currency: "USD", lastToken: after + 1, value: Number((q.value / 100).toPrecision(12)) };
    // Multiples: "four times as many", "three times higher".
    if (afterWord === "times" && COMPARATIVES.has(this.word(this.next(after + 1)))) {
      return { unit: "ratio", lastToken: after + 1, denominator: 1, value: q.value };
    }
    if (MEASURE_UNITS.has(afterWord) || (MEASURE_MODIFIERS.has(afterWord) && MEASURE_UNITS.has(this.word(this.next(after + 1))))) {
      return { unit: "other", lastToken: q.lastToken, value: q.value };
    }
    // "25,506,000 general aviation flight hours": a unit of measure heading the noun phrase.
    if (q.kind === "number" && this.measureAfter(q.lastToken)) return { unit: "other", lastToken: q.lastToken, value: q.value };
    return { unit: "count", lastToken: q.lastToken, value: q.value };
  }

  /**
   * The physical unit of measure named after a figure: "metric tons" in "3.2 million metric tons of
   * steel", "square miles", "pounds", "flight hours" (the head of "general aviation flight hours").
   */
  measureAfter(lastToken: number): string | undefined {
    let j = this.next(lastToken);
    let first = -1;
    for (let n = 0; n < 4 && this.tokens[j]?.kind === "word"; n++) {
      const w = this.word(j);
      if (NP_STOP.has(w) || DETERMINERS.has(w)) return undefined;
      const compound = n > 0 && /(?:flight|labor|man|person|passenger|vehicle|patient|kilowatt|megawatt|gigawatt)$/.test(this.word(this.prev(j)));
      const modifierOfNext = MEASURE_MODIFIERS.has(w) && MEASURE_UNITS.has(this.word(this.next(j + 1)));
      if (MEASURE_UNITS.has(w) && !modifierOfNext && (!TIME_UNITS.has(w) || compound) && w !== "points" && w !== "point") {
        // Ends the noun phrase ("hours per year", "tons of steel", "acres.") or is its first word.
        const following = this.word(this.next(j + 1));
        if (n > 0 && following && !NP_STOP.has(following)) return undefined;
        const modifier = first >= 0 && (MEASURE_MODIFIERS.has(this.word(j - 2)) || n > 0) ? this.prev(j) : -1;
        const from = modifier >= 0 && (MEASURE_MODIFIERS.has(this.word(modifier)) || /(?:flight|labor|man|person|passenger|vehicle)$/.test(this.word(modifier))) ? modifier : j;
        return this.slice(this.tokens[from]!.start, this.tokens[j]!.end);
      }
      if (first < 0) first = j;
      j = this.next(j + 1);
    }
    return undefined;
  }

  /** "$20 per pill", "$2,500 per person": a price per unit keeps its unit in the span. */
  private perUnitEnd(lastToken: number): number {
    const per = this.next(lastToken);
    if (this.word(per) !== "per") return lastToken;
    const noun = this.next(per + 1);
    const w = this.tokens[noun];
    if (w?.kind !== "word" || w.lower === "cent" || DETERMINERS.has(w.lower) || NP_STOP.has(w.lower)) return lastToken;
    return noun + 1;
  }

  /* ---------------------------------------------------------------- what is not a claim */

  isYear(q: Quantity): boolean {
    if (!q.bareInteger || q.value === null || q.value < 1800 || q.value > 2100) return false;
    const t = this.tokens[q.firstToken]!;
    if (t.text.length !== 4) return false;
    const before = this.word(this.prev(q.firstToken));
    if (this.punct(q.firstToken - 1, "$")) return false;
    const after = this.next(q.lastToken);
    const afterWord = this.word(after);
    const countable = afterWord.length > 3 && afterWord.endsWith("s") && !MONTHS.has(afterWord) && !NP_STOP.has(afterWord);
    if (countable && !YEAR_LEADS.has(before) && !MONTHS.has(before) && !YEAR_EDITIONS.has(afterWord)) return false;
    return true;
  }

  /** The first of the named rules (rules/not-a-claim.ts) that drops the quantity. */
  private droppedBy(q: Quantity): string | undefined {
    for (const rule of NOT_A_CLAIM_RULES) if (rule.test(this, q)) return rule.name;
    return undefined;
  }

  /** The name of the rule that says the quantity is not a claim, or undefined when none does. */
  notAClaim(q: Quantity): string | undefined {
    if (q.dotted) return "dotted identifier";
    if (q.lonelyOne) return "a lone 'one' counts nothing";
    if (this.isYear(q)) return "year";
    if (this.inUrl(q)) return "inside a URL or e-mail address";
    const first = this.tokens[q.firstToken]!;
    const prevIdx = this.prev(q.firstToken);
    const prevTok = this.tokens[prevIdx];
    const prevWord = this.word(prevIdx);
    const nextIdx = this.next(q.lastToken);
    const nextTok = this.tokens[nextIdx];
    const nextWord = this.word(nextIdx);
    const small = q.bareInteger && q.value !== null && q.value >= 0 && q.value <= 31;
    // Days of the month: "September 30", "May 4, 2021", "4 May".
    if (small && (MONTHS.has(prevWord) || (this.punct(prevIdx, ".") && MONTHS.has(this.word(prevIdx - 1))) || MONTHS.has(nextWord))) {
      const monthTok = MONTHS.has(nextWord) ? nextTok : prevTok?.kind === "word" ? prevTok : this.tokens[prevIdx - 1];
      if (monthTok && /^[A-Z]/.test(monthTok.text)) return "day of the month";
    }
    // Times of day: "10:30", "9 a.m.", "3 p.m."
    if (this.punct(q.lastToken, ":") && this.tokens[q.lastToken + 1]?.kind === "num") return "time of day";
    if (this.punct(q.firstToken - 1, ":") && this.tokens[q.firstToken - 2]?.kind === "num") return "time of day";
    if (nextWord === "am" || nextWord === "pm" || nextWord === "o’clock" || nextWord === "o'clock") return "time of day";
    if ((nextWord === "a" || nextWord === "p") && this.punct(nextIdx + 1, ".") && this.word(nextIdx + 2) === "m") return "time of day";
    // Addresses: "500 12th Street SW", "1600 Pennsylvania Ave."; ZIP codes after a state: "DC 20536".
    if (q.bareInteger && this.streetAfter(q.lastToken)) return "street address";
    if (q.bareInteger && /^\d{5}$/.test(first.text) && /^[A-Z]{2}$/.test(prevTok?.text ?? "")) return "ZIP code after a state";
    // Titles of a code before its section: "8 U.S.C. 1225", "42 CFR 410".
    if (q.bareInteger && /^\s+(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|USC|CFR)\b/.test(this.text.slice(q.end, q.end + 12))) return "title of a legal code";
    // Service numbers named for what they are: "the 911 call center", "dial 988".
    if (q.bareInteger && q.value !== null && SERVICE_NUMBERS.has(q.value) && (SERVICE_NUMBER_NEIGHBOURS.has(nextWord) || SERVICE_NUMBER_NEIGHBOURS.has(prevWord))) return "service number (911)";
    // Telephone numbers: "(202) 555-0143" (the "555-0143" is an identifier below).
    if (q.bareInteger && q.end - q.start === 3 && this.punct(q.firstToken - 1, "(") && /^\)\s?\d{3}[-.]\d{4}\b/.test(this.text.slice(q.end, q.end + 10))) return "telephone number";
    // Identifiers and names: "COVID-19", "I-95", "Section 3", "H.R. 2", "No. 5", "#1", "§ 1324".
    if (this.punct(q.firstToken - 1, "-") && this.glued(q.firstToken) && this.tokens[q.firstToken - 2]?.kind === "word" && this.glued(q.firstToken - 1)) return "identifier (COVID-19, I-95)";
    if (this.punct(q.firstToken - 1, "#§") || (prevTok?.kind === "punct" && "#§".includes(prevTok.text))) return "identifier after # or §";
    if (IDENTIFIER_WORDS.has(prevWord) && !(q.kind === "percent") && /^[A-Z]/.test(prevTok?.text ?? "")) return "identifier after Section, No., H.R.";
    if (this.punct(prevIdx, ".") && this.dottedIdentifierBefore(prevIdx)) return "identifier after a dotted abbreviation";
    if (q.bareInteger && this.punct(q.lastToken, "-") && this.tokens[q.lastToken + 1]?.kind === "num" && this.glued(q.lastToken + 1)) {
      // "117-58", "555-0100"; ranges are joined earlier
      return this.word(this.next(q.lastToken + 2)) === "percent" ? undefined : "identifier with a dash (555-0100)";
    }
    if (q.bareInteger && this.punct(q.firstToken - 1, "-") && this.tokens[q.firstToken - 2]?.kind === "num" && this.glued(q.firstToken)) return "second part of an identifier";
    // Ages in a name ("John Smith, 45, of Helena") and descriptors ("a 19-year-old").
    if (this.punct(q.lastToken, "-") && this.word(q.lastToken + 1) === "year" && this.punct(q.lastToken + 2, "-") && this.word(q.lastToken + 3) === "old") return "age in a descriptor (19-year-old)";
    // A span that names a kind of thing: "the four-year graduation rate", "a 30-day supply", "a five-member board".
    if (this.punct(q.lastToken, "-") && this.glued(q.lastToken) && DESCRIPTOR_UNITS.has(this.word(q.lastToken + 1)) && this.glued(q.lastToken + 1)
      && this.tokens[this.next(q.lastToken + 2)]?.kind === "word" && !NP_STOP.has(this.word(this.next(q.lastToken + 2)))) return "hyphenated number naming a kind of thing (four-year rate)";
    if (q.bareInteger && q.value !== null && q.value < 120 && this.punct(prevIdx, ",") && this.punct(nextIdx, ",") && /^[A-Z]/.test(this.tokens[this.prev(prevIdx)]?.text ?? "")) return "age after a name (John Smith, 45,)";
    // List indexes: "1." or "(2)" opening a paragraph or a list item.
    if (q.bareInteger && first.start === this.paragraph.start && this.punct(q.lastToken, ".)")) return "list index";
    if (q.bareInteger && this.punct(q.firstToken - 1, "(") && this.punct(q.lastToken, ")") && q.value !== null && q.value < 30 && nextTok?.kind !== "word") {
      const after = this.tokens[this.next(q.lastToken + 1)];
      if (after?.kind === "word") return "list index";
    }
    if (this.countsAPeriod(q, nextWord)) return "a period's length (over five years)";
    // A share of a period is the period: "in the first half of 2025".
    if (q.spelled && q.kind === "fraction" && this.inTimePhrase(q.start)) return "a share of a period (first half of 2025)";
    // Counted from another date, not a figure: "two years earlier", "5 months ago".
    if ((q.bareInteger || (q.spelled && !q.scaled)) && PERIOD_WORDS.has(nextWord) && RELATIVE_TIME.has(this.word(this.next(nextIdx + 1)))) return "counted from another date (two years earlier)";
    // Digit fractions with nothing measured: "24/7", "9/11".
    if (q.kind === "fraction" && !q.spelled && nextWord !== "of" && !(q.denominator && q.denominator <= 10 && nextTok?.kind === "word" && !NP_STOP.has(nextWord))) return "digit fraction that measures nothing (24/7)";
    // "over age 65", "children aged 5": an age that bounds a group, not a figure.
    if (q.bareInteger && (prevWord === "age" || prevWord === "ages" || prevWord === "aged")) return "age bounding a group (aged 5)";
    // Spelled-out numbers that count nothing: "zero tolerance", "at one point", "the two of them".
    if (q.spelled && !q.scaled && q.kind === "number" && q.value !== null && q.value < 100) {
      if (q.value === 0 && !nextWord.endsWith("s")) return "number word that counts nothing";
      if (nextWord === "of" && ["them", "those", "these", "us", "you", "whom", "which"].includes(this.word(this.next(nextIdx + 1)))) return "number word that counts nothing";
      if (nextWord === "another" || nextWord === "other") return "number word that counts nothing";
    }
    // "half" on its own only counts with "of" ("half of all arrests"), or after a bound ("more than half").
    if (q.kind === "fraction" && q.spelled && q.denominator === 2 && q.value === 0.5 && this.tokens[q.firstToken]!.lower === "half") {
      if (nextWord !== "of" && !BOUND_BEFORE.has(this.wordsBefore(q.firstToken, 2).join(" ")) && !BOUND_BEFORE.has(prevWord)) return "'half' without 'of'";
    }
    return undefined;
  }

  /** "H.R. 2", "S.J.Res. 7", "No. 5": a dotted abbreviation ending at the period token p names the number after it. */
  private dottedIdentifierBefore(p: number): boolean {
    let key = "";
    let first = p;
    for (let j = p - 1, parts = 0; j >= 0 && parts < 4; parts++) {
      const t = this.tokens[j];
      if (t?.kind !== "word") break;
      key = key ? `${t.lower}.${key}` : t.lower;
      first = j;
      if (!(this.punct(j - 1, ".") && this.glued(j) && this.tokens[j - 2]?.kind === "word" && this.glued(j - 1))) break;
      j -= 2;
    }
    return key !== "" && IDENTIFIER_WORDS.has(key) && /^[A-Z]/.test(this.tokens[first]!.text);
  }

  private timePhrases: Span[] | null = null;

  /** Whether a street follows token `lastToken`: up to three capitalised or ordinal words, then a street word. */
  private streetAfter(lastToken: number): boolean {
    let j = this.next(lastToken);
    for (let n = 0; n < 4; n++, j = this.next(j + 1)) {
      const t = this.tokens[j];
      if (t?.kind === "num" && this.tokens[j + 1]?.kind === "word" && /^(?:st|nd|rd|th)$/.test(this.tokens[j + 1]!.lower) && this.glued(j + 1)) {
        j++; // "12th"
        continue;
      }
      if (t?.kind !== "word" || !/^[A-Z]/.test(t.text)) return false;
      if (n > 0 && STREET_WORDS.has(t.lower)) return true;
    }
    return false;
  }

  /** Whether offset `at` lies inside one of the sentence's time phrases. */
  private inTimePhrase(at: number): boolean {
    this.timePhrases ??= findTimePhrases(this.text, this.sentence.start, this.sentence.end);
    const p = this.timePhrases[lastIndexBefore(this.timePhrases, at) + 1];
    return p !== undefined && p.start <= at && at < p.end;
  }

  /** "over five years", "in the last 12 months": a count of periods inside a time phrase is the period itself. */
  private countsAPeriod(q: Quantity, nextWord: string): boolean {
    if (!PERIOD_WORDS.has(nextWord) || !(q.bareInteger || (q.spelled && !q.scaled))) return false;
    this.timePhrases ??= findTimePhrases(this.text, this.sentence.start, this.sentence.end);
    const k = lastIndexBefore(this.timePhrases, q.start);
    const p = this.timePhrases[k + 1];
    if (p === undefined || p.start >= q.start || p.end < q.end) return false;
    // "cut wait times by 30 days", "from 30 days to 12": a change or a level, not the period covered.
    const lead = /^[A-Za-z]+/.exec(this.text.slice(p.start, p.start + 12))?.[0].toLowerCase() ?? "";
    return PERIOD_LEADS.has(lead);
  }

  private mayHoldUrl: boolean | null = null;

  private inUrl(q: Quantity): boolean {
    // Most sentences hold no URL or address at all: one test per sentence, not per number.
    this.mayHoldUrl ??= /https?:|www\.|@|\.(?:gov|com|org|net|edu|us)\b/i.test(this.text.slice(this.sentence.start, this.sentence.end));
    if (!this.mayHoldUrl) return false;
    // Numbers inside URLs and e-mail addresses: look for the enclosing run of non-space characters.
    const { text } = this;
    let s = q.start;
    let e = q.end;
    const min = Math.max(this.sentence.start, q.start - 200);
    const max = Math.min(this.sentence.end, q.end + 200);
    while (s > min && !/\s/.test(text[s - 1]!)) s--;
    while (e < max && !/\s/.test(text[e]!)) e++;
    const run = text.slice(s, e);
    return /(?:https?:\/\/|www\.|@[\w-]+\.|\.(?:gov|com|org|net|edu|us)\b\/?)/i.test(run);
  }

  /* ---------------------------------------------------------------- attributes */

  /** Subject and unit of the sentence's previous claim, for a figure that names no subject of its own. */
  private lastSubject: { subject: string; money: boolean } | null = null;

  describe(c: Candidate): Claim {
    const cell = this.cellAt(c);
    let subject = this.subject(c);
    let subjectRule = this.subjectRule;
    // "Of the 900 cases reviewed, 60 percent were dismissed", "rose 25 percent, from 400 to 500":
    // the figure counts what the sentence's previous figure counted (money and counts do not mix).
    // A level after a change ("rose 3 percent, to $11,250") is a level of the same thing, money or not.
    // So is a percentage comparing it with another ("$19.8 billion, 4.2% higher than the year before").
    const before = this.prev(c.firstToken - (this.punct(c.firstToken - 1, "$") ? 1 : 0));
    // ", up 4 percent from 2024", ", or 0.4 percent,": a change or a restatement of the figure before it.
    const restates = ["up", "down", "or"].includes(this.word(before)) && this.punct(this.prev(before), ",");
    const level = restates || ["to", "from"].includes(this.word(before)) || (c.unit === "percent" && COMPARED.has(this.word(this.next(c.lastToken))));
    if (this.lastSubject && (!subject || (restates && subject === this.lastSubject.subject)) && (level || this.lastSubject.money === (c.unit === "money"))) {
      subject = this.lastSubject.subject;
      subjectRule = "subject: the sentence's previous figure's";
    }
    if (cell) {
      subject = cell.subject || subject;
      subjectRule = cell.subject ? cell.rule : subjectRule;
    }
    if (subject) this.lastSubject = { subject, money: c.unit === "money" };
    const own = this.timeScope(c);
    const inherited = this.shape.inherited;
    const timeScope = cell?.timeScope ?? own ?? inherited.timeScope;
    const timeRule = cell?.timeScope ? cell.rule : own ? "time: a period in the sentence" : inherited.timeRule;
    // A table reports data: nobody says its cells.
    const said = cell ? undefined : this.speaker(c);
    const speaker = cell ? undefined : said ?? this.paragraphSource ?? inherited.speaker;
    const speakerRule = said ? this.speakerRule : !speaker ? undefined : this.paragraphSource ? "speaker: the source named earlier in the paragraph" : inherited.speakerRule;
    this.trace?.explanations.push({ subject: subjectRule, ...(timeRule && timeScope ? { timeScope: timeRule } : {}), ...(speakerRule ? { speaker: speakerRule } : {}) });
    if (cell && cell.scale !== 1 && c.value !== null) {
      c.value = roundScaled(c.value * cell.scale);
      if (c.upperValue !== undefined) c.upperValue = roundScaled(c.upperValue * cell.scale);
      if (cell.money && c.unit === "count") {
        c.unit = "money";
        c.currency = "USD";
      }
    }
    const bound = this.bound(c);
    const direction = this.direction(c);
    if (direction) this.lastDirection = direction;
    const measure = c.unit === "other" ? this.measureAfter(c.lastToken) : undefined;
    const claim: Claim = {
      start: c.start,
      end: c.end,
      text: this.text.slice(c.start, c.end),
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
      sentence: this.shape.cells ? { start: this.paragraph.start, end: this.paragraph.end } : { start: this.sentence.start, end: this.sentence.end },
      checkworthiness: 0,
    };
    claim.checkworthiness = this.checkworthiness(c, claim);
    return claim;
  }

  /** A noun phrase of words from token i: adjectives and nouns up to a stop word or punctuation. */
  private nounPhrase(i: number, maxWords: number, skipDeterminers: boolean): { start: number; end: number; words: number; endToken: number } | null {
    let j = this.next(i);
    this.stoppedAtVerb = false;
    for (let n = 0; skipDeterminers && n < 3 && DETERMINERS.has(this.word(j)); n++) j = this.next(j + 1);
    let start = -1;
    let end = -1;
    let count = 0;
    while (j < this.tokens.length && count < maxWords) {
      const t = this.tokens[j]!;
      if (t.kind === "word") {
        if (NP_STOP.has(t.lower) || (t.lower.endsWith("ly") && t.lower.length > 4 && !LY_ADJECTIVES.has(t.lower)) || MONTHS.has(t.lower) && /^[A-Z]/.test(t.text)) break;
        // A period is not what a figure measures: "migrants in FY2024", "people a year", "two years earlier".
        if (this.inTimePhrase(t.start)) break;
        // Without a tagger, verbs are guessed: "immigrants evaded capture", "aliens crossing the border",
        // "attorneys general outline the failures" (a word that takes a determiner after it).
        const verbForm = /(?:ed|ing)$/.test(t.lower) ? !ING_NOUNS.has(t.lower) : IRREGULAR_PAST.has(t.lower);
        if (count > 0 && /^[a-z]/.test(t.text) && (verbForm || DETERMINERS.has(this.word(this.next(j + 1))))) {
          this.stoppedAtVerb = true;
          break;
        }
        if (start < 0) start = t.start;
        end = t.end;
        count++;
        j = this.next(j + 1);
        // Hyphenated, possessive and dotted words stay whole: "long-term", "Mayorkas’ watch", "U.S.".
        let dotted = false;
        while (this.punct(j, "-’'.") && this.glued(j) && (this.tokens[j + 1]?.kind === "word" || (this.tokens[j + 1]?.kind === "num" && this.tokens[j]!.text === "-")) && this.glued(j + 1)) {
          dotted ||= this.tokens[j]!.text === ".";
          end = this.tokens[j + 1]!.end;
          j = this.next(j + 2);
        }
        if (dotted && this.punct(j, ".") && this.glued(j)) {
          end = this.tokens[j]!.end;
          j = this.next(j + 1);
        }
      } else break;
    }
    return start < 0 ? null : { start, end, words: count, endToken: j };
  }

  private slice(s: number, e: number): string {
    return this.text.slice(s, e).replace(/\s+/g, " ").trim();
  }

  /** The rule behind the subject last chosen, for `--explain`. */
  private subjectRule = "";
  private because(rule: string, subject: string): string {
    this.subjectRule = rule;
    return subject;
  }

  subject(c: Candidate): string {
    // "52 violent victimizations per 1,000 persons": the rate's noun, its base and what the base counts.
    if (c.rateNoun) {
      const rate = c.rateOf ?? c;
      const base = this.nounPhrase(rate.lastToken, 3, false);
      const per = this.slice(c.rateNoun.start, rate.end);
      return this.because("subject: a rate with its noun inside", base ? `${per} ${this.slice(base.start, base.end)}` : per);
    }
    // "10,000,000+ scheduled passenger flights": the plus is the figure's bound, not a stop.
    if (this.punct(c.lastToken, "+*") && this.glued(c.lastToken)) c = { ...c, lastToken: c.lastToken + 1 };
    const opened = this.openingParenthesis(c);
    // "Inactivity was higher for women (29.4 percent)": a figure in parentheses measures the group before them.
    if (opened >= 0) {
      const group = this.groupBefore(opened);
      if (group) return this.because("subject: the group before a figure in parentheses", group);
    }
    // "decreased by 13 percent for prekindergarten and kindergarten", "25.4 percent for adults 50-64 years".
    const forWhom = this.forGroup(c);
    if (forWhom) return this.because("subject: the group a figure is for (13 percent for kindergarten)", forWhom);
    // "Of the state's 852 school districts, 612 will receive more funding": the part of the group the verb describes.
    if (c.unit === "count" && this.tokens[this.next(c.lastToken)]?.kind === "word") {
      const group = this.openingGroup();
      const verb = this.next(c.lastToken);
      const counted = this.quantities[0] !== undefined && this.quantities[0].start < c.start;
      const pronoun = ["those", "these", "them", "which"].includes(this.word(this.next(this.next(0) + 1)));
      if (group && (counted || pronoun) && (AUXILIARIES.has(this.word(verb)) || this.finiteVerb(verb))) {
        const rest = this.clauseRest(verb, 8);
        if (rest) return this.because("subject: the part of the group the sentence opens with", `${group} ${PEOPLE_NOUNS.has(this.word(this.prev(this.next(c.lastToken)))) ? "who" : "that"} ${rest}`);
      }
    }
    // "9 percent were rapes or other sexual assaults": the share is what it is said to be.
    const predicate = this.shareIsWhat(c);
    if (predicate) return this.because("subject: what a share is said to be (9 percent were robberies)", predicate);
    // "Naloxone distribution doubled": the figure is the verb, and its subject says what changed.
    if (c.q.multiple && this.word(c.firstToken).endsWith("ed")) return this.because("subject: what the verb of a multiple says changed (doubled)", this.clauseBefore(c.firstToken, false, c) ?? "");
    let after = this.next(c.lastToken);
    // "77.5 percent of trafficking victims", "a third of the budget", "4 of 5 states".
    if (this.word(after) === "of" && (c.unit === "percent" || c.unit === "ratio" || c.value === null)) {
      // "nearly a third of them": the pronoun stands for what the figure before it counted.
      const pronoun = this.next(after + 1);
      // "71.5 percent of whom are from Mexico": the antecedent, and what the relative clause says of it.
      if ((this.word(pronoun) === "whom" || this.word(pronoun) === "which") && this.spokenOf) {
        const rest = this.clauseRest(pronoun + 1, 8);
        return this.because("subject: a share of the antecedent, with its relative clause", rest ? `${this.spokenOf} who ${rest}` : this.spokenOf);
      }
      if (PRONOUN_OBJECTS.has(this.word(pronoun)) && this.spokenOf) {
        // "Nearly a third of them were outdoor workers": the part of them the sentence describes.
        // Only what the sentence says of them: "of those charged have prior convictions" → "who have prior convictions".
        const described = this.groupPredicate(pronoun + 1)?.replace(/^.*?\b(?:who|that)\s/, "who ");
        return this.because("subject: a pronoun after 'of' stands for the last subject", described ? `${this.spokenOf} ${described}` : this.spokenOf);
      }
      const np = this.nounPhrase(after + 1, 8, true) ?? this.nounPhraseAfterFigure(after + 1);
      if (np) {
        const described = this.stoppedAtVerb || this.word(np.endToken) === "aged" || this.tokens[np.endToken]?.kind === "word" ? this.groupPredicate(np.endToken) : undefined;
        if (described) return this.because("subject: the part of a group the sentence describes", `${this.slice(np.start, np.end)} ${described}`);
        return this.because("subject: the noun phrase after 'of' (77.5 percent of victims)", this.withPhrase(np));
      }
    }
    // "a 10 percent increase in arrests": the thing that changed.
    const np = this.nounPhrase(after, 6, false);
    if (np) {
      const head = this.word(this.next(after));
      if ((INCREASE_WORDS.has(head) || DECREASE_WORDS.has(head)) && np.words === 1) {
        const k = this.next(after + 1);
        if (["in", "of"].includes(this.word(k))) {
          const obj = this.nounPhrase(k + 1, 6, true);
          if (obj) return this.because("subject: what changed (a 10 percent increase in arrests)", this.withPhrase(obj));
        }
        // "…, a 627% increase over last year": restates the figures before it.
        const restated = this.restatedChange(c.firstToken);
        if (restated) return this.because("subject: a restated change measures the figures before it", restated);
        // "The overall 10 percent increase from January is due to an increase in apprehensions".
        const changed = this.changeInSentence();
        if (changed) return this.because("subject: what the sentence says changed", changed);
      }
      // "last month's 2.3 percent figure": a word for a figure names nothing; the sentence's last subject does.
      if (np.words === 1 && VAGUE_HEADS.has(head) && this.lastSubject) return this.because("subject: a word for a figure takes the sentence's last subject", this.lastSubject.subject);
      if (head === "times" && c.unit === "count") {
        // "Deported Four Times": what happened that many times.
        const clause = this.clauseSubject(c, true);
        if (clause) return this.because("subject: what happened that many times", clause);
      }
      // "600 pounds of cocaine", "3.2 million metric tons of steel": the unit is the figure's measure;
      // what is measured comes after "of".
      const measure = c.unit === "other" ? this.measureAfter(c.lastToken) : undefined;
      if (measure) {
        let end = this.next(c.lastToken);
        while (end < this.tokens.length && this.tokens[end]!.end <= this.tokens[this.next(c.lastToken)]!.start + measure.length) end = this.next(end + 1);
        const obj = this.word(end) === "of" ? this.nounPhrase(end + 1, 6, true) : null;
        if (obj) return this.because("subject: what a unit of measure measures (600 pounds of cocaine)", this.slice(obj.start, obj.end));
        // "Milk production rose 1.3 percent to 226.4 billion pounds": the unit is no subject; the clause's is.
        const noun = this.slice(np.start, np.end);
        if (noun.toLowerCase() === measure.toLowerCase()) {
          const clause = this.clauseSubject(c) ?? this.lastSubject?.subject;
          if (clause) return this.because("subject: what a figure in a unit of measure is a level of", clause);
        }
      }
      // "Hospitals treated 1,240 patients for heat stroke": the count is of what the verb did, and to what.
      const done = c.unit === "count" ? this.objectOfVerb(c, np) : undefined;
      if (done) return this.because("subject: what a verb did to the counted (patients treated for heat stroke)", done);
      // "Chronic homelessness among individuals reached a record high of 143,105 people": the counter
      // noun says only that people are counted; the clause's subject says which.
      if (np.words === 1 && COUNTERS.has(head) && this.word(this.prev(c.firstToken)) === "of") {
        const clause = this.clauseSubject(c);
        if (clause) return this.because("subject: the clause's subject of a figure counted in people", clause);
      }
      const phrase = this.withPhrase(np);
      // "1 in 4 US adults over 50 do not engage in regular physical activity": a share of a group is
      // the part of it the sentence describes.
      if (!MEASURE_UNITS.has(head) && head !== "times" && (c.unit === "percent" || c.unit === "ratio" || PEOPLE_NOUNS.has(this.word(np.endToken - 1)) || PEOPLE_NOUNS.has(this.lastWordOf(np)))) {
        const described = this.groupPredicate(np.endToken);
        if (described) return this.because("subject: the part of a group the sentence describes", `${phrase} ${described}`);
      }
      if (!MEASURE_UNITS.has(head) && head !== "times") return this.because("subject: the noun phrase after the figure", phrase);
      const clause = this.clauseSubject(c);
      return this.because("subject: the clause's subject with a unit of measure", clause ? `${clause} (${phrase})` : phrase);
    }
    // "Inactivity puts 31 million at risk of heart disease": a count with only a state after it.
    if (c.unit === "count" && ["at", "in", "without"].includes(this.word(after)) && ["risk", "need", "poverty", "danger"].includes(this.word(this.next(after + 1)))) {
      const rest = this.clauseRest(after, 8);
      if (rest) return this.because("subject: the state a count of people is in (31 million at risk)", rest);
    }
    // "$1.2 billion in new assistance for dairy producers": the money is that assistance.
    if (c.unit === "money" && this.word(after) === "in" && !this.inTimePhrase(this.tokens[after]!.start)) {
      const obj = this.nounPhrase(after + 1, 6, true);
      if (obj && !PLACE_HEADS.has(this.word(this.prev(obj.endToken)))) return this.because("subject: what the money is ($1.2 billion in new assistance)", this.withPhrase(obj));
    }
    // "$500 million to hire 3,000 new teachers": what the money is to do.
    if (c.unit === "money" && this.word(after) === "to" && this.tag(this.next(after + 1)) === "VB") {
      const rest = this.purpose(after);
      if (rest) return this.because("subject: what the money is to do ($500 million to hire teachers)", rest);
    }
    // "$579 million for border security"
    if (c.unit === "money" && ["for", "in", "to", "on"].includes(this.word(after))) {
      const obj = this.nounPhrase(after + 1, 6, true);
      const clause = this.clauseSubject(c);
      if (obj) return this.because("subject: money for a purpose ($579 million for border security)", clause ? `${clause}: ${this.word(after)} ${this.slice(obj.start, obj.end)}` : this.slice(obj.start, obj.end));
    }
    // "$805 billion in fiscal year 2023, of which the federal government paid 69 percent".
    const ofWhich = this.shareOfWhich(c);
    if (ofWhich) return this.because("subject: a share of what 'of which' refers to", ofWhich);
    const changed = this.changedObject(c);
    if (changed) return this.because("subject: what a verb of change changes (cut wait times by 30 percent)", changed);
    // "The number of unemployed persons, at 6.3 million, changed little": the noun phrase before ", at".
    const appositive = this.appositiveOwner(c);
    if (appositive) return this.because("subject: the noun phrase a figure is set beside (X, at 6.3 million,)", appositive);
    const owner = this.nounBeforeOf(c);
    if (owner) return this.because("subject: the noun the figure is 'of' (an average salary of $52,000)", owner);
    const clause = this.clauseSubject(c);
    if (clause) return this.because("subject: the subject of the clause the figure completes", clause);
    // A figure in parentheses after another ("77.5 percent of victims (4,601 out of 5,939)") shares its subject.
    const label = this.label(c);
    // "Encounters by fiscal year:" then "FY2021: 1,734,686": a label that is a period dates the figure; the lead-in names it.
    if (label && this.shape.inherited.subject && PERIOD_LABEL.test(label)) return this.because("subject: the list's lead-in, for a label that is a period", this.shape.inherited.subject);
    return this.because("subject: the figure before the parenthesis, or a fact sheet's label", this.previousSubject(c) ?? label ?? "");
  }

  /** The token of "(" when the figure opens a parenthesis ("(29.4 percent)", "(each between 4 and 5 percent)"), else -1. */
  private openingParenthesis(c: Candidate): number {
    let j = this.prev(c.firstToken - (this.punct(c.firstToken - 1, "$") ? 1 : 0));
    for (let n = 0; n < 3 && j >= 0 && this.tokens[j]!.kind === "word"; n++) j = this.prev(j); // "(each between"
    return this.punct(j, "(") ? j : -1;
  }

  /** The noun phrase before "(" at token `open`: "for women", "Mississippi and Vermont", "adults with no chronic disease". */
  private groupBefore(open: number): string | undefined {
    let first = -1;
    const last = this.prev(open);
    for (let j = last, n = 0; j >= 0 && n < 8; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      if (t.kind !== "word") {
        if (t.kind === "punct" && "-’'".includes(t.text) && this.glued(j)) continue;
        if (t.kind === "num" || this.punct(j, "%")) return undefined;
        break;
      }
      const w = t.lower;
      // "77.5 percent of trafficking victims (4,601 out of 5,939)": the parenthesis restates a figure.
      if (w === "percent" || w === "percentage" || SCALE_WORDS.has(w)) return undefined;
      if (GROUP_STOPS.has(w) || (/(?:ed)$/.test(w) && w.length > 4 && !GROUP_ADJECTIVES.has(w)) || IRREGULAR_PAST.has(w) || SAYING.has(w)) break;
      // "…, and Maine": a list's last item is the group; "Mississippi and Vermont" is one.
      if ((w === "and" || w === "or") && this.punct(this.prev(j), ",")) break;
      if ((w === "with" || w === "without") && first < 0) break;
      first = j;
    }
    if (first < 0) return undefined;
    // A preposition opening the phrase is not part of it: "for women" is "women".
    while (first < last && ["for", "among", "in", "of", "to", "at", "by", "from", "with"].includes(this.word(first))) first = this.next(first + 1);
    // "… and Black workers (5.2 percent)": the conjunction joins the groups; it is in neither.
    while (first < last && ["and", "or"].includes(this.word(first))) first = this.next(first + 1);
    const words = this.slice(this.tokens[first]!.start, this.tokens[last]!.end);
    const only = this.word(first);
    // An adjective alone ("were inactive (31.9 percent)") describes the clause's subject instead.
    if (first === last && (/(?:ive|ent|ant|able|ible|al|ous|ful|less)$/.test(only) || AUXILIARIES.has(only))) {
      const verb = this.prev(first);
      return AUXILIARIES.has(this.word(verb)) || OBJECT_VERBS.has(this.word(verb)) ? this.clauseBefore(verb, false, null) : undefined;
    }
    return words;
  }

  /** "13 percent for prekindergarten and kindergarten": the group after "for" or "among", up to the clause's end. */
  private forGroup(c: Candidate): string | undefined {
    if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
    let at = this.next(c.lastToken);
    if (this.word(at) === "each") at = this.next(at + 1);
    const prep = this.word(at);
    if (prep !== "for" && prep !== "among") return undefined;
    const start = this.next(at + 1);
    let end = -1;
    for (let j = start, n = 0; j < this.tokens.length && n < 10; j = this.next(j + 1), n++) {
      const t = this.tokens[j]!;
      if (t.kind === "punct" && !"-–’'".includes(t.text)) break;
      // "… and by 3 percent for grades 1–8": a coordinated figure ends the group.
      if ((t.lower === "and" || t.lower === "or") && (["by", "in", "for", "from", "to", "a", "an"].includes(this.word(this.next(j + 1))) || this.tokens[this.next(j + 1)]?.kind === "num")) break;
      if (t.kind === "word" && (t.lower === "compared" || t.lower === "than" || t.lower === "while" || t.lower === "whereas" || SAYING.has(t.lower))) break;
      end = j;
    }
    if (end < 0 || this.tokens[start]?.kind !== "word") return undefined;
    const group = this.slice(this.tokens[start]!.start, this.tokens[end]!.end);
    // "Public school enrollment decreased by 13 percent for …": with what the figure measures.
    const clause = this.clauseSubject(c);
    return clause ? `${clause} for ${group}` : group;
  }

  /** "Of these, 9 percent were rapes": a share followed by "were" and a noun phrase is that noun phrase. */
  private shareIsWhat(c: Candidate): string | undefined {
    if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
    const verb = this.next(c.lastToken);
    if (!["were", "was", "are", "is"].includes(this.word(verb))) return undefined;
    const np = this.nounPhrase(verb + 1, 6, true);
    if (!np || np.words === 0) return undefined;
    const group = this.openingGroup();
    // "Of the 900 cases reviewed, 60 percent were dismissed": what the share of the group is said to be.
    if (group) {
      const rest = this.clauseRest(verb, 8);
      if (rest) return `${group} ${PEOPLE_NOUNS.has(group.slice(group.lastIndexOf(" ") + 1).toLowerCase()) ? "who" : "that"} ${rest}`;
    }
    // Not an adjective or a participle ("were inactive", "were arrested").
    const first = this.word(this.next(verb + 1));
    if (/(?:ed|ive|ble)$/.test(first)) return undefined;
    let end = np.end;
    // "rapes or other sexual assaults"
    const or = this.next(np.endToken);
    if (this.word(or) === "or" || this.word(or) === "and") {
      const more = this.nounPhrase(or + 1, 5, true);
      if (more) end = more.end;
    }
    return this.slice(np.start, end);
  }

  /**
   * "completed 4,812 inspections", "treated 1,240 patients for heat stroke": a count that is the
   * object of a regular past verb reads as the noun and the verb's participle, with its complement.
   */
  private objectOfVerb(c: Candidate, np: { start: number; end: number; endToken: number }): string | undefined {
    let v = this.prev(c.firstToken - (this.punct(c.firstToken - 1, "$") ? 1 : 0));
    // Over a bound: "treated more than 1,200 patients".
    for (let n = 0; n < 3 && (BOUND_LAST_WORDS.has(this.word(v)) || ["than", "more", "fewer", "over", "about", "nearly", "almost", "roughly", "approximately", "around", "some", "least", "at"].includes(this.word(v))); n++) v = this.prev(v);
    // "taken into custody 336 individuals": the verb's complement may stand before the figure.
    let complement = "";
    if (!this.word(v).endsWith("ed") && ["into", "in", "to", "under"].includes(this.word(this.prev(v)))) {
      const verb = this.prev(this.prev(v));
      if (this.tokens[verb]?.kind === "word" && PARTICIPLES.has(this.word(verb)) || this.word(verb).endsWith("ed")) {
        complement = ` ${this.slice(this.tokens[this.prev(v)]!.start, this.tokens[v]!.end)}`;
        v = verb;
      }
    }
    const w = this.word(v);
    if (!(w.endsWith("ed") || PARTICIPLES.has(w)) || w.length < 4 || !/^[a-z]/.test(this.tokens[v]!.text)) return undefined;
    if (INCREASE_WORDS.has(w) || DECREASE_WORDS.has(w) || OBJECT_VERBS.has(w) || SAYING.has(w) || BOUND_BEFORE.has(w) || NOT_ACTIONS.has(w)) return undefined;
    const tag = this.tag(v);
    // A word the tagger does not know ("disenrolled") is a verb when a noun stands before it.
    if (tag !== "VBD" && tag !== "VBN" && !(w.endsWith("ed") && this.tag(this.prev(v)).startsWith("NN"))) return undefined;
    if (this.stoppedAtVerb) return undefined;
    // The noun's own "of" or "with": "illegal aliens with criminal convictions".
    let end = np.end;
    let prep = this.next(np.endToken);
    if (["of", "with"].includes(this.word(prep))) {
      const own = this.nounPhrase(prep + 1, 5, true);
      if (own) {
        end = own.end;
        prep = this.next(own.endToken);
      }
    }
    let text = `${this.slice(np.start, end)} ${w}${complement}`;
    // The verb's complement: "for heat stroke", "into custody" — not a period ("in 2023") nor a place ("at the port").
    const p = this.word(prep);
    if (["for", "into", "from", "by", "under", "against", "on"].includes(p) && !this.inTimePhrase(this.tokens[prep]!.start)) {
      const obj = this.nounPhrase(prep + 1, 5, true);
      if (obj) text += ` ${p} ${this.slice(obj.start, obj.end)}`;
    }
    return text;
  }

  /** "…, of which the federal government paid 69 percent": the antecedent's share, and who or what took it. */
  private shareOfWhich(c: Candidate): string | undefined {
    if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
    for (let j = this.prev(c.firstToken), n = 0; j > 0 && n < 10; j = this.prev(j), n++) {
      if (this.tokens[j]!.kind === "punct") return undefined;
      if (!["which", "whom"].includes(this.word(j)) || this.word(this.prev(j)) !== "of") continue;
      const antecedent = this.lastSubject?.subject ?? this.spokenOf;
      if (!antecedent) return undefined;
      const between = this.slice(this.tokens[this.next(j + 1)]!.start, this.tokens[this.prev(c.firstToken)]!.end);
      return `${antecedent}: share ${between}`.replace(/\s+(?:about|nearly|roughly|almost|over|more than)$/, "");
    }
    return undefined;
  }

  /** "to hire 3,000 new teachers": the purpose after "to", up to the clause's end (figures kept). */
  private purpose(to: number): string | undefined {
    let last = -1;
    for (let j = this.next(to + 1), n = 0; j < this.tokens.length && n < 10; j = this.next(j + 1), n++) {
      const t = this.tokens[j]!;
      if (t.kind === "punct" && !"-’',".includes(t.text)) break;
      if (t.kind === "punct" && t.text === "," && this.tokens[this.next(j + 1)]?.kind !== "num") break;
      if (t.kind === "word" && (t.lower === "and" || t.lower === "but") && this.finiteVerb(this.next(j + 1))) break;
      last = j;
    }
    return last < 0 ? undefined : this.slice(this.tokens[to]!.start, this.tokens[last]!.end);
  }

  /**
   * "reduce methane emissions from oil and gas operations by nearly 80 percent", "raises the minimum
   * teacher salary to $45,000", "We cut wait times by 30 percent": the object of a verb of change.
   */
  private changedObject(c: Candidate): string | undefined {
    let by = this.prev(c.firstToken - (this.punct(c.firstToken - 1, "$") ? 1 : 0));
    // Over a bound ("by nearly 80 percent"), but "to" itself may end one ("up to").
    for (let n = 0; n < 3 && this.word(by) !== "by" && this.word(by) !== "to" && (BOUND_LAST_WORDS.has(this.word(by)) || ["than", "about", "nearly", "almost", "roughly"].includes(this.word(by))); n++) by = this.prev(by);
    if (this.word(by) !== "by" && this.word(by) !== "to") return undefined;
    for (let j = this.prev(by), n = 0; j >= 0 && n < 10; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      if (t.kind === "punct" && !"-’'".includes(t.text)) return undefined;
      if (t.kind !== "word") continue;
      if (!(CHANGE_VERBS.has(t.lower) || ((INCREASE_WORDS.has(t.lower) || DECREASE_WORDS.has(t.lower)) && this.finiteVerb(j) && !/^(?:up|down|more|less|higher|lower)$/.test(t.lower)))) continue;
      const object = this.nounPhrase(j + 1, 8, true);
      if (!object || object.start >= this.tokens[by]!.start) return undefined;
      const end = this.withPhrase(object);
      return end.length > 0 ? end : undefined;
    }
    return undefined;
  }

  /** "The number of unemployed persons, at 6.3 million, changed little": the phrase before ", at". */
  private appositiveOwner(c: Candidate): string | undefined {
    const at = this.prev(c.firstToken);
    if (this.word(at) !== "at" || !this.punct(this.prev(at), ",")) return undefined;
    const verb = this.prev(at);
    const subject = this.clauseBefore(verb, false, null);
    return subject?.replace(/^(?:the\s+)?(?:total\s+)?(?:number|amount|count)\s+of\s+/i, "") || undefined;
  }

  /** "Of the 2,300 applicants, …": the group a sentence opens with (not a pronoun: "Of these"). */
  private openingGroup(): string | undefined {
    const of = this.next(0);
    if (this.word(of) !== "of") return undefined;
    let j = this.next(of + 1);
    // "Of those, 188,778 were between ports of entry": the pronoun stands for what was last counted.
    if (["those", "these", "them", "which"].includes(this.word(j)) && this.punct(this.next(j + 1), ",")) return this.spokenOf;
    if (DETERMINERS.has(this.word(j))) j = this.next(j + 1);
    // Over the group's own count: "the 2,300", "the state's 852".
    const q = this.quantities[0];
    if (q && q.start >= (this.tokens[j]?.start ?? 0) && q.start - (this.tokens[j]?.start ?? 0) < 24) j = this.next(q.lastToken);
    const np = this.nounPhrase(j, 5, false);
    if (!np) return undefined;
    const phrase = this.withPhrase(np);
    const comma = this.text.indexOf(",", np.start);
    if (comma < 0 || comma > np.start + phrase.length + 1 || comma >= this.sentence.end) return undefined;
    return phrase;
  }

  /** The words of the clause from token i, up to punctuation or n words: "are from Mexico". */
  private clauseRest(i: number, n: number): string | undefined {
    let first = -1;
    let last = -1;
    for (let j = this.next(i), k = 0; j < this.tokens.length && k < n; j = this.next(j + 1), k++) {
      const t = this.tokens[j]!;
      if (t.kind === "punct" && !"-’'".includes(t.text)) break;
      if (t.kind === "num" || this.inTimePhrase(t.start)) break;
      if (first < 0) first = j;
      last = j;
    }
    // Not ending on a preposition or an article the cut left behind: "lost heating assistance in".
    while (last > first && (NP_STOP.has(this.word(last)) || DETERMINERS.has(this.word(last)))) last = this.prev(last);
    return first < 0 ? undefined : this.slice(this.tokens[first]!.start, this.tokens[last]!.end);
  }

  /**
   * "US adults over 50 do not engage in regular physical activity", "Americans (28 percent) age 50
   * years and older are inactive": the predicate a group's figure is about, "who …".
   */
  private groupPredicate(from: number): string | undefined {
    let j = this.next(from);
    // Skip a parenthesis and an age or place that narrows the group: "(28 percent)", "over 50", "age 50 years and older".
    for (let n = 0; n < 12 && j < this.tokens.length; n++) {
      const t = this.tokens[j]!;
      if (this.punct(j, "(")) {
        while (j < this.tokens.length && !this.punct(j, ")")) j++;
        j = this.next(j + 1);
        continue;
      }
      const andOlder = (t.lower === "and" || t.lower === "or") && ["older", "over", "younger", "under", "above"].includes(this.word(this.next(j + 1)));
      // "those removed lost coverage": a participle that narrows the group.
      if (n === 0 && t.kind === "word" && /ed$/.test(t.lower) && this.tag(j) === "VBN" && this.tokens[this.next(j + 1)]?.kind === "word" && this.finiteVerb(this.next(j + 1))) {
        j = this.next(j + 1);
        continue;
      }
      if (t.kind === "num" || andOlder || ["over", "under", "age", "ages", "aged", "years", "year", "older", "younger"].includes(t.lower)) {
        j = this.next(j + 1);
        continue;
      }
      break;
    }
    const w = this.word(j);
    const aux = ["are", "were", "is", "was", "do", "did", "does", "have", "had", "has"].includes(w);
    // "households lost heating assistance", "adults aged 65 and older reported a fall": a finite verb, by the tagger.
    // A past form with its object is a verb too ("people experienced homelessness"), whatever the tagger calls it.
    const withObject = /ed$/.test(w) && (this.tag(j) === "VBN" || this.tag(j) === "VBD") && this.tokens[this.next(j + 1)]?.kind === "word" && !NP_STOP.has(this.word(this.next(j + 1)));
    if (!aux && !(this.tokens[j]?.kind === "word" && /^[a-z]/.test(this.tokens[j]!.text) && !["said", "says", "say", "told", "announced"].includes(w) && (this.finiteVerb(j) || withObject))) return undefined;
    const rest = this.clauseRest(j, 9);
    if (!rest) return undefined;
    // What lies between (an age, a parenthesis) stays in the group: "over 50".
    const between = this.slice(this.tokens[from]?.start ?? 0, this.tokens[j]!.start).replace(/\([^)]*\)\s*/g, "").trim();
    const who = PEOPLE_NOUNS.has(this.word(this.prev(from))) ? "who" : "that";
    return `${between ? `${between} ` : ""}${who} ${rest.replace(/\s*[–—-]\s*that is.*$/, "")}`;
  }

  private lastWordOf(np: { endToken: number }): string {
    return this.word(this.prev(np.endToken));
  }

  /** "an increase in apprehensions of single adults": what the sentence says rose or fell. */
  private changeInSentence(): string | undefined {
    for (let j = 0; j < this.tokens.length; j++) {
      const w = this.word(j);
      if (!(INCREASE_WORDS.has(w) || DECREASE_WORDS.has(w)) || !["a", "an", "the"].includes(this.word(this.prev(j)))) continue;
      const k = this.next(j + 1);
      if (this.word(k) !== "in") continue;
      const obj = this.nounPhrase(k + 1, 6, true);
      if (obj) return this.withPhrase(obj);
    }
    return undefined;
  }

  /** "an average salary of $52,000": the noun a figure is "of", read leftwards (at most four words). */
  private nounBeforeOf(c: Candidate): string | undefined {
    let of = this.prev(c.firstToken);
    if (BOUND_BEFORE.has(this.word(of))) of = this.prev(of); // "a decrease of about 15 percent"
    if (this.word(of) !== "of") return undefined;
    let first = -1;
    const last = this.prev(of);
    for (let j = last, n = 0; j >= 0 && n < 4; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      if (t.kind !== "word" || NP_STOP.has(t.lower) || DETERMINERS.has(t.lower) || BOUND_BEFORE.has(t.lower)) break;
      first = j;
    }
    if (first < 0) return undefined;
    const head = this.word(last);
    if (INCREASE_WORDS.has(head) || DECREASE_WORDS.has(head)) return this.restatedChange(first);
    // "down from a peak of 94 million": the peak of what the sentence's last figure measured.
    if (VAGUE_HEADS.has(head)) return this.lastSubject?.subject;
    if (MEASURE_UNITS.has(head)) return undefined;
    return this.slice(this.tokens[first]!.start, this.tokens[last]!.end);
  }

  /** The noun phrase plus one prepositional phrase that says more ("encounters with illegal immigrants"). */
  /** "two-thirds of the 4,300 detainees": the noun phrase after a figure that opens the object. */
  private nounPhraseAfterFigure(i: number) {
    const from = this.tokens[this.next(i)]?.start ?? Infinity;
    const q = this.quantities[lastIndexBefore(this.quantities, from) + 1];
    // The figure must come within the next few words ("the", "some of the").
    if (!q || q.start < from || q.start - from > 12) return null;
    return this.nounPhrase(q.lastToken, 6, false);
  }
  /**
   * "thefts dropped from 500 to 400, a decline of 20 percent": a change set off by a comma (or a dash) restates
   * the figures before it, and measures what they measure. `opening` is the token after the article:
   * the change word, or the figure ("a 627% increase").
   */
  private restatedChange(opening: number): string | undefined {
    const article = this.prev(opening);
    if (!["a", "an"].includes(this.word(article)) || !this.punct(this.prev(article), ",—–(")) return undefined;
    // The sentence's last claim, when there is one: the nearest number may be no claim ("K-12").
    if (this.lastSubject) return this.lastSubject.subject;
    const q = this.quantities[lastIndexBefore(this.quantities, this.tokens[article]!.start)];
    return q ? this.subject(this.single(q)) || undefined : undefined;
  }
  private withPhrase(np: { start: number; end: number; endToken: number }): string {
    let end = np.end;
    // "40,990 lives lost", "cases reported to police": a past participle after the noun describes it.
    const stop = np.endToken;
    const reduced = this.stoppedAtVerb && this.tokens[stop]?.kind === "word" && !NOT_ACTIONS.has(this.word(stop))
      && (this.tag(stop) === "VBN" || this.tag(stop) === "VBD")
      && (() => {
        // Not a finite verb with its object: "people experienced homelessness" is a clause.
        const after = this.next(stop + 1);
        const w = this.word(after);
        return after >= this.tokens.length || this.tokens[after]!.kind === "punct" || ["is", "was", "are", "were", "has", "have", "had", "will", "for", "into", "by", "to", "from", "under", "against", "on", "within", "with", "in", "at"].includes(w);
      })();
    if (reduced) {
      const participle = np.endToken;
      end = this.tokens[participle]!.end;
      const prep = this.next(participle + 1);
      if (["for", "into", "by", "to", "from", "under", "against", "on", "within", "with"].includes(this.word(prep)) && !this.inTimePhrase(this.tokens[prep]!.start)) {
        const obj = this.nounPhrase(prep + 1, 5, true);
        if (obj) end = obj.end;
      }
      return this.slice(np.start, end);
    }
    let j = this.stoppedAtVerb ? -1 : np.endToken;
    if (j >= 0) {
      j = this.next(j);
      const prep = this.word(j);
      if (["of", "with", "for", "in", "at", "from", "on", "against", "by"].includes(prep)) {
        const k = this.next(j + 1);
        const w = this.tokens[k];
        const temporal = w && (MONTHS.has(w.lower) || w.kind === "num" || ["fiscal", "last", "the", "this", "past", "recent"].includes(w.lower) && this.isTemporalAhead(k));
        const gerund = w?.kind === "word" && w.lower.endsWith("ing") && !DETERMINERS.has(w.lower);
        if (!temporal && !gerund) {
          const obj = this.nounPhrase(j + 1, 5, true);
          if (obj) end = obj.end;
        }
      }
    }
    return this.slice(np.start, end);
  }

  private isTemporalAhead(k: number): boolean {
    for (let j = k, n = 0; j < this.tokens.length && n < 4; j = this.next(j + 1), n++) {
      const w = this.word(j);
      if (["year", "years", "month", "months", "week", "weeks", "quarter", "decade", "period", "fiscal"].includes(w)) return true;
    }
    return false;
  }

  /** The subject of the clause a figure is the object of: "Deportations have fallen 70 percent". */
  private clauseSubject(c: Candidate, withVerb = false): string | undefined {
    // Walk left to the verb that governs the figure.
    let verb = -1;
    for (let j = this.prev(c.firstToken), n = 0; j >= 0 && n < 8; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      if (t.kind !== "word") {
        if (t.kind === "punct" && !"$".includes(t.text)) break;
        continue;
      }
      const w = t.lower;
      // A participle set off by a comma governs too: ", reaching 86.4 percent".
      const participle = w.endsWith("ing") && w.length > 5 && !ING_PREPOSITIONS.has(w) && this.punct(this.prev(j), ",");
      if (INCREASE_WORDS.has(w) || DECREASE_WORDS.has(w) || OBJECT_VERBS.has(w) || participle || (w.endsWith("ed") && w.length > 4 && !BOUND_BEFORE.has(w))) {
        if (["higher", "lower", "more", "less", "fewer", "up", "down"].includes(w)) continue;
        // "was an estimated 43.6 million", "to an increase of 8%": after an article it is no verb.
        if (["a", "an", "the"].includes(this.word(this.prev(j)))) continue;
        verb = j;
        break;
      }
    }
    return verb < 0 ? undefined : this.clauseBefore(verb, withVerb, c);
  }

  /** The subject of the clause whose verb is token `verb`: back to punctuation, a quote or a subordinating word. */
  private clauseBefore(verb: number, withVerb: boolean, c: Candidate | null): string | undefined {
    let start = verb;
    // Where the subject ends: before a time phrase that stands between it and its verb ("The deficit in FY 2019 was").
    let end = withVerb ? verb + 1 : verb;
    for (let j = this.prev(verb), n = 0; j >= 0 && n < 20; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      // "The Consumer Price Index for All Urban Consumers (CPI-U) increased": a parenthesis inside the subject.
      if (this.punct(j, ")")) {
        let k = j;
        while (k > 0 && !this.punct(k, "(") && j - k < 12) k--;
        if (this.punct(k, "(")) {
          j = k;
          start = k;
          continue;
        }
      }
      // ", primarily fentanyl, declined": an aside set off by commas right before the verb is skipped.
      if (this.punct(j, ",") && start === verb) {
        let k = this.prev(j);
        let n2 = 0;
        while (k > 0 && n2 < 6 && !this.punct(k, ",.;:") && this.tokens[k]!.kind !== "num") {
          k = this.prev(k);
          n2++;
        }
        if (this.punct(k, ",") && n2 > 0 && n2 < 6) {
          j = k;
          end = k;
          start = k;
          continue;
        }
      }
      if (t.kind === "punct" && !"-’'".includes(t.text)) break;
      // "- Deaths in rural counties rose": a dash standing alone opens a list item.
      if (t.kind === "punct" && "-–".includes(t.text) && this.tokens[j - 1]?.kind !== "word" && this.tokens[j + 1]?.kind === "space") break;
      // "Between 2019 and 2021 the backlog shrank": a year belongs to the time phrase, not the subject;
      // but "The deficit in FY 2019 was …" has its subject before the phrase.
      if (t.kind === "num" && t.text.length === 4 && /^(?:1[89]|20)/.test(t.text)) {
        this.timePhrases ??= findTimePhrases(this.text, this.sentence.start, this.sentence.end);
        const phrase = this.timePhrases[lastIndexBefore(this.timePhrases, t.end) ];
        const adjacent = phrase && phrase.start <= t.start && /^\s*$/.test(this.text.slice(phrase.end, this.tokens[verb]!.start)) && /^[a-z]/.test(this.text.slice(phrase.start, phrase.start + 1));
        if (!adjacent || start !== verb) break;
        while (j > 0 && this.tokens[j]!.start > phrase.start) j--;
        end = j;
        start = j;
        continue;
      }
      // "the governor said violent crime fell": the clause opens after the verb of saying.
      if (t.kind === "word" && SAYING.has(t.lower)) break;
      if (t.kind === "word" && ["while", "although", "though", "because", "whereas", "that", "but", "as", "when", "if", "since", "which", "with"].includes(t.lower)) break;
      // "and" opens a clause after a verb ("crime fell and arrests rose"), not inside a noun phrase
      // ("all items less food and energy"), nor in "12 years old and older".
      if (t.kind === "word" && (t.lower === "and" || t.lower === "or")) {
        const left = this.word(this.prev(j));
        const right = this.word(this.next(j + 1));
        const nounAnd = left !== "" && !/(?:ed|ing)$/.test(left) && !IRREGULAR_PAST.has(left) && !this.punct(this.prev(j), ",") && !DETERMINERS.has(right);
        if (!nounAnd && !["older", "over", "younger", "under", "above"].includes(right)) break;
      }
      start = j;
    }
    const words: Token[] = [];
    for (let j = start; j < end; j++) if (this.tokens[j]!.kind !== "space") words.push(this.tokens[j]!);
    while (words.length && words[words.length - 1]!.kind === "word" && AUXILIARIES.has(words[words.length - 1]!.lower)) words.pop();
    if (words.length === 0) {
      // "Overdose deaths declined, falling 11.4% to 2,310": the participle's subject is the clause's before the comma.
      // "programs, funded at $121 million": or, with no verb before the comma, the noun phrase there.
      const comma = this.prev(verb);
      const participle = /(?:ing|ed)$/.test(this.tokens[verb]!.lower) && this.punct(comma, ",");
      if (!participle || withVerb || !c) return undefined;
      return this.clauseSubject({ ...c, firstToken: comma }) ?? this.clauseBefore(comma, false, c);
    }
    const s = words[0]!.start;
    const e = words[words.length - 1]!.end;
    const subject = this.slice(s, e);
    // A pronoun names nothing, contracted or not: "We've cut wait times".
    return /^(it|this|that|there|which|who|he|she|they|we|i|you)(?:[’'](?:ve|re|ll|d|s))?$/i.test(subject) ? undefined : subject;
  }

  /** A fact sheet's "Students served: 48,300" or "1. Graduation rate: 91.2%": the label before the colon. */
  private label(c: Candidate): string | undefined {
    const colon = this.prev(c.firstToken - (this.punct(c.firstToken - 1, "$") ? 1 : 0));
    if (!this.punct(colon, ":")) return undefined;
    let first = -1;
    for (let j = this.prev(colon), n = 0; j >= 0 && n < 8; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      if (t.kind === "newline" || (t.kind === "punct" && !"-’'".includes(t.text))) break;
      first = j;
    }
    // Not a list index ("1." opening the line), which the loop stops at anyway.
    if (first < 0 || this.tokens[first]!.start < this.sentence.start) return undefined;
    return this.slice(this.tokens[first]!.start, this.tokens[this.prev(colon)]!.end);
  }
  private previousSubject(c: Candidate): string | undefined {
    // Only a short look back: per-claim work must not grow with the sentence.
    const from = Math.max(this.sentence.start, c.start - 80);
    const between = this.text.slice(from, c.start);
    const open = between.lastIndexOf("(");
    if (open < 0 || between.indexOf(")", open) >= 0) return undefined;
    // The figure just before the parenthesis names what both count.
    const at = from + open;
    const q = this.quantities[lastIndexBefore(this.quantities, at)];
    if (!q || at - q.end > 80) return undefined;
    // That figure may itself have borrowed its subject ("$2.1 billion (3.7 percent) more"): take it as described.
    return this.subject(this.single(q)) || this.lastSubject?.subject || undefined;
  }

  private salience: number | null = null;

  /** Whether a quantity of the sentence ends at `at`, or a space before it. */
  private quantityEndsAt(at: number): boolean {
    const q = this.quantities[lastIndexBefore(this.quantities, at)];
    return q !== undefined && at - q.end <= 1;
  }
  /** Whether a quantity of the sentence starts in [from, to). */
  private quantityBetween(from: number, to: number): boolean {
    const q = this.quantities[lastIndexBefore(this.quantities, from) + 1];
    return q !== undefined && q.start >= from && q.start < to;
  }
  timeScope(c: Candidate): string | undefined {
    this.timePhrases ??= findTimePhrases(this.text, this.sentence.start, this.sentence.end);
    // The nearest phrase ending before the claim and the nearest starting after it (phrases are sorted).
    const before = lastIndexBefore(this.timePhrases, c.start);
    const phrases = [this.timePhrases[before], this.timePhrases.find((p, k) => k > before && p.start >= c.end && k <= before + 4)].filter(
      (p): p is Span => p !== undefined && (p.end <= c.start || p.start >= c.end),
    );
    let best: Span | undefined;
    let bestDistance = Infinity;
    for (const p of phrases) {
      // "61 percent, up from 58 percent three years earlier": counted back from a figure, the phrase
      // dates that figure only.
      if (p.start >= c.end && RELATIVE_PHRASE.test(this.text.slice(p.start, p.end)) && this.quantityBetween(c.end, p.start)) continue;
      // "$1,200 per month, and 1 in 5 …": a rate right after another figure is that figure's.
      if (p.end <= c.start && RATE_PHRASE.test(this.text.slice(p.start, p.end)) && this.quantityEndsAt(p.start)) continue;
      const gap = p.start >= c.end ? p.start - c.end : c.start - p.end;
      const crossing = this.text.slice(Math.min(p.end, c.end), Math.max(p.start, c.start));
      const distance = gap + (/[;,]\s/.test(crossing) && p.start >= c.end ? 60 : 0) + (p.start >= c.end ? 0 : 10);
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    return best ? this.slice(best.start, best.end) : undefined;
  }

  private source: string | undefined | null = null;
  private reported: string | undefined | null = null;
  /** The rule behind the speaker last chosen, for `--explain`. */
  private speakerRule = "";

  /** The table cell a candidate sits in, when its paragraph is a table row. */
  private cellAt(c: Candidate): TableCell | undefined {
    return this.shape.cells?.find((cell) => cell.start <= c.start && c.end <= cell.end);
  }

  speaker(c: Candidate): string | undefined {
    const body = this.text.slice(this.sentence.start, this.sentence.end);
    if (this.source === null) this.source = citedSource(body);
    const source = this.source;
    const quote = quoteAt(this.quotes, c.start);
    if (quote?.speaker) {
      this.speakerRule = "speaker: the person quoted";
      return source && !quote.speaker.toLowerCase().includes(source.toLowerCase()) ? `${quote.speaker}, citing ${source}` : quote.speaker;
    }
    this.speakerRule = "speaker: the source the sentence cites";
    if (source) {
      this.namedSource = source;
      return source;
    }
    if (!quote) {
      if (this.reported === null) this.reported = withoutDay(reportedSpeaker(body));
      this.speakerRule = "speaker: reported speech (X said)";
      if (this.reported) this.namedSource = this.reported;
      return this.reported;
    }
    return undefined;
  }

  bound(c: Candidate): Bound {
    let i = c.firstToken;
    const words = this.wordsBefore(i, 4);
    // Every bound phrase ends with one of BOUND_LAST_WORDS; most figures follow none and need no lookup.
    if (BOUND_LAST_WORDS.has(words[words.length - 1] ?? "")) {
      for (let n = words.length; n >= 1; n--) {
        // "more than" a figure, but not "more than doubled"; "over" a figure but not "over 2019".
        const b = BOUND_BEFORE.get(words.slice(words.length - n).join(" "));
        if (b) return b;
      }
    }
    i = this.next(c.lastToken);
    const after = this.word(i);
    if (after === "or" && ["more", "higher", "greater", "above"].includes(this.word(this.next(i + 1)))) return "lower";
    if (after === "or" && ["less", "fewer", "lower", "below"].includes(this.word(this.next(i + 1)))) return "upper";
    if (after === "or" && this.word(this.next(i + 1)) === "so") return "approximate";
    if (this.punct(c.lastToken, "+") && this.glued(c.lastToken)) return "lower";
    if (c.q.spelled === false && this.punct(c.firstToken - 1, "~")) return "approximate";
    return "exact";
  }

  /** The direction of the sentence's last change, for a figure coordinated with it. */
  private lastDirection: Direction | undefined;

  direction(c: Candidate): Direction | undefined {
    // "doubled", "halved": the figure is the change.
    const said = this.word(c.firstToken);
    if (c.q.multiple && said.endsWith("ed")) return said === "halved" ? "decrease" : "increase";
    // After the figure: "a 10 percent increase", "a 213 percent jump".
    const after = this.word(this.next(c.lastToken));
    if (INCREASE_WORDS.has(after) && !["more", "higher", "up"].includes(after)) return "increase";
    if (DECREASE_WORDS.has(after) && !["less", "fewer", "lower", "down", "cut", "lost"].includes(after)) return "decrease";
    // "$205 billion more than in the prior fiscal year": a comparison with "than" is a change, whatever the unit.
    const than = this.word(this.next(this.next(c.lastToken) + 1)) === "than";
    if ((after === "more" || after === "higher" || after === "greater") && (c.unit === "percent" || than)) return "increase";
    if ((after === "less" || after === "fewer" || after === "lower") && (c.unit === "percent" || than)) return "decrease";
    // "the largest decreases were in Mississippi and Vermont (5 percent each)": the change the clause names.
    const open = this.openingParenthesis(c);
    if (open >= 0) {
      for (let j = this.prev(open), n = 0; j >= 0 && n < 16; j = this.prev(j), n++) {
        const w = this.word(j);
        if (this.punct(j, ".;:")) break;
        if (w === "increases" || w === "gains" || w === "rises") return "increase";
        if (w === "decreases" || w === "declines" || w === "drops" || w === "losses" || w === "reductions") return "decrease";
      }
    }
    // "decreased by 13 percent for kindergarten and by 3 percent for grades 1–8": a coordinated figure shares the change.
    const and = this.prev(c.firstToken);
    if (this.word(and) === "by" && this.word(this.prev(and)) === "and" && this.lastDirection) return this.lastDirection;
    // Before it: "fell 70 percent", "increased by an astounding 213 percent", "up 5 percent".
    // "increases in the United States between 0% and 15%": a range reaches back to its verb.
    const reach = this.word(this.prev(c.firstToken)) === "between" ? 9 : 5;
    for (let j = this.prev(c.firstToken), n = 0; j >= 0 && n < reach; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      if (t.kind !== "word") {
        if (t.kind === "punct" && "$".includes(t.text)) continue;
        break;
      }
      const w = t.lower;
      if (w === "to" || w === "from") return undefined; // "rose to 5 million" states a level
      // "make up 19 percent", "took up a third": a share, not a rise.
      if (w === "up" && PHRASAL_UP.has(this.word(this.prev(j)))) return undefined;
      if (INCREASE_WORDS.has(w) && !["more", "higher", "growth"].includes(w)) return "increase";
      if (DECREASE_WORDS.has(w) && !["less", "fewer", "lower", "loss", "losses"].includes(w)) return "decrease";
    }
    return undefined;
  }

  checkworthiness(c: Candidate, claim: Claim): number {
    let score = 0.35;
    if (c.unit === "percent") score += 0.2;
    if (c.unit === "money" || c.unit === "ratio") score += 0.15;
    if (c.value === null) score -= 0.2;
    else if (Math.abs(c.value) >= 1e6) score += 0.15;
    else if (Math.abs(c.value) >= 1000) score += 0.1;
    else if (c.unit === "count" && Math.abs(c.value) < 20) score -= 0.1;
    if (claim.direction) score += 0.15;
    if (claim.speaker) score += 0.05;
    if (claim.timeScope) score += 0.05;
    if (claim.bound && claim.bound !== "exact") score += 0.05;
    if (c.q.spelled && !c.q.scaled) score -= 0.1;
    if (this.salience === null) {
      this.salience = 0;
      for (const t of this.tokens) if (t.kind === "word" && SALIENCE_WORDS.has(t.lower)) this.salience++;
    }
    score += Math.min(0.1, this.salience * 0.05);
    return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
  }
}

/** A data source the sentence cites: "according to data collected by …", "DHS numbers indicate". */
export function citedSource(sentence: string): string | undefined {
  // A period inside an abbreviation ("U.S. Customs", "Dept. of Health") does not end the source.
  const according = /\baccording to\s+((?:[^,.;:“”"(]|\.(?=[A-Za-z])|(?<=\b[A-Z][a-z]{0,3})\.(?=\s+[A-Z]))+)/i.exec(sentence);
  if (according) return trimSource(according[1]!);
  // "Per the agency's latest report, …": a source named by what it is.
  const per = /\b[Pp]er\s+((?:the\s+)?(?:[\w’'.&-]+\s+){0,5}?(?:report|data|figures|statistics|survey|study|analysis|estimates|numbers|records|census)\b)/.exec(sentence);
  if (per) return trimSource(per[1]!);
  // "in our Annual Energy Outlook 2023", "in the agency's National Crime Victimization Survey".
  const within = /\bin\s+(?:our|the|its|their|this|[A-Z][\w.&-]*[’']s?)\s+((?:[A-Z][\w’'-]*\s+){0,6}(?:Outlook|Report|Survey|Review|Study|Analysis|Assessment|Projections?|Estimates|Census|Index|Bulletin|Brief)(?:\s+(?:19|20)\d{2})?)\b/.exec(sentence);
  if (within) return trimSource(within[1]!);
  // The two patterns below try every capitalised word; first ask whether their verb is there at all.
  if (!/\s(?:show|indicat|found|finds|suggest|reveal)/i.test(sentence)) return citing(sentence);
  const shows = /((?:[A-Z][\w’'.&-]*\s+){1,6}(?:data|numbers|figures|statistics|reports?|estimates|records|analysis|survey|study|census))\s+(?:show|shows|showed|indicate|indicates|indicated|found|finds|suggest|suggests|reveal|reveals|revealed)\b/.exec(sentence);
  if (shows) return trimSource(shows[1]!);
  const from = /\b((?:data|figures|statistics|numbers|records|estimates)\s+from\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z&][\w’'.&-]*){0,7})\s+(?:show|shows|showed|indicate|indicates|suggest|suggests|reveal|reveals|revealed|found)\b/i.exec(sentence);
  if (from) return trimSource(from[1]!);
  const reports = /\b((?:recent\s+|new\s+)?(?:reports?|data|figures|statistics|estimates))\s+(?:show|shows|indicate|indicates|suggest|suggests)\b/i.exec(sentence);
  if (reports) return trimSource(reports[1]!);
  return citing(sentence);
}

/**
 * A sentence that says where the sentence before it comes from: "This finding comes from a new study
 * from the Centers for Disease Control and Prevention (CDC) published in …".
 */
export function findingSource(sentence: string): string | undefined {
  if (!/\b(?:comes?|came|are|is|were|was)\s+(?:from|based\s+on)\b/.test(sentence)) return undefined;
  const m = /^(?:This|These|The|Those|Both)\s+(?:new\s+)?(?:finding|findings|figure|figures|data|numbers|estimates|statistics|results?|rates?)\s+(?:comes?|came|are|is|were|was)\s+(?:from|based\s+on)\s+((?:[^,.;(]|\([^)]*\)|\.(?=[A-Za-z]))+?)(?:\s+(?:published|released|issued|conducted|posted)\b|[,;]|\.?$)/.exec(sentence);
  return m ? trimSource(m[1]!) : undefined;
}

/** "…, citing federal data": the source named after "citing". */
function citing(sentence: string): string | undefined {
  const m = /\bciting\s+((?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:[A-Z][\w’'.&-]*|data|figures|statistics|numbers|reports?|estimates)[^,.;:“”"(]{0,120})/.exec(sentence);
  if (m) return trimSource(m[1]!);
  return undefined;
}

/** A speaker without the day it spoke: "The Justice Department today" is "The Justice Department". */
export function withoutDay(s: string | undefined): string | undefined {
  return s?.replace(/\s+(?:today|yesterday|on\s+\w+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this\s+week)$/i, "");
}

function trimSource(s: string): string | undefined {
  const t = s.replace(/\s+/g, " ").trim().replace(/^(the|a|an)\s+(?=\S)/i, (m) => m);
  return t.length >= 3 ? t : undefined;
}

/**
 * Reported speech outside quotation marks: "…, officials said Tuesday.", "ICE said that …",
 * "The health department said 640 residents died", "Chief Ruiz told reporters 27 officers …".
 */
export function reportedSpeaker(sentence: string): string | undefined {
  // Both patterns need a verb of saying; most sentences have none, and the patterns try every comma and word.
  if (!/\s(?:said|says|reported|estimated|estimates|announced|found|told)/.test(sentence)) return undefined;
  // After the figures: the verb may be followed by a few words of when and where ("said Tuesday at 10 a.m.").
  const tail = /,\s*((?:[A-Z][\w’'.-]*|the|an?|[a-z]+s|police)(?:\s+[\w’'.-]+){0,7}?)\s+(?:said|says|reported|estimated|estimates|announced|found)(?:\s+[\w’'.:-]+){0,5}?\s*\.?\s*$/.exec(sentence);
  if (tail) return tail[1];
  // Set off by commas mid-sentence: "Income rose to $74,580, the Census Bureau reported, while …".
  const aside = /,\s*((?:[A-Z][\w’'.-]*|the|an?|[a-z]+s|police)(?:\s+[\w’'.-]+){0,5}?)\s+(?:said|says|reported|reports|announced|estimated|estimates|found)\s*,/.exec(sentence);
  if (aside) return aside[1];
  // Before them: a capitalised noun phrase opening the sentence (not a prepositional phrase or a number).
  const head = /^(?!(?:In|On|At|By|For|From|Since|During|After|Before|Over|Of|As|If|When|While|Although|But|And|This|That|It|There)\b)([A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,7}?)(?<!\s(?:an?|the|is|are|was|were|be|to))\s+(?:said|says|reported|announced|estimated|estimates|found|told\s+(?:the\s+)?[a-z]+)\b/.exec(sentence);
  // Not an article alone ("An estimated …"), and not the figure itself ("Sixty-two percent of parents surveyed said").
  if (head && !/^(?:a|an|the)$/i.test(head[1]!) && !/\d|percent|per cent/i.test(head[1]!)) return head[1];
  return undefined;
}

/** Index of the last span that ends at or before position at, in spans sorted by position (-1 when none). */
function lastIndexBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
