/**
 * One sentence (or table cell) as the rules read it: its tokens, ways to walk them, and the grammar
 * the subject, time and speaker rules share (noun phrases, a clause's subject, a group's predicate).
 * It also remembers what the sentence's earlier figures said (their subject, their direction), since a
 * figure that names nothing counts what the one before it counted.
 */
import {
  AUXILIARIES,
  BOUND_BEFORE,
  PRESENT_VERBS,
  VERB_ADVERBS,
  VERB_CHAIN,
  CURRENCY_SYMBOLS,
  DECREASE_WORDS,
  DETERMINERS,
  FRAMING_HEADS,
  GROUP_ADJECTIVES,
  GROUP_STOPS,
  INCREASE_WORDS,
  ING_NOUNS,
  ING_PREPOSITIONS,
  IRREGULAR_PAST,
  LY_ADJECTIVES,
  MEASURE_MODIFIERS,
  MEASURE_UNITS,
  MONTHS,
  NOT_ACTIONS,
  NP_STOP,
  OBJECT_VERBS,
  PEOPLE_NOUNS,
  SAYING,
  TIME_UNITS,
} from "./lexicon";
import type { Candidate } from "./candidates";
import type { Trace } from "./explain";
import type { ParagraphLayout, TableCell } from "./layout";
import type { Quantity } from "./numbers";
import { isVerbTag, LazyTags } from "./pos";
import type { Quote } from "./quotes";
import { findTimePhrases } from "./time";
import type { Token } from "./tokens";
import type { Direction, Span } from "./types";
import { SCALE_WORDS } from "./number-words";

/** A run of adjectives and nouns: where it starts and ends, how many words, and the token after it. */
export interface NounPhrase {
  start: number;
  end: number;
  words: number;
  endToken: number;
}

