/**
 * What a figure measures: the subject rules, as named records tried in order. The first rule whose
 * `read` gives a subject decides (an empty subject counts: the rule found the figure names nothing);
 * then the refinements may add to it or stand in for it. Each record carries examples that run through
 * the whole engine as tests (rules.test.ts), and `claims extract --explain` prints the deciding rule's
 * name. A linguist adds a rule by adding a record where it belongs in the order, with its examples.
 */
import {
  AUXILIARIES,
  COMPARED,
  IRREGULAR_PAST,
  COUNT_MODIFIERS,
  LEVEL_WORDS,
  BOUND_BEFORE,
  BOUND_LAST_WORDS,
  CHANGE_VERBS,
  COUNTERS,
  DECREASE_WORDS,
  DETERMINERS,
  INCREASE_WORDS,
  MEASURE_UNITS,
  NOT_ACTIONS,
  NP_STOP,
  OBJECT_VERBS,
  PARTICIPLES,
  PEOPLE_NOUNS,
  PLACE_HEADS,
  PRONOUN_OBJECTS,
  SAYING,
  VAGUE_HEADS,
} from "../lexicon";
import { single, type Candidate } from "../candidates";
import type { TableCell } from "../layout";
import { lastIndexBefore, type NounPhrase, type Sentence } from "../sentence";
import type { AttributeExample, AttributeRule } from "./attributes";