export class Sentence {
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
    /** The period an earlier sentence of the paragraph opened with. */
    readonly paragraphPeriod?: string,
  ) {}

  /** The source or reporter this sentence names itself, for the sentences after it. */
  namedSource: string | undefined;

  /** The subject of the last claim up to this sentence's end, for the next sentence. */
  get spokenOf(): string | undefined {
    return this.lastSubject?.subject ?? this.before;
  }

  /** Part-of-speech tags of the sentence's tokens, computed the first time a rule asks. */
  tags: LazyTags | null = null;
  /** The Penn Treebank tag of token i ("VBD", "NNS", …). */
  tag(i: number): string {
    this.tags ??= new LazyTags(this.tokens);
    return this.tags.at(i);
  }
  /** A finite verb (past or present tense), by the tagger: "lost", "puts", "reported". */
  finiteVerb(i: number): boolean {
    const t = this.tag(i);
    return t === "VBD" || t === "VBZ" || t === "VBP" || t === "MD";
  }

  /** Set by nounPhrase when it stopped at a word it took for a verb. */
  stoppedAtVerb = false;
  /** Every quantity of the sentence, scanned once. */
  quantities: Quantity[] = [];

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

  /** Currency sign or code just before a quantity ("$1.2B", "US$ 1MM", "USD 5"). */
  moneyBefore(q: Quantity): string | undefined {
    const i = q.firstToken - 1;
    const t = this.tokens[i];
    if (t && t.kind === "punct" && CURRENCY_SYMBOLS.has(t.text)) return CURRENCY_SYMBOLS.get(t.text);
    const p = this.prev(q.firstToken);
    const w = this.tokens[p];
    if (w?.kind === "punct" && CURRENCY_SYMBOLS.has(w.text)) return CURRENCY_SYMBOLS.get(w.text);
    if (w?.kind === "word" && (w.text === "USD" || w.text === "EUR" || w.text === "GBP")) return w.text;
    return undefined;
  }
  moneyStart(q: Quantity): number {
    let i = this.prev(q.firstToken);
    if (this.tokens[i - 1]?.kind === "word" && this.tokens[i - 1]!.text === "US" && this.glued(i)) i--;
    return i;
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
      const compound =
        n > 0 && /(?:flight|labor|man|person|passenger|vehicle|patient|kilowatt|megawatt|gigawatt)$/.test(this.word(this.prev(j)));
      const modifierOfNext = MEASURE_MODIFIERS.has(w) && MEASURE_UNITS.has(this.word(this.next(j + 1)));
      if (MEASURE_UNITS.has(w) && !modifierOfNext && (!TIME_UNITS.has(w) || compound) && w !== "points" && w !== "point") {
        // Ends the noun phrase ("hours per year", "tons of steel", "acres.") or is its first word.
        const following = this.word(this.next(j + 1));
        if (n > 0 && following && !NP_STOP.has(following)) return undefined;
        const modifier = first >= 0 && (MEASURE_MODIFIERS.has(this.word(j - 2)) || n > 0) ? this.prev(j) : -1;
        const from =
          modifier >= 0 &&
          (MEASURE_MODIFIERS.has(this.word(modifier)) || /(?:flight|labor|man|person|passenger|vehicle)$/.test(this.word(modifier)))
            ? modifier
            : j;
        return this.slice(this.tokens[from]!.start, this.tokens[j]!.end);
      }
      if (first < 0) first = j;
      j = this.next(j + 1);
    }
    return undefined;
  }

  timePhrases: Span[] | null = null;

  /** Whether offset `at` lies inside one of the sentence's time phrases. */
  inTimePhrase(at: number): boolean {
    this.timePhrases ??= findTimePhrases(this.text, this.sentence.start, this.sentence.end);
    const p = this.timePhrases[lastIndexBefore(this.timePhrases, at) + 1];
    return p !== undefined && p.start <= at && at < p.end;
  }

  mayHoldUrl: boolean | null = null;

  inUrl(q: Quantity): boolean {
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
  lastSubject: { subject: string; money: boolean } | null = null;

  /** A noun phrase of words from token i: adjectives and nouns up to a stop word or punctuation. */
  nounPhrase(i: number, maxWords: number, skipDeterminers: boolean): NounPhrase | null {
    let j = this.next(i);
    this.stoppedAtVerb = false;
    for (let n = 0; skipDeterminers && n < 3 && DETERMINERS.has(this.word(j)); n++) j = this.next(j + 1);
    let start = -1;
    let end = -1;
    let count = 0;
    while (j < this.tokens.length && count < maxWords) {
      const t = this.tokens[j]!;
      // "the 10-year average", "a 12-month high": a number joined to a word by a hyphen is an adjective.
      if (
        t.kind === "num" &&
        count > 0 &&
        this.punct(j + 1, "-") &&
        this.glued(j + 1) &&
        this.tokens[j + 2]?.kind === "word" &&
        this.glued(j + 2)
      ) {
        end = this.tokens[j + 2]!.end;
        count++;
        j = this.next(j + 3);
        continue;
      }
      if (t.kind === "word") {
        // "homes and businesses": two nouns joined, when the tagger says a noun follows and no verb after it.
        if ((t.lower === "and" || t.lower === "or") && count > 0 && this.nounAfterAnd(j)) {
          j = this.next(j + 1);
          continue;
        }
        if (
          NP_STOP.has(t.lower) ||
          (t.lower.endsWith("ly") && t.lower.length > 4 && !LY_ADJECTIVES.has(t.lower)) ||
          (MONTHS.has(t.lower) && /^[A-Z]/.test(t.text))
        )
          break;
        // A period is not what a figure measures: "migrants in FY2024", "people a year", "two years earlier".
        if (this.inTimePhrase(t.start)) break;
        // Without a tagger, verbs are guessed: "immigrants evaded capture", "aliens crossing the border",
        // "attorneys general outline the failures" (a word that takes a determiner after it).
        const verbForm = /(?:ed|ing)$/.test(t.lower) ? !ING_NOUNS.has(t.lower) : IRREGULAR_PAST.has(t.lower);
        // A word before a determiner may be a verb taking its object ("attorneys general outline the
        // failures"), unless the determiner opens a period ("new officers this year") or the tagger
        // reads the word as a noun.
        const beforeDeterminer =
          DETERMINERS.has(this.word(this.next(j + 1))) &&
          !this.inTimePhrase(this.tokens[this.next(j + 1)]!.start) &&
          !this.tag(j).startsWith("NN");
        // "78 percent of adults say …", "the general fund goes to …": a present-tense verb, by the tagger.
        // Only the verbs such sentences use are asked of the tagger: tagging every noun phrase costs a third of the engine's time.
        const presentVerb =
          count > 0 && PRESENT_VERBS.has(t.lower) && (this.tag(j) === "VBP" || this.tag(j) === "VBZ" || this.tag(j) === "MD");
        if (count > 0 && /^[a-z]/.test(t.text) && (verbForm || beforeDeterminer || presentVerb)) {
          this.stoppedAtVerb = true;
          break;
        }
        if (start < 0) start = t.start;
        end = t.end;
        count++;
        j = this.next(j + 1);
        // Hyphenated, possessive and dotted words stay whole: "long-term", "Mayorkas’ watch", "U.S.".
        let dotted = false;
        while (
          this.punct(j, "-’'.") &&
          this.glued(j) &&
          (this.tokens[j + 1]?.kind === "word" || (this.tokens[j + 1]?.kind === "num" && this.tokens[j]!.text === "-")) &&
          this.glued(j + 1)
        ) {
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
    if (start < 0) return null;
    // A determiner alone names nothing ("half the 10-year average" read no further than "the").
    if (count === 1 && DETERMINERS.has(this.text.slice(start, end).toLowerCase())) return null;
    return { start, end, words: count, endToken: j };
  }

  /** Whether "and" at token j joins two nouns: "homes and businesses", not "arrests and officers seized". */
  nounAfterAnd(j: number): boolean {
    const noun = this.next(j + 1);
    const w = this.word(noun);
    if (
      !w ||
      NP_STOP.has(w) ||
      DETERMINERS.has(w) ||
      /^[A-Z]/.test(this.tokens[noun]!.text) !== /^[A-Z]/.test(this.tokens[this.prev(j)]?.text ?? "")
    )
      return false;
    if (!this.tag(noun).startsWith("NN")) return false;
    const after = this.next(noun + 1);
    // "sets aside $750 million for repairs and deposits $400 million": a word before a figure is its verb.
    if (this.tokens[after]?.kind === "num" || this.punct(after, "$")) return false;
    return !(this.tokens[after]?.kind === "word" && isVerbTag(this.tag(after)));
  }

  slice(s: number, e: number): string {
    return this.text.slice(s, e).replace(/\s+/g, " ").trim();
  }

  /** The token of "(" when the figure opens a parenthesis ("(29.4 percent)", "(each between 4 and 5 percent)"), else -1. */
  openingParenthesis(c: Candidate): number {
    let j = this.prev(c.firstToken - (this.punct(c.firstToken - 1, "$") ? 1 : 0));
    // "New York (+4,121)": a sign before the figure.
    if (this.punct(j, "+±") && this.glued(j + 1)) j = this.prev(j);
    for (let n = 0; n < 3 && j >= 0 && this.tokens[j]!.kind === "word"; n++) j = this.prev(j); // "(each between"
    return this.punct(j, "(") ? j : -1;
  }

  /** The noun phrase before "(" at token `open`: "for women", "Mississippi and Vermont", "adults with no chronic disease". */
  groupBefore(open: number): string | undefined {
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
      // "77.5 percent of trafficking victims (4,601 out of 5,939)", "about half of schools (56 percent)": the parenthesis restates a figure.
      if (w === "percent" || w === "percentage" || SCALE_WORDS.has(w) || this.quantityEndsAt(t.end)) return undefined;
      if (GROUP_STOPS.has(w) || (/(?:ed)$/.test(w) && w.length > 4 && !GROUP_ADJECTIVES.has(w)) || IRREGULAR_PAST.has(w) || SAYING.has(w))
        break;
      // "…, and Maine": a list's last item is the group; "Mississippi and Vermont" is one.
      if ((w === "and" || w === "or") && this.punct(this.prev(j), ",")) break;
      if ((w === "with" || w === "without") && first < 0) break;
      first = j;
    }
    if (first < 0) return undefined;
    // A preposition opening the phrase is not part of it: "for women" is "women".
    while (first < last && ["for", "among", "in", "of", "to", "at", "by", "from", "with"].includes(this.word(first)))
      first = this.next(first + 1);
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

  /** "Of the 2,300 applicants, …": the group a sentence opens with (not a pronoun: "Of these"). */
  openingGroup(): string | undefined {
    const of = this.next(0);
    if (this.word(of) !== "of") return undefined;
    let j = this.next(of + 1);
    // "Of those, 188,778 were between ports of entry": the pronoun stands for what was last counted.
    if (["those", "these", "them", "which"].includes(this.word(j)) && this.punct(this.next(j + 1), ",")) return this.before;
    // "Of those who lost coverage, …": the pronoun and its relative clause, up to the comma.
    if (["those", "people", "persons", "individuals"].includes(this.word(j)) && ["who", "that"].includes(this.word(this.next(j + 1)))) {
      const comma = this.text.indexOf(",", this.tokens[j]!.start);
      if (comma > 0 && comma < this.sentence.end && comma - this.tokens[j]!.start < 80) return this.slice(this.tokens[j]!.start, comma);
    }
    if (DETERMINERS.has(this.word(j))) j = this.next(j + 1);
    // Over the group's own count: "the 2,300", "the state's 852".
    const q = this.quantities[0];
    const from = this.tokens[j]?.start ?? 0;
    if (q && q.start >= from && q.start - from < 24 && !this.text.slice(from, q.start).includes(",")) j = this.next(q.lastToken);
    const np = this.nounPhrase(j, 5, false);
    if (!np) return undefined;
    const phrase = this.withPhrase(np);
    const comma = this.text.indexOf(",", np.start);
    if (comma < 0 || comma > np.start + phrase.length + 1 || comma >= this.sentence.end) return undefined;
    return phrase;
  }

  /** The words of the clause from token i, up to punctuation or n words: "are from Mexico". */
  clauseRest(i: number, n: number): string | undefined {
    let first = -1;
    let last = -1;
    for (let j = this.next(i), k = 0; j < this.tokens.length && k < n; j = this.next(j + 1), k++) {
      const t = this.tokens[j]!;
      // "the u.s. gross domestic product": a dotted abbreviation's periods end nothing.
      const dotted = t.text === "." && this.glued(j) && this.tokens[j - 1]?.kind === "word" && this.tokens[j - 1]!.text.length === 1;
      if (t.kind === "punct" && !"-’'".includes(t.text) && !dotted) break;
      if (t.kind === "num" || this.inTimePhrase(t.start)) break;
      // The letters of "u.s." are one word.
      if (dotted || (t.kind === "word" && this.glued(j) && this.tokens[j - 1]?.text === ".")) k--;
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
  groupPredicate(from: number): string | undefined {
    let j = this.next(from);
    // Skip a parenthesis and an age or place that narrows the group: "(28 percent)", "over 50", "age 50 years and older".
    for (let n = 0; n < 12 && j < this.tokens.length; n++) {
      const t = this.tokens[j]!;
      if (this.punct(j, "(")) {
        while (j < this.tokens.length && !this.punct(j, ")")) j++;
        j = this.next(j + 1);
        continue;
      }
      const andOlder =
        (t.lower === "and" || t.lower === "or") && ["older", "over", "younger", "under", "above"].includes(this.word(this.next(j + 1)));
      // "those removed lost coverage": a participle that narrows the group.
      if (
        n === 0 &&
        t.kind === "word" &&
        /ed$/.test(t.lower) &&
        this.tag(j) === "VBN" &&
        this.tokens[this.next(j + 1)]?.kind === "word" &&
        this.finiteVerb(this.next(j + 1))
      ) {
        j = this.next(j + 1);
        continue;
      }
      // "individuals experiencing homelessness were unsheltered": a present participle and its object narrow the group.
      if (n === 0 && t.kind === "word" && /ing$/.test(t.lower) && this.tag(j) === "VBG") {
        const object = this.nounPhrase(j + 1, 4, true);
        const verb = object ? this.next(object.endToken) : -1;
        if (object && this.tokens[verb]?.kind === "word" && (AUXILIARIES.has(this.word(verb)) || this.finiteVerb(verb))) {
          j = verb;
          continue;
        }
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
    const withObject =
      /ed$/.test(w) &&
      (this.tag(j) === "VBN" || this.tag(j) === "VBD") &&
      this.tokens[this.next(j + 1)]?.kind === "word" &&
      !NP_STOP.has(this.word(this.next(j + 1)));
    if (
      !aux &&
      !(
        this.tokens[j]?.kind === "word" &&
        /^[a-z]/.test(this.tokens[j]!.text) &&
        !["said", "says", "say", "told", "announced"].includes(w) &&
        (this.finiteVerb(j) || withObject)
      )
    )
      return undefined;
    const rest = this.clauseRest(j, 9);
    if (!rest) return undefined;
    // What lies between (an age, a parenthesis) stays in the group: "over 50".
    const between = this.slice(this.tokens[from]?.start ?? 0, this.tokens[j]!.start)
      .replace(/\([^)]*\)\s*/g, "")
      .trim();
    const who = PEOPLE_NOUNS.has(this.word(this.prev(from))) ? "who" : "that";
    return `${between ? `${between} ` : ""}${who} ${rest.replace(/\s*[–—-]\s*that is.*$/, "")}`;
  }

  lastWordOf(np: { endToken: number }): string {
    return this.word(this.prev(np.endToken));
  }

  /** The noun phrase plus one prepositional phrase that says more ("encounters with illegal immigrants"). */
  /** "two-thirds of the 4,300 detainees": the noun phrase after a figure that opens the object. */
  nounPhraseAfterFigure(i: number) {
    const from = this.tokens[this.next(i)]?.start ?? Infinity;
    const q = this.quantities[lastIndexBefore(this.quantities, from) + 1];
    // The figure must come within the next few words ("the", "some of the").
    if (!q || q.start < from || q.start - from > 12) return null;
    return this.nounPhrase(q.lastToken, 6, false);
  }
  withPhrase(np: { start: number; end: number; endToken: number }): string {
    let end = np.end;
    // "40,990 lives lost", "cases reported to police": a past participle after the noun describes it.
    const stop = np.endToken;
    const reduced =
      this.stoppedAtVerb &&
      this.tokens[stop]?.kind === "word" &&
      !NOT_ACTIONS.has(this.word(stop)) &&
      (() => {
        // A participle before a preposition, a verb or the end ("cases reported to police", "lives
        // lost is"); a past tense only before a verb ("people died in crashes" is a clause).
        const after = this.next(stop + 1);
        const w = this.word(after);
        const aux = ["is", "was", "are", "were", "has", "have", "had", "will"].includes(w);
        if (this.tag(stop) === "VBD") return aux;
        if (this.tag(stop) !== "VBN") return false;
        return (
          aux ||
          after >= this.tokens.length ||
          this.tokens[after]!.kind === "punct" ||
          ["for", "into", "by", "to", "from", "under", "against", "on", "within", "with", "in", "at"].includes(w)
        );
      })();
    if (reduced) {
      const participle = np.endToken;
      end = this.tokens[participle]!.end;
      const prep = this.next(participle + 1);
      if (
        ["for", "into", "by", "to", "from", "under", "against", "on", "within", "with"].includes(this.word(prep)) &&
        !this.inTimePhrase(this.tokens[prep]!.start)
      ) {
        const obj = this.nounPhrase(prep + 1, 5, true);
        if (obj) end = obj.end;
      }
      return this.slice(np.start, end);
    }
    let j = this.stoppedAtVerb ? -1 : np.endToken;
    if (j >= 0) {
      j = this.next(j);
      const prep = this.word(j);
      if (["of", "with", "without", "for", "in", "at", "from", "on", "against", "by"].includes(prep)) {
        const k = this.next(j + 1);
        const w = this.tokens[k];
        const temporal =
          w &&
          (MONTHS.has(w.lower) ||
            w.kind === "num" ||
            (["fiscal", "last", "the", "this", "past", "recent"].includes(w.lower) && this.isTemporalAhead(k)));
        const gerund = w?.kind === "word" && w.lower.endsWith("ing") && !DETERMINERS.has(w.lower);
        if (!temporal && !gerund) {
          const obj = this.nounPhrase(j + 1, 5, true);
          if (obj) end = obj.end;
        }
      }
    }
    return this.slice(np.start, end);
  }

  isTemporalAhead(k: number): boolean {
    for (let j = k, n = 0; j < this.tokens.length && n < 4; j = this.next(j + 1), n++) {
      const w = this.word(j);
      if (["year", "years", "month", "months", "week", "weeks", "quarter", "decade", "period", "fiscal"].includes(w)) return true;
    }
    return false;
  }

  /** The subject of the clause a figure is the object of: "Deportations have fallen 70 percent". */
  clauseSubject(c: Candidate, withVerb = false): string | undefined {
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
      if (
        INCREASE_WORDS.has(w) ||
        DECREASE_WORDS.has(w) ||
        OBJECT_VERBS.has(w) ||
        participle ||
        (w.endsWith("ed") && w.length > 4 && !BOUND_BEFORE.has(w))
      ) {
        if (["higher", "lower", "more", "less", "fewer", "up", "down"].includes(w)) continue;
        // "was an estimated 43.6 million", "to an increase of 8%": after an article it is no verb.
        if (["a", "an", "the"].includes(this.word(this.prev(j)))) continue;
        verb = j;
        break;
      }
    }
    return verb < 0 ? undefined : this.clauseBefore(verb, withVerb, c);
  }

  /**
   * The subject of the clause that ends at the comma at token `comma`: the subject of its verb when it
   * has one ("Pedestrian deaths remain near a 40-year high,"), else the words before the comma.
   */
  subjectOfClauseEndingAt(comma: number): string | undefined {
    let verb = comma;
    for (
      let j = this.prev(comma), n = 0;
      j >= 0 && n < 12 && !(this.tokens[j]!.kind === "punct" && !"-’'".includes(this.tokens[j]!.text));
      j = this.prev(j), n++
    ) {
      if (this.tokens[j]!.kind === "word" && /^[a-z]/.test(this.tokens[j]!.text) && (this.finiteVerb(j) || AUXILIARIES.has(this.word(j))))
        verb = j;
    }
    return this.clauseBefore(verb, false, null);
  }

  /** The period the sentence opens with, set off by a comma: "In March, …", "In fiscal year 2023, …". */
  openingPeriod(): string | undefined {
    this.timePhrases ??= findTimePhrases(this.text, this.sentence.start, this.sentence.end);
    const p = this.timePhrases[0];
    if (!p || this.text.slice(this.sentence.start, p.start).trim().replace(/^["“]/, "") !== "" || this.text[p.end] !== ",")
      return undefined;
    return this.slice(p.start, p.end);
  }

  /** The first token of the verb group ending at token `verb`: "is forecast to decrease", "are expected to rise", "will be". */
  verbChainStart(verb: number): number {
    let v = verb;
    const to = this.prev(v);
    if (this.word(to) === "to" && VERB_CHAIN.has(this.word(this.prev(to)))) v = this.prev(to);
    // "was little changed", "remained largely unchanged": an adverb inside the verb group.
    if (VERB_ADVERBS.has(this.word(this.prev(v))) && AUXILIARIES.has(this.word(this.prev(this.prev(v))))) v = this.prev(v);
    // Only when a chain was found, or the verb itself is one an auxiliary may lead: "has risen", "will reduce".
    for (
      let n = 0;
      n < 3 &&
      AUXILIARIES.has(this.word(this.prev(v))) &&
      !["also", "now", "reportedly", "already", "just", "not"].includes(this.word(this.prev(v)));
      n++
    )
      v = this.prev(v);
    return v;
  }

  /** The subject of the clause whose verb is token `verb`: back to punctuation, a quote or a subordinating word. */
  clauseBefore(verb: number, withVerb: boolean, c: Candidate | null): string | undefined {
    const end0 = withVerb ? verb + 1 : verb;
    // "is forecast to decrease", "will be": the verb's auxiliaries and "expected to" belong to the verb, not the subject.
    verb = this.verbChainStart(verb);
    let start = verb;
    // Where the subject ends: before a time phrase that stands between it and its verb ("The deficit in FY 2019 was").
    let end = withVerb ? end0 : verb;
    for (let j = this.prev(verb), n = 0; j >= 0 && n < 20; j = this.prev(j), n++) {
      const t = this.tokens[j]!;
      // "The Consumer Price Index for All Urban Consumers (CPI-U) increased": a parenthesis inside the subject.
      if (this.punct(j, ")")) {
        let k = j;
        while (k > 0 && !this.punct(k, "(") && j - k < 30) k--;
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
        const phrase = this.timePhrases[lastIndexBefore(this.timePhrases, t.end)];
        const adjacent =
          phrase &&
          phrase.start <= t.start &&
          /^\s*$/.test(this.text.slice(phrase.end, this.tokens[verb]!.start)) &&
          /^[a-z]/.test(this.text.slice(phrase.start, phrase.start + 1));
        if (!adjacent || start !== verb) break;
        while (j > 0 && this.tokens[j]!.start > phrase.start) j--;
        end = j;
        start = j;
        continue;
      }
      // "the governor said violent crime fell": the clause opens after the verb of saying.
      if (t.kind === "word" && SAYING.has(t.lower)) break;
      if (
        t.kind === "word" &&
        ["while", "although", "though", "because", "whereas", "that", "but", "as", "when", "if", "since", "which", "with"].includes(t.lower)
      )
        break;
      // "and" opens a clause after a verb ("crime fell and arrests rose"), not inside a noun phrase
      // ("all items less food and energy"), nor in "12 years old and older".
      if (t.kind === "word" && (t.lower === "and" || t.lower === "or")) {
        const left = this.word(this.prev(j));
        const right = this.word(this.next(j + 1));
        const nounAnd =
          left !== "" &&
          !/(?:ed|ing)$/.test(left) &&
          !IRREGULAR_PAST.has(left) &&
          !this.punct(this.prev(j), ",") &&
          !DETERMINERS.has(right);
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
  label(c: Candidate): string | undefined {
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
  framed: { phrase: string; group: string; end: number } | null | undefined;
  /**
   * "Among young adults aged 18 to 25, …", "In the industrial sector, …": a group or part the
   * sentence opens with, set off by a comma, narrows every figure of the sentence.
   */
  framing(): { phrase: string; group: string; end: number } | undefined {
    if (this.framed !== undefined) return this.framed ?? undefined;
    this.framed = null;
    const first = this.next(0);
    const prep = this.word(first);
    if (!["among", "in", "for", "within", "across"].includes(prep) || !/^[A-Z]/.test(this.tokens[first]?.text ?? "")) return undefined;
    if (this.inTimePhrase(this.tokens[first]!.start)) return undefined;
    let comma = -1;
    for (let j = this.next(first + 1), n = 0; j < this.tokens.length && n < 10; j = this.next(j + 1), n++) {
      if (this.punct(j, ",")) {
        comma = j;
        break;
      }
      if (this.tokens[j]!.kind === "punct" && !"-–’'".includes(this.tokens[j]!.text)) return undefined;
    }
    if (comma < 0) return undefined;
    const last = this.prev(comma);
    const head = this.word(last);
    // "Among …" is always a group; "In …" only when it names one ("the industrial sector", "rural counties").
    if (prep !== "among" && !FRAMING_HEADS.has(head)) return undefined;
    let from = this.next(first + 1);
    if (DETERMINERS.has(this.word(from))) from = this.next(from + 1);
    const group = this.slice(this.tokens[from]!.start, this.tokens[last]!.end);
    this.framed = {
      phrase: `${prep} ${this.slice(this.tokens[this.next(first + 1)]!.start, this.tokens[last]!.end)}`,
      group,
      end: this.tokens[comma]!.start,
    };
    return this.framed;
  }

  /** "• Alaska: $73 million …": a short capitalised label opening the sentence, before the candidate. */
  itemLabel(c: Candidate): string | undefined {
    let first = this.next(0);
    // Only in a bulleted item: a headline's "BLS: Unemployment Rate Falls" names its source instead.
    if (!(this.tokens[first]?.kind === "punct" && "•●▪◦·*‣–-".includes(this.tokens[first]!.text))) return undefined;
    while (first < this.tokens.length && this.tokens[first]!.kind === "punct" && "•●▪◦·*‣–-".includes(this.tokens[first]!.text))
      first = this.next(first + 1);
    const t = this.tokens[first];
    if (t?.kind !== "word" || !/^[A-Z]/.test(t.text)) return undefined;
    let colon = -1;
    for (let j = first, n = 0; j < this.tokens.length && n < 5; j = this.next(j + 1), n++) {
      if (this.punct(j, ":")) {
        colon = j;
        break;
      }
      if (this.tokens[j]!.kind !== "word") return undefined;
    }
    if (colon < 0 || this.tokens[colon]!.start >= c.start) return undefined;
    return this.slice(t.start, this.tokens[this.prev(colon)]!.end);
  }

  salience: number | null = null;

  /** Whether a quantity of the sentence ends at `at`, or a space before it. */
  quantityEndsAt(at: number): boolean {
    const q = this.quantities[lastIndexBefore(this.quantities, at)];
    return q !== undefined && at - q.end <= 1;
  }
  /** Whether a quantity of the sentence starts in [from, to). */
  quantityBetween(from: number, to: number): boolean {
    const q = this.quantities[lastIndexBefore(this.quantities, from) + 1];
    return q !== undefined && q.start >= from && q.start < to;
  }
  /** The source the sentence cites, and the speaker its reported speech names (null until a speaker rule reads them). */
  source: string | undefined | null = null;
  reported: string | undefined | null = null;

  /** The table cell a candidate sits in, when its paragraph is a table row. */
  cellAt(c: Candidate): TableCell | undefined {
    return this.shape.cells?.find((cell) => cell.start <= c.start && c.end <= cell.end);
  }

  /** The direction of the sentence's last change, for a figure coordinated with it. */
  lastDirection: Direction | undefined;
}

/** Index of the last span that ends at or before position at, in spans sorted by position (-1 when none). */
export function lastIndexBefore(spans: readonly Span[], at: number): number {
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