const PERIOD_LABEL = /^(?:(?:FY|CY|SY|Q[1-4]|H[12])\s*'?\d{2,4}|(?:19|20)\d{2}(?:[–-]\d{2,4})?|[A-Z][a-z]+\.?\s+(?:19|20)\d{2})$/;

/** One figure as the subject rules read it; what several rules need is computed once, when first asked. */
export class Figure {
  /** The token after the figure. */
  readonly after: number;
  constructor(
    readonly s: Sentence,
    /** The candidate, its span widened over a glued "+" ("10,000,000+ flights"). */
    readonly c: Candidate,
  ) {
    let after = s.next(c.lastToken);
    // "Nearly half (47 percent) of all individuals": over a parenthesis that restates the figure.
    if (s.punct(after, "(")) {
      let close = after;
      while (close < s.tokens.length && close - after < 16 && !s.punct(close, ")")) close++;
      if (s.punct(close, ")") && s.word(s.next(close + 1)) === "of") after = s.next(close + 1);
    }
    this.after = after;
  }

  private np_: NounPhrase | null | undefined;
  /** The noun phrase right after the figure: "registered voters" in "142,580 registered voters". */
  get np(): NounPhrase | null {
    if (this.np_ === undefined) {
      const { s, after } = this;
      // "1,800 more controllers", "500 additional officers": the noun after the modifier.
      const counted =
        COUNT_MODIFIERS.has(s.word(after)) && s.tokens[s.next(after + 1)]?.kind === "word" && !NP_STOP.has(s.word(s.next(after + 1)))
          ? s.next(after + 1)
          : after;
      this.np_ = s.nounPhrase(counted, 6, false);
    }
    return this.np_;
  }
  /** The first word after the figure. */
  get head(): string {
    return this.s.word(this.s.next(this.after));
  }
  private phrase_: string | undefined;
  /** The noun phrase after the figure with the prepositional phrase that says more of it. */
  get phrase(): string {
    this.phrase_ ??= this.s.withPhrase(this.np!);
    return this.phrase_;
  }
  /** A share "of" something: "77.5 percent of victims", "a third of the budget", "4 of 5 states". */
  get shareOf(): boolean {
    const { c } = this;
    return this.s.word(this.after) === "of" && (c.unit === "percent" || c.unit === "ratio" || c.value === null);
  }
  /** The word after "of" in a share. */
  get ofWhat(): string {
    return this.s.word(this.s.next(this.after + 1));
  }
  private ofNp_: NounPhrase | null | undefined;
  /** The noun phrase after a share's "of", or after a figure that opens it ("two-thirds of the 4,300 detainees"). */
  get ofNp(): NounPhrase | null {
    if (this.ofNp_ === undefined) this.ofNp_ = this.s.nounPhrase(this.after + 1, 8, true) ?? this.s.nounPhraseAfterFigure(this.after + 1);
    return this.ofNp_;
  }
  /** The unit of measure after the figure ("metric tons"), for a figure in one. */
  get measure(): string | undefined {
    return this.c.unit === "other" ? this.s.measureAfter(this.c.lastToken) : undefined;
  }
  /** A change noun right after the figure: "a 10 percent increase". */
  get changeNoun(): boolean {
    const np = this.np;
    // Not "1,800 more controllers": "more" there counts, and the noun is the counted.
    return !!np && np.words === 1 && !COUNT_MODIFIERS.has(this.head) && (INCREASE_WORDS.has(this.head) || DECREASE_WORDS.has(this.head));
  }
}

export interface SubjectRule extends AttributeRule {
  /** The subject, "" when the rule decides the figure names nothing, undefined when the rule does not apply. */
  read(f: Figure): string | undefined;
}

const rule = (name: string, why: string, examples: AttributeExample[], read: (f: Figure) => string | undefined): SubjectRule => ({
  name: `subject: ${name}`,
  attribute: "subject",
  why,
  examples,
  read,
});

export const SUBJECT_RULES: readonly SubjectRule[] = [
  rule(
    "a rate with its noun inside",
    "The rate's noun, its base and what the base counts.",
    [
      {
        text: "There were 52 violent victimizations per 1,000 persons.",
        figure: "52 violent victimizations per 1,000",
        expect: "violent victimizations per 1,000 persons",
      },
    ],
    ({ s, c }) => {
      if (!c.rateNoun) return undefined;
      const rate = c.rateOf ?? c;
      const base = s.nounPhrase(rate.lastToken, 3, false);
      const per = s.slice(c.rateNoun.start, rate.end);
      return base ? `${per} ${s.slice(base.start, base.end)}` : per;
    },
  ),
  rule(
    "a figure compared with the one before it",
    "The same thing at another time or for another group.",
    [
      {
        text: "The agency processed 2.3 million passports in March, compared with 1.9 million a year earlier.",
        figure: "1.9 million",
        expect: "passports processed",
      },
    ],
    ({ s, c }) => comparedWith(s, c),
  ),
  rule(
    "the group before a figure in parentheses",
    '"higher for women (29.4 percent)": the figure measures the group.',
    [
      {
        text: "Obesity was higher for rural adults (34.2 percent) compared with urban adults (28.8 percent).",
        figure: "34.2 percent",
        expect: "rural adults",
      },
    ],
    ({ s, c }) => {
      const opened = s.openingParenthesis(c);
      return opened >= 0 ? s.groupBefore(opened) : undefined;
    },
  ),
  rule(
    "a figure in parentheses restates the one before it",
    '"2.12 degrees F (1.18 degrees C)", "$39.8 billion (25.5 percent)": the same thing in another unit.',
    [
      {
        text: "The average temperature was 2.12 degrees F (1.18 degrees C) above normal.",
        figure: "1.18",
        expect: "The average temperature",
      },
    ],
    ({ s, c }) => {
      const opened = s.openingParenthesis(c);
      if (opened < 0) return undefined;
      // The figure before the parenthesis ends at most three words before it: "2.12 degrees F (".
      let j = s.prev(opened);
      for (let n = 0; n < 3 && s.tokens[j]?.kind === "word" && !s.quantityEndsAt(s.tokens[j]!.end); n++) j = s.prev(j);
      if (!s.quantityEndsAt(s.tokens[j]?.end ?? -1)) return undefined;
      return previousSubject(s, c) || undefined;
    },
  ),
  rule(
    "the group a figure is for (13 percent for kindergarten)",
    "With the clause's subject when there is one.",
    [{ text: "Enrollment fell by 6 percent for kindergarten.", figure: "6 percent", expect: "Enrollment for kindergarten" }],
    ({ s, c }) => forGroup(s, c),
  ),
  rule(
    "the part of the group the sentence opens with",
    '"Of the 852 districts, 612 will receive more".',
    [
      {
        text: "Of the state's 852 school districts, 612 will receive more funding.",
        figure: "612",
        expect: "school districts that will receive more funding",
      },
    ],
    ({ s, c, after }) => {
      if (c.unit !== "count" || s.tokens[after]?.kind !== "word") return undefined;
      const group = s.openingGroup();
      const counted = s.quantities[0] !== undefined && s.quantities[0].start < c.start;
      const pronoun = ["those", "these", "them", "which"].includes(s.word(s.next(s.next(0) + 1)));
      if (!group || !(counted || pronoun) || !(AUXILIARIES.has(s.word(after)) || s.finiteVerb(after))) return undefined;
      const rest = s.clauseRest(after, 8);
      return rest ? `${group} ${PEOPLE_NOUNS.has(s.word(s.prev(after))) ? "who" : "that"} ${rest}` : undefined;
    },
  ),
  rule(
    "what a share is said to be (9 percent were robberies)",
    'A share followed by "were" and a noun phrase; with the group the sentence opens with.',
    [
      { text: "Of these, 9 percent were rapes or other sexual assaults.", figure: "9 percent", expect: "rapes or other sexual assaults" },
      { text: "Of the 2,300 applicants, 64% were veterans.", figure: "64%", expect: "applicants who were veterans" },
    ],
    ({ s, c }) => shareIsWhat(s, c),
  ),
  rule(
    "what a share of a group did (45 percent cited cost)",
    "A share followed by its verb: the group the sentence opens with (or is among), and what that part of it did.",
    [
      {
        text: "Of respondents without home broadband, 45 percent cited cost as the main reason.",
        figure: "45 percent",
        expect: "respondents without home broadband who cited cost as the main reason",
      },
      {
        text: "Among adults ages 18 to 29, 91 percent reported using the internet daily.",
        figure: "91 percent",
        expect: "adults ages 18 to 29 who reported using the internet daily",
      },
    ],
    ({ s, c, after }) => {
      if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
      const t = s.tokens[after];
      if (t?.kind !== "word" || !/^[a-z]/.test(t.text) || AUXILIARIES.has(t.lower) || !s.finiteVerb(after)) return undefined;
      // "14 percent aggravated assaults": a participle before a plural noun is an adjective.
      const following = s.next(after + 1);
      if (t.lower.endsWith("ed") && s.tag(following).startsWith("NNS")) return undefined;
      const group = s.openingGroup() ?? s.framing()?.group;
      const did = s.clauseRest(after, 9);
      if (!group || !did) return undefined;
      return partOf(group, did);
    },
  ),
  rule(
    "what the verb of a multiple says changed (doubled)",
    '"Naloxone distribution doubled".',
    [{ text: "Naloxone distribution doubled in two years.", figure: "doubled", expect: "Naloxone distribution" }],
    ({ s, c }) => {
      if (!c.q.multiple || !s.word(c.firstToken).endsWith("ed")) return undefined;
      // "The child poverty rate more than doubled": the bound is the figure's, not the subject's.
      let verb = c.firstToken;
      for (let n = 0; n < 2 && (BOUND_BEFORE.has(s.wordsBefore(verb, 2).join(" ")) || BOUND_BEFORE.has(s.word(s.prev(verb)))); n++) {
        verb = BOUND_BEFORE.has(s.wordsBefore(verb, 2).join(" ")) ? s.prev(s.prev(verb)) : s.prev(verb);
      }
      return s.clauseBefore(verb, false, c) ?? "";
    },
  ),
  rule(
    "a share of the antecedent, with its relative clause",
    '"71.5 percent of whom are from Mexico".',
    [
      {
        text: "Apprehensions of single adults rose to 19,917, 71.5 percent of whom are from Mexico.",
        figure: "71.5 percent",
        expect: "who are from Mexico",
      },
    ],
    (f) => {
      const { s } = f;
      if (!f.shareOf || !(f.ofWhat === "whom" || f.ofWhat === "which") || !s.spokenOf) return undefined;
      const rest = s.clauseRest(s.next(f.after + 1) + 1, 8);
      return rest ? `${s.spokenOf} who ${rest}` : s.spokenOf;
    },
  ),
  rule(
    "a pronoun after 'of' stands for the last subject",
    '"a third of them", with what the sentence says of them.',
    [
      {
        text: "Hospitals treated 12,000 patients for heat illness. Nearly a third of them were outdoor workers.",
        figure: "a third",
        expect: "patients treated for heat illness who were outdoor workers",
      },
    ],
    (f) => {
      const { s } = f;
      if (!f.shareOf || !PRONOUN_OBJECTS.has(f.ofWhat)) return undefined;
      const pronoun = s.next(f.after + 1);
      // "45 percent of those killed were not wearing seat belts": "those" and its participle name the group,
      // unless the last subject names the people they are ("defendants charged", then "of those charged").
      const participle = s.next(pronoun + 1);
      const people = s.spokenOf
        ?.toLowerCase()
        .split(/\s+/)
        .some((w) => PEOPLE_NOUNS.has(w) || ["people", "persons", "individuals", "adults", "residents"].includes(w));
      if (
        f.ofWhat === "those" &&
        !people &&
        s.tokens[participle]?.kind === "word" &&
        (/ed$/.test(s.word(participle)) || PARTICIPLES.has(s.word(participle)) || IRREGULAR_PAST.has(s.word(participle)))
      ) {
        const rest = s.groupPredicate(participle + 1)?.replace(/^.*?\b(?:who|that)\s/, "");
        const group = `those ${s.word(participle)}`;
        return rest ? `${group} who ${rest}` : group;
      }
      if (!s.spokenOf) return undefined;
      // Only what the sentence says of them: "nearly a third of them were outdoor workers" → "who were outdoor workers".
      const described = s.groupPredicate(pronoun + 1)?.replace(/^.*?\b(?:who|that)\s/, "who ");
      return described ? `${s.spokenOf} ${described}` : s.spokenOf;
    },
  ),
  rule(
    "the part of a group the sentence describes, after 'of'",
    "A share of a group, and the predicate that picks the part out.",
    [
      {
        text: "Nearly 40 percent of adults aged 65 and older reported a fall last year.",
        figure: "40 percent",
        expect: "adults aged 65 and older who reported a fall",
      },
    ],
    (f) => {
      // "40 percent of adults aged 65 and older reported a fall": the group after "of" and the predicate that picks the part out.
      const { s } = f;
      if (!f.shareOf || !f.ofNp) return undefined;
      const np = f.ofNp;
      const described =
        s.stoppedAtVerb || s.word(np.endToken) === "aged" || s.tokens[np.endToken]?.kind === "word"
          ? s.groupPredicate(np.endToken)
          : undefined;
      return described ? `${s.slice(np.start, np.end)} ${described}` : undefined;
    },
  ),
  rule(
    "the noun phrase after 'of' (77.5 percent of victims)",
    "A share of a noun phrase.",
    [{ text: "The grants cover 40 percent of the state budget.", figure: "40 percent", expect: "state budget" }],
    (f) => (f.shareOf && f.ofNp ? f.s.withPhrase(f.ofNp) : undefined),
  ),
  rule(
    "what changed (a 10 percent increase in arrests)",
    "A change noun and its object.",
    [{ text: "The city saw a 10 percent increase in arrests.", figure: "10 percent", expect: "arrests" }],
    (f) => {
      const { s } = f;
      if (!f.changeNoun) return undefined;
      const k = s.next(f.after + 1);
      if (!["in", "of"].includes(s.word(k))) return undefined;
      const obj = s.nounPhrase(k + 1, 6, true);
      return obj ? s.withPhrase(obj) : undefined;
    },
  ),
  rule(
    "a restated change measures the figures before it",
    '", a 41% increase over last year".',
    [{ text: "Agents arrested 3,200 people, a 41% increase over last year.", figure: "41%", expect: "people arrested" }],
    (f) => (f.changeNoun ? restatedChange(f.s, f.c.firstToken) : undefined),
  ),
  rule(
    "what the sentence says changed",
    "A change noun with no object: what the sentence says rose or fell.",
    [
      {
        text: "The overall 10 percent increase from January is due to an increase in apprehensions of single adults.",
        figure: "10 percent",
        expect: "apprehensions of single adults",
      },
    ],
    (f) => (f.changeNoun ? changeInSentence(f.s) : undefined),
  ),
  rule(
    "a change that names nothing changed",
    "\"That is a 9 percent increase.\": the change noun is no subject; the sentence's earlier figure, else the paragraph's last subject, says what changed.",
    [{ text: "Hotels booked 2,300 more rooms per night. That is a 9 percent increase.", figure: "9 percent", expect: "rooms" }],
    ({ s, changeNoun }) => (changeNoun ? (s.lastSubject?.subject ?? s.before ?? "") : undefined),
  ),
  rule(
    "a word for a figure takes the sentence's last subject",
    '"last month\'s 2.3 percent figure".',
    [
      {
        text: "The core index was up 2.2 percent, a slight decline from last month's 2.3 percent figure.",
        figure: "2.3 percent",
        expect: "The core index",
      },
    ],
    (f) => (f.np && f.np.words === 1 && VAGUE_HEADS.has(f.head) ? f.s.lastSubject?.subject : undefined),
  ),
  rule(
    "what happened that many times",
    '"deported four times".',
    [{ text: "The man was deported four times before his arrest.", figure: "four", expect: "deported" }],
    (f) => (f.np && f.head === "times" && f.c.unit === "count" ? f.s.clauseSubject(f.c, true) : undefined),
  ),
  rule(
    "what a unit of measure measures (600 pounds of cocaine)",
    'The unit is the figure\'s measure; the subject follows "of".',
    [{ text: "Agents seized 600 pounds of cocaine at the port.", figure: "600", expect: "cocaine" }],
    (f) => {
      const { s, c } = f;
      const measure = f.np ? f.measure : undefined;
      if (!measure) return undefined;
      let end = s.next(c.lastToken);
      while (end < s.tokens.length && s.tokens[end]!.end <= s.tokens[s.next(c.lastToken)]!.start + measure.length) end = s.next(end + 1);
      const obj = s.word(end) === "of" ? s.nounPhrase(end + 1, 6, true) : null;
      return obj ? s.slice(obj.start, obj.end) : undefined;
    },
  ),
  rule(
    "what a figure in a unit of measure is a level of",
    '"rose 1.3 percent to 226.4 billion pounds".',
    [{ text: "Milk production rose 1.3 percent in 2023 to 226.4 billion pounds.", figure: "226.4 billion", expect: "Milk production" }],
    (f) => {
      const { s, np } = f;
      const measure = np ? f.measure : undefined;
      if (!np || !measure || s.slice(np.start, np.end).toLowerCase() !== measure.toLowerCase()) return undefined;
      return s.clauseSubject(f.c) ?? s.lastSubject?.subject;
    },
  ),
  rule(
    "what a verb did to the counted (patients treated for heat stroke)",
    "A count that is a verb's object, with the verb's complement.",
    [
      {
        text: "Hospitals treated 1,240 patients for heat stroke last summer.",
        figure: "1,240",
        expect: "patients treated for heat stroke",
      },
    ],
    (f) => (f.np && f.c.unit === "count" ? objectOfVerb(f.s, f.c, f.np) : undefined),
  ),
  rule(
    "the clause's subject of a figure counted in people",
    '"reached a record high of 143,105 people".',
    [
      {
        text: "Chronic homelessness among individuals reached a record high of 143,105 people.",
        figure: "143,105",
        expect: "Chronic homelessness among individuals",
      },
    ],
    (f) =>
      f.np && f.np.words === 1 && COUNTERS.has(f.head) && f.s.word(f.s.prev(f.c.firstToken)) === "of" ? f.s.clauseSubject(f.c) : undefined,
  ),
  rule(
    "the part of a group the sentence describes",
    "A share or count of a group, and the predicate that picks it out.",
    [
      { text: "More than 1 in 5 US adults over 60 do not get a flu shot.", figure: "1 in 5", expect: "who do not get a flu shot" },
      {
        text: "The state said 31,400 households lost heating assistance.",
        figure: "31,400",
        expect: "households who lost heating assistance",
      },
    ],
    (f) => {
      // "1 in 4 US adults over 50 do not engage in regular physical activity": a share of a group is the part the sentence describes.
      const { s, c, np, head } = f;
      if (!np) return undefined;
      const phrase = f.phrase;
      if (
        MEASURE_UNITS.has(head) ||
        head === "times" ||
        !(c.unit === "percent" || c.unit === "ratio" || PEOPLE_NOUNS.has(s.word(np.endToken - 1)) || PEOPLE_NOUNS.has(s.lastWordOf(np)))
      )
        return undefined;
      const described = s.groupPredicate(np.endToken);
      return described ? `${phrase} ${described}` : undefined;
    },
  ),
  rule(
    "the noun phrase after the figure",
    "The thing counted, with its qualifiers.",
    [{ text: "The city has 142,580 registered voters.", figure: "142,580", expect: "registered voters" }],
    (f) => (f.np && !MEASURE_UNITS.has(f.head) && f.head !== "times" ? f.phrase : undefined),
  ),
  rule(
    "the clause's subject with a unit of measure",
    'A duration or other unit with no "of": the clause\'s subject, the unit beside it.',
    [{ text: "Wait times at the border averaged 45 minutes.", figure: "45", expect: "Wait times at the border" }],
    (f) => {
      if (!f.np) return undefined;
      const phrase = f.phrase;
      const clause = f.s.clauseSubject(f.c);
      return clause ? `${clause} (${phrase})` : phrase;
    },
  ),
  // Every rule below reads a figure with no noun phrase after it: the one above decides any that has one.
  rule(
    "the state a count of people is in (31 million at risk)",
    '"puts 31 million at risk of heart disease".',
    [{ text: "Inactivity puts 31 million at risk of heart disease.", figure: "31 million", expect: "at risk of heart disease" }],
    ({ s, c, after }) => {
      if (
        c.unit !== "count" ||
        !["at", "in", "without"].includes(s.word(after)) ||
        !["risk", "need", "poverty", "danger"].includes(s.word(s.next(after + 1)))
      )
        return undefined;
      return s.clauseRest(after, 8);
    },
  ),
  rule(
    "what the money is ($1.2 billion in new assistance)",
    'Money "in" something is that thing.',
    [
      {
        text: "The secretary announced $1.2 billion in new assistance for dairy producers.",
        figure: "$1.2 billion",
        expect: "new assistance for dairy producers",
      },
    ],
    ({ s, c, after }) => {
      if (c.unit !== "money" || s.word(after) !== "in" || s.inTimePhrase(s.tokens[after]!.start)) return undefined;
      const obj = s.nounPhrase(after + 1, 6, true);
      return obj && !PLACE_HEADS.has(s.word(s.prev(obj.endToken))) ? s.withPhrase(obj) : undefined;
    },
  ),
  rule(
    "what the money is to do ($500 million to hire teachers)",
    'Money "to" a verb names its purpose.',
    [
      {
        text: "The budget provides $500 million to hire 3,000 new teachers.",
        figure: "$500 million",
        expect: "to hire 3,000 new teachers",
      },
    ],
    ({ s, c, after }) =>
      c.unit === "money" && s.word(after) === "to" && s.tag(s.next(after + 1)) === "VB" ? purpose(s, after) : undefined,
  ),
  rule(
    "money for a purpose ($579 million for border security)",
    'Money "for" something.',
    [{ text: "Congress approved $579 million for border security.", figure: "$579 million", expect: "border security" }],
    ({ s, c, after }) => {
      if (c.unit !== "money" || !["for", "in", "to", "on", "into"].includes(s.word(after))) return undefined;
      const obj = s.nounPhrase(after + 1, 6, true);
      const clause = s.clauseSubject(c);
      if (!obj) return undefined;
      return clause ? `${clause}: ${s.word(after)} ${s.slice(obj.start, obj.end)}` : s.slice(obj.start, obj.end);
    },
  ),
  rule(
    "a share of what 'of which' refers to",
    '"of which the federal government paid 69 percent".',
    [
      {
        text: "Spending on the program reached $805 billion, of which the federal government paid 69 percent.",
        figure: "69 percent",
        expect: "share the federal government paid",
      },
    ],
    ({ s, c }) => shareOfWhich(s, c),
  ),
  rule(
    "what a verb of change changes (cut wait times by 30 percent)",
    'The object of a verb of change before "by" or "to".',
    [{ text: "The rule will reduce methane emissions by nearly 80 percent.", figure: "80 percent", expect: "methane emissions" }],
    ({ s, c }) => changedObject(s, c),
  ),
  rule(
    "the noun phrase a figure is set beside (X, at 6.3 million,)",
    "An appositive figure.",
    [{ text: "The number of unemployed persons, at 6.3 million, changed little.", figure: "6.3 million", expect: "unemployed persons" }],
    ({ s, c }) => appositiveOwner(s, c),
  ),
  rule(
    "the noun the figure is 'of' (an average salary of $52,000)",
    'A noun that takes the figure with "of".',
    [{ text: "Teachers earn an average salary of $52,000.", figure: "$52,000", expect: "average salary" }],
    ({ s, c }) => nounBeforeOf(s, c),
  ),
  rule(
    "a level after ', from' or ', to' belongs to the clause before the comma",
    '"Net interest outlays nearly double, from $659 billion in 2023 to $1.6 trillion".',
    [
      {
        text: "Net interest outlays nearly double, from $659 billion in 2023 to $1.6 trillion in 2034.",
        figure: "$659 billion",
        expect: "Net interest outlays",
      },
    ],
    ({ s, c }) => {
      const prep = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
      // A sentence's earlier figure says what the levels are of (the refinement below reads it).
      if (s.lastSubject || !["from", "to"].includes(s.word(prep)) || !s.punct(s.prev(prep), ",")) return undefined;
      return s.subjectOfClauseEndingAt(s.prev(prep));
    },
  ),
  rule(
    "the subject of the clause the figure completes",
    '"Deportations have fallen 70 percent".',
    [{ text: "Deportations have fallen 70 percent since 2015.", figure: "70 percent", expect: "Deportations" }],
    ({ s, c }) => s.clauseSubject(c),
  ),
  rule(
    "the list's lead-in, for a label that is a period",
    '"Encounters by fiscal year:" over "FY2021: 1,734,686".',
    [
      {
        text: "Encounters by fiscal year:\nFY2021: 1,734,686\nFY2022: 2,378,944",
        figure: "1,734,686",
        expect: "Encounters by fiscal year",
      },
    ],
    ({ s, c }) => {
      const label = s.label(c);
      return label && s.shape.inherited.subject && PERIOD_LABEL.test(label) ? s.shape.inherited.subject : undefined;
    },
  ),
  rule(
    "the figure before the parenthesis, or a fact sheet's label",
    '"(4,601 out of 5,939)" shares the subject of the figure before it; "Students served: 48,300".',
    [{ text: "Students served: 48,300", figure: "48,300", expect: "Students served" }],
    ({ s, c }) => previousSubject(s, c) ?? s.label(c) ?? "",
  ),
];

/** A subject and the rule that gave it. */
export interface Reading {
  subject: string;
  rule: string;
}

/**
 * What may change a subject after the rules: a figure that names nothing counts what the one before it
 * counted, a list item's label, a pronoun opening the sentence, the group the
 * sentence opens with (a table cell's labels decide before any of these, in layout.ts). `adds` refinements keep the deciding rule and add their words to its name.
 */
export interface SubjectRefinement {
  name: string;
  why: string;
  adds: boolean;
  examples: AttributeExample[];
  refine(f: Figure, current: Reading, cell: TableCell | undefined): Reading | undefined;
}

export const SUBJECT_REFINEMENTS: readonly SubjectRefinement[] = [
  {
    name: "subject: the sentence's previous figure's",
    why: 'A figure that names nothing counts what the sentence\'s previous figure counted (money and counts do not mix); a level after a change ("rose 3 percent, to $11,250") or a restatement (", or 0.4 percent,") is of the same thing.',
    adds: false,
    examples: [{ text: "Health officials ordered 9,000 doses, and 2,000 more in May.", figure: "2,000", expect: "doses ordered" }],
    refine({ s, c }, { subject }) {
      const last = s.lastSubject;
      if (!last) return undefined;
      let before = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
      // "rose to a record $456.4 billion": the words between "to" and a level.
      for (let n = 0; n < 3 && LEVEL_WORDS.has(s.word(before)); n++) before = s.prev(before);
      // ", up 4 percent from 2024", ", or 0.4 percent,": a change or a restatement of the figure before it.
      const restates = ["up", "down", "or"].includes(s.word(before)) && s.punct(s.prev(before), ",");
      const level =
        restates || ["to", "from"].includes(s.word(before)) || (c.unit === "percent" && COMPARED.has(s.word(s.next(c.lastToken))));
      if ((!subject || (restates && subject === last.subject)) && (level || last.money === (c.unit === "money")))
        return { subject: last.subject, rule: this.name };
      return undefined;
    },
  },
  {
    name: ", with the list item's label",
    why: '"• Alaska: $73 million to connect 6,012 people": a list item\'s label says whose figure it is.',
    adds: true,
    examples: [{ text: "Grants by state:\n• Alaska: $73 million to connect 6,012 people", figure: "$73 million", expect: "Alaska" }],
    refine({ s, c }, { subject, rule }, cell) {
      const label = cell ? undefined : s.itemLabel(c);
      if (!label || subject.toLowerCase().includes(label.toLowerCase())) return undefined;
      return { subject: subject ? `${label}: ${subject}` : label, rule: `${rule}${this.name}` };
    },
  },
  {
    name: "subject: a pronoun opening the sentence stands for the paragraph's last subject",
    why: '"That is 2 million more than …".',
    adds: false,
    examples: [
      {
        text: "The Lifeline answered 5 million calls. That is 2 million more than the old number.",
        figure: "2 million",
        expect: "calls answered",
      },
    ],
    refine({ s }, { subject }) {
      if (subject || !s.before || !/^["“‘']?(?:That|This|It|These|Those)\b/.test(s.text.slice(s.sentence.start, s.sentence.start + 7)))
        return undefined;
      return { subject: s.before, rule: this.name };
    },
  },
  {
    name: ", within the group the sentence opens with",
    why: '"Among young adults aged 18 to 25, the rate was 36.2 percent": the group or part the sentence opens with narrows its figures.',
    adds: true,
    examples: [
      {
        text: "Among young adults aged 18 to 25, the rate was 36.2 percent.",
        figure: "36.2 percent",
        expect: "young adults aged 18 to 25",
      },
    ],
    refine(f, { subject, rule }, cell) {
      const { s } = f;
      const framing = cell ? undefined : s.framing();
      // "In 31 states, …": the figure inside the frame is not narrowed by it.
      if (!framing || f.c.start < framing.end || subject.toLowerCase().includes(framing.group.toLowerCase())) return undefined;
      return { subject: subject ? `${subject} ${framing.phrase}` : framing.group, rule: `${rule}${this.name}` };
    },
  },
];

/** What a figure measures, the rule behind it, after the rules and the refinements; remembered for the sentence's next figures. */
export function describeSubject(s: Sentence, c: Candidate, cell: TableCell | undefined): Reading {
  // A table cell's row label and column header say what it measures (layout.ts reads them and names the rule).
  if (cell?.subject) return remember(s, c, { subject: cell.subject, rule: cell.rule });
  let reading = readSubject(s, c);
  const f = new Figure(s, c);
  for (const r of SUBJECT_REFINEMENTS) reading = r.refine(f, reading, cell) ?? reading;
  return remember(s, c, reading);
}

/** The sentence's next figures may count what this one counts. */
function remember(s: Sentence, c: Candidate, reading: Reading): Reading {
  if (reading.subject) s.lastSubject = { subject: reading.subject, money: c.unit === "money" };
  return reading;
}

/** The subject the rules read for a figure, and the rule that decided. */
function readSubject(s: Sentence, c: Candidate): { subject: string; rule: string } {
  // "10,000,000+ scheduled passenger flights": the plus is the figure's bound, not a stop.
  const widened = !c.rateNoun && s.punct(c.lastToken, "+*") && s.glued(c.lastToken) ? { ...c, lastToken: c.lastToken + 1 } : c;
  const f = new Figure(s, widened);
  for (const r of SUBJECT_RULES) {
    const subject = r.read(f);
    if (subject !== undefined) return { subject, rule: r.name };
  }
  return { subject: "", rule: SUBJECT_RULES[SUBJECT_RULES.length - 1]!.name };
}

/** The part of a group a predicate picks out: "applicants who were veterans", "those who lost coverage and were disenrolled". */
function partOf(group: string, predicate: string): string {
  if (/\b(?:who|that)\b/.test(group)) return `${group} and ${predicate}`;
  // People are "who", whether the group's noun comes first ("respondents without home broadband") or last.
  const words = group.toLowerCase().split(" ");
  const people = [words[0]!, words[words.length - 1]!].some(
    (w) => PEOPLE_NOUNS.has(w) || ["adults", "respondents", "people", "residents", "individuals"].includes(w),
  );
  return `${group} ${people ? "who" : "that"} ${predicate}`;
}

/** "13 percent for prekindergarten and kindergarten": the group after "for" or "among", up to the clause's end. */
function forGroup(s: Sentence, c: Candidate): string | undefined {
  if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
  let at = s.next(c.lastToken);
  if (s.word(at) === "each") at = s.next(at + 1);
  const prep = s.word(at);
  if (prep !== "for" && prep !== "among") return undefined;
  const start = s.next(at + 1);
  let end = -1;
  for (let j = start, n = 0; j < s.tokens.length && n < 10; j = s.next(j + 1), n++) {
    const t = s.tokens[j]!;
    if (t.kind === "punct" && !"-–’'".includes(t.text)) break;
    // "… and by 3 percent for grades 1–8": a coordinated figure ends the group.
    if (
      (t.lower === "and" || t.lower === "or") &&
      (["by", "in", "for", "from", "to", "a", "an"].includes(s.word(s.next(j + 1))) || s.tokens[s.next(j + 1)]?.kind === "num")
    )
      break;
    if (
      t.kind === "word" &&
      (t.lower === "compared" || t.lower === "than" || t.lower === "while" || t.lower === "whereas" || SAYING.has(t.lower))
    )
      break;
    end = j;
  }
  if (end < 0 || s.tokens[start]?.kind !== "word") return undefined;
  const group = s.slice(s.tokens[start]!.start, s.tokens[end]!.end);
  // "Public school enrollment decreased by 13 percent for …": with what the figure measures.
  const clause = s.clauseSubject(c);
  return clause ? `${clause} for ${group}` : group;
}

/** "Of these, 9 percent were rapes": a share followed by "were" and a noun phrase is that noun phrase. */
function shareIsWhat(s: Sentence, c: Candidate): string | undefined {
  if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
  const verb = s.next(c.lastToken);
  if (!["were", "was", "are", "is"].includes(s.word(verb))) return undefined;
  const group = s.openingGroup();
  // "Of the 900 cases reviewed, 60 percent were dismissed", "Of those cases, 65 percent were in children":
  // what the share of the group is said to be.
  if (group) {
    const rest = s.clauseRest(verb, 8);
    if (rest) return partOf(group, rest);
  }
  const np = s.nounPhrase(verb + 1, 6, true);
  if (!np || np.words === 0) return undefined;
  // Not an adjective or a participle ("were inactive", "were arrested").
  const first = s.word(s.next(verb + 1));
  if (/(?:ed|ive|ble)$/.test(first)) return undefined;
  let end = np.end;
  // "rapes or other sexual assaults"
  const or = s.next(np.endToken);
  if (s.word(or) === "or" || s.word(or) === "and") {
    const more = s.nounPhrase(or + 1, 5, true);
    if (more) end = more.end;
  }
  return s.slice(np.start, end);
}

/**
 * "completed 4,812 inspections", "treated 1,240 patients for heat stroke": a count that is the
 * object of a regular past verb reads as the noun and the verb's participle, with its complement.
 */
function objectOfVerb(s: Sentence, c: Candidate, np: { start: number; end: number; endToken: number }): string | undefined {
  let v = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
  // Over a bound: "treated more than 1,200 patients".
  for (
    let n = 0;
    n < 3 &&
    (BOUND_LAST_WORDS.has(s.word(v)) ||
      ["than", "more", "fewer", "over", "about", "nearly", "almost", "roughly", "approximately", "around", "some", "least", "at"].includes(
        s.word(v),
      ));
    n++
  )
    v = s.prev(v);
  // "taken into custody 336 individuals": the verb's complement may stand before the figure.
  let complement = "";
  if (!s.word(v).endsWith("ed") && ["into", "in", "to", "under"].includes(s.word(s.prev(v)))) {
    const verb = s.prev(s.prev(v));
    if ((s.tokens[verb]?.kind === "word" && PARTICIPLES.has(s.word(verb))) || s.word(verb).endsWith("ed")) {
      complement = ` ${s.slice(s.tokens[s.prev(v)]!.start, s.tokens[v]!.end)}`;
      v = verb;
    }
  }
  const w = s.word(v);
  if (!(w.endsWith("ed") || PARTICIPLES.has(w)) || w.length < 4 || !/^[a-z]/.test(s.tokens[v]!.text)) return undefined;
  if (INCREASE_WORDS.has(w) || DECREASE_WORDS.has(w) || OBJECT_VERBS.has(w) || SAYING.has(w) || BOUND_BEFORE.has(w) || NOT_ACTIONS.has(w))
    return undefined;
  const tag = s.tag(v);
  // A word the tagger does not know ("disenrolled") is a verb when a noun stands before it.
  if (tag !== "VBD" && tag !== "VBN" && !(w.endsWith("ed") && s.tag(s.prev(v)).startsWith("NN"))) return undefined;
  if (s.stoppedAtVerb) return undefined;
  // The noun's own "of" or "with": "illegal aliens with criminal convictions".
  let end = np.end;
  let prep = s.next(np.endToken);
  if (["of", "with"].includes(s.word(prep))) {
    const own = s.nounPhrase(prep + 1, 5, true);
    if (own) {
      end = own.end;
      prep = s.next(own.endToken);
    }
  }
  let text = `${s.slice(np.start, end)} ${w}${complement}`;
  // The verb's complement: "for heat stroke", "into custody" — not a period ("in 2023") nor a place ("at the port").
  const p = s.word(prep);
  if (["for", "into", "from", "by", "under", "against", "on"].includes(p) && !s.inTimePhrase(s.tokens[prep]!.start)) {
    const obj = s.nounPhrase(prep + 1, 5, true);
    if (obj) text += ` ${p} ${s.slice(obj.start, obj.end)}`;
  }
  return text;
}

/** "…, of which the federal government paid 69 percent": the antecedent's share, and who or what took it. */
function shareOfWhich(s: Sentence, c: Candidate): string | undefined {
  if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
  for (let j = s.prev(c.firstToken), n = 0; j > 0 && n < 10; j = s.prev(j), n++) {
    if (s.tokens[j]!.kind === "punct") return undefined;
    if (!["which", "whom"].includes(s.word(j)) || s.word(s.prev(j)) !== "of") continue;
    const antecedent = s.lastSubject?.subject ?? s.spokenOf;
    if (!antecedent) return undefined;
    const between = s.slice(s.tokens[s.next(j + 1)]!.start, s.tokens[s.prev(c.firstToken)]!.end);
    return `${antecedent}: share ${between}`.replace(/\s+(?:about|nearly|roughly|almost|over|more than)$/, "");
  }
  return undefined;
}

/** "to hire 3,000 new teachers": the purpose after "to", up to the clause's end (figures kept). */
function purpose(s: Sentence, to: number): string | undefined {
  let last = -1;
  for (let j = s.next(to + 1), n = 0; j < s.tokens.length && n < 10; j = s.next(j + 1), n++) {
    const t = s.tokens[j]!;
    if (t.kind === "punct" && !"-’',".includes(t.text)) break;
    if (t.kind === "punct" && t.text === "," && s.tokens[s.next(j + 1)]?.kind !== "num") break;
    if (t.kind === "word" && (t.lower === "and" || t.lower === "but") && s.finiteVerb(s.next(j + 1))) break;
    last = j;
  }
  return last < 0 ? undefined : s.slice(s.tokens[to]!.start, s.tokens[last]!.end);
}

/**
 * "reduce methane emissions from oil and gas operations by nearly 80 percent", "raises the minimum
 * teacher salary to $45,000", "We cut wait times by 30 percent": the object of a verb of change.
 */
function changedObject(s: Sentence, c: Candidate): string | undefined {
  let by = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
  // Over a bound ("by nearly 80 percent"), but "to" itself may end one ("up to").
  for (
    let n = 0;
    n < 3 &&
    s.word(by) !== "by" &&
    s.word(by) !== "to" &&
    (BOUND_LAST_WORDS.has(s.word(by)) || ["than", "about", "nearly", "almost", "roughly"].includes(s.word(by)));
    n++
  )
    by = s.prev(by);
  if (s.word(by) !== "by" && s.word(by) !== "to") return undefined;
  for (let j = s.prev(by), n = 0; j >= 0 && n < 10; j = s.prev(j), n++) {
    const t = s.tokens[j]!;
    if (t.kind === "punct" && !"-’'".includes(t.text)) return undefined;
    if (t.kind !== "word") continue;
    if (!(
      CHANGE_VERBS.has(t.lower) ||
      ((INCREASE_WORDS.has(t.lower) || DECREASE_WORDS.has(t.lower)) &&
        s.finiteVerb(j) &&
        !/^(?:up|down|more|less|higher|lower)$/.test(t.lower))
    ))
      continue;
    const object = s.nounPhrase(j + 1, 8, true);
    if (!object || object.start >= s.tokens[by]!.start) return undefined;
    const end = s.withPhrase(object);
    return end.length > 0 ? end : undefined;
  }
  return undefined;
}

/** "The number of unemployed persons, at 6.3 million, changed little": the phrase before ", at". */
function appositiveOwner(s: Sentence, c: Candidate): string | undefined {
  const at = s.prev(c.firstToken);
  if (s.word(at) !== "at" || !s.punct(s.prev(at), ",")) return undefined;
  // "Pedestrian deaths remain near a 40-year high, at 7,318": the subject of the clause's verb.
  const subject = s.subjectOfClauseEndingAt(s.prev(at));
  return subject?.replace(/^(?:the\s+)?(?:total\s+)?(?:number|amount|count)\s+of\s+/i, "") || undefined;
}

/** "an increase in apprehensions of single adults": what the sentence says rose or fell. */
function changeInSentence(s: Sentence): string | undefined {
  for (let j = 0; j < s.tokens.length; j++) {
    const w = s.word(j);
    if (!(INCREASE_WORDS.has(w) || DECREASE_WORDS.has(w)) || !["a", "an", "the"].includes(s.word(s.prev(j)))) continue;
    const k = s.next(j + 1);
    if (s.word(k) !== "in") continue;
    const obj = s.nounPhrase(k + 1, 6, true);
    if (obj) return s.withPhrase(obj);
  }
  return undefined;
}

/** "an average salary of $52,000": the noun a figure is "of", read leftwards (at most four words). */
function nounBeforeOf(s: Sentence, c: Candidate): string | undefined {
  let of = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
  // Over a bound: "a decrease of about 15 percent", "a combined cost of at least $92.9 billion".
  for (
    let n = 0;
    n < 3 &&
    s.word(of) !== "of" &&
    (BOUND_BEFORE.has(s.word(of)) || BOUND_LAST_WORDS.has(s.word(of)) || ["at", "least", "most", "than"].includes(s.word(of)));
    n++
  )
    of = s.prev(of);
  if (s.word(of) !== "of") return undefined;
  let first = -1;
  const last = s.prev(of);
  for (let j = last, n = 0; j >= 0 && n < 4; j = s.prev(j), n++) {
    const t = s.tokens[j]!;
    if (t.kind !== "word" || NP_STOP.has(t.lower) || DETERMINERS.has(t.lower) || BOUND_BEFORE.has(t.lower)) break;
    first = j;
  }
  if (first < 0) return undefined;
  const head = s.word(last);
  // "a decline of 20 percent" restates the figures before it; "the average monthly gain of 58,000" is that gain.
  if (INCREASE_WORDS.has(head) || DECREASE_WORDS.has(head))
    return restatedChange(s, first) ?? (first < last ? s.slice(s.tokens[first]!.start, s.tokens[last]!.end) : undefined);
  // "down from a peak of 94 million": the peak of what the sentence's last figure measured.
  if (VAGUE_HEADS.has(head)) return s.lastSubject?.subject;
  if (MEASURE_UNITS.has(head)) return undefined;
  return s.slice(s.tokens[first]!.start, s.tokens[last]!.end);
}

/**
 * "thefts dropped from 500 to 400, a decline of 20 percent": a change set off by a comma (or a dash) restates
 * the figures before it, and measures what they measure. `opening` is the token after the article:
 * the change word, or the figure ("a 627% increase").
 */
function restatedChange(s: Sentence, opening: number): string | undefined {
  const article = s.prev(opening);
  if (!["a", "an"].includes(s.word(article)) || !s.punct(s.prev(article), ",—–(")) return undefined;
  // The sentence's last claim, when there is one: the nearest number may be no claim ("K-12").
  if (s.lastSubject) return s.lastSubject.subject;
  const q = s.quantities[lastIndexBefore(s.quantities, s.tokens[article]!.start)];
  return q ? readSubject(s, single(s, q)).subject || undefined : undefined;
}
/**
 * "compared with 1.9 million a year earlier", "compared to 3.4 percent for nonveterans": the
 * sentence's last subject, with the group after "for" in place of its own.
 */
function comparedWith(s: Sentence, c: Candidate): string | undefined {
  const base = s.lastSubject?.subject;
  if (!base) return undefined;
  let prep = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
  if (BOUND_LAST_WORDS.has(s.word(prep)) && !["with", "to"].includes(s.word(prep))) prep = s.prev(prep);
  const w = s.word(prep);
  const compared = ((w === "with" || w === "to") && s.word(s.prev(prep)) === "compared") || w === "versus" || w === "vs";
  if (!compared) return undefined;
  const after = s.next(c.lastToken);
  if (s.word(after) === "for" || s.word(after) === "among") {
    const group = s.nounPhrase(after + 1, 5, true);
    const at = base.search(/\s(?:for|among)\s/);
    if (group && at > 0) return `${base.slice(0, at)} ${s.word(after)} ${s.slice(group.start, group.end)}`;
  }
  return base;
}

function previousSubject(s: Sentence, c: Candidate): string | undefined {
  // Only a short look back: per-claim work must not grow with the sentence.
  const from = Math.max(s.sentence.start, c.start - 80);
  const between = s.text.slice(from, c.start);
  const open = between.lastIndexOf("(");
  if (open < 0 || between.indexOf(")", open) >= 0) return undefined;
  // The figure just before the parenthesis names what both count.
  const at = from + open;
  const q = s.quantities[lastIndexBefore(s.quantities, at)];
  if (!q || at - q.end > 80) return undefined;
  // That figure may itself have borrowed its subject ("$2.1 billion (3.7 percent) more"): take it as described.
  return readSubject(s, single(s, q)).subject || s.lastSubject?.subject || undefined;
}
