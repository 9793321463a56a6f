/**
 * Rules that say a number is not a claim, as named records: each says why, with examples that run
 * as tests (lib/claims/rules/rules.test.ts). A linguist adds a rule here with its examples; the
 * engine tries them in order after its own older checks (SentenceContext.notAClaim), and
 * `claims extract --explain` names the rule behind every number it drops.
 */
import type { Quantity } from "../numbers";
import type { TokenView } from "./view";

export interface RuleExample {
  /** A short text holding the figure. */
  text: string;
  /** The figure as written in the text: the rule must drop it (or, in `keeps`, must not). */
  figure: string;
}

export interface NotAClaimRule {
  name: string;
  /** Why such a number is not a claim, for the next linguist. */
  why: string;
  /** Texts where the rule drops the figure. */
  examples: RuleExample[];
  /** Texts where a look-alike figure is a claim and the rule must leave it. */
  keeps: RuleExample[];
  test(v: TokenView, q: Quantity): boolean;
}

const PEOPLE = new Set([
  "adults", "people", "persons", "children", "youth", "youths", "teens", "teenagers", "residents", "women", "men",
  "those", "individuals", "students", "workers", "americans", "patients", "girls", "boys", "seniors", "anyone",
  "everyone", "drivers", "victims", "respondents", "veterans", "parents", "voters", "now",
]);
const OLDER = new Set(["older", "over", "up", "above", "younger", "under", "below", "less"]);
const THRESHOLDS = new Set(["under", "below", "over", "above", "least", "than", "exceeding"]);
const REFERENCE_WORDS = new Set(["figure", "fig", "table", "chart", "exhibit", "appendix", "page", "pages", "slide", "footnote", "note", "endnote", "map", "graph"]);
const RANKING = new Set(["leading", "top", "main", "major", "primary", "key", "largest", "biggest", "most", "principal", "following", "remaining", "other"]);
const DASHES = "-–—";

/** The number of a range's other end: "1–8" gives the "1" for the "8". */
function rangeStart(v: TokenView, q: Quantity): number {
  const dash = q.firstToken - 1;
  if (!v.punct(dash, DASHES) && v.word(v.prev(q.firstToken)) !== "through" && v.word(v.prev(q.firstToken)) !== "to") return -1;
  const before = v.prev(q.firstToken);
  const other = v.tokens[before]?.kind === "num" ? before : v.tokens[v.prev(before)]?.kind === "num" ? v.prev(before) : -1;
  return other;
}

/** The first token of the number or range ending at token `last` (a num token): "50-64" gives the 50. */
function firstOfRange(v: TokenView, i: number): number {
  let first = i;
  const dash = first - 1;
  if (v.punct(dash, DASHES) && v.tokens[dash - 1]?.kind === "num") first = dash - 1;
  else if (v.word(v.prev(first)) === "through" || v.word(v.prev(first)) === "to") {
    const other = v.prev(v.prev(first));
    if (v.tokens[other]?.kind === "num") first = other;
  }
  // A number with thousands separators starts further left: only digits and commas.
  while (v.tokens[first - 1]?.kind === "punct" && v.tokens[first - 1]!.text === "," && v.glued(first) && v.tokens[first - 2]?.kind === "num" && v.glued(first - 1)) first -= 2;
  return first;
}

export const NOT_A_CLAIM_RULES: readonly NotAClaimRule[] = [
  {
    name: "scale note (in millions of dollars)",
    why: "A table's or chart's note of its unit (\"(in thousands)\", \"in millions of dollars\") scales other figures; it is none itself.",
    examples: [
      { text: "Spending by program (in millions of dollars)", figure: "millions" },
      { text: "Grants to states, in billions of dollars", figure: "billions" },
    ],
    keeps: [{ text: "The agency spent millions of dollars on overtime.", figure: "millions" }],
    test(v, q) {
      if (q.value !== null) return false;
      const before = v.word(v.prev(q.firstToken));
      if (before !== "in") return false;
      const opened = v.punct(v.prev(v.prev(q.firstToken)), "(,");
      const closed = q.lastToken >= v.tokens.length || v.punct(v.next(q.lastToken), ")") || v.word(v.next(q.lastToken)) === "of";
      return opened && closed;
    },
  },
  {
    name: "year span (2020–21)",
    why: "A school or fiscal year written as a span dates the figures; its second half counts nothing.",
    examples: [
      { text: "Enrollment fell in the 2020–21 school year.", figure: "21" },
      { text: "Public school enrollment in SY 2020-21 was lower.", figure: "21" },
    ],
    keeps: [{ text: "Scores rose from 80-90 percent.", figure: "90 percent" }],
    test(v, q) {
      if (!q.bareInteger) return false;
      const dash = q.firstToken - 1;
      const year = v.tokens[dash - 1];
      return v.punct(dash, "-–/") && v.glued(q.firstToken) && year?.kind === "num" && year.text.length === 4 && /^(?:1[89]|20)/.test(year.text) && v.glued(dash) && q.end - q.start <= 4;
    },
  },
  {
    name: "grade levels (grades 9–12)",
    why: "Grades name a group of students, not a figure.",
    examples: [
      { text: "Enrollment increased by 0.4 percent for grades 9–12.", figure: "9" },
      { text: "Enrollment increased by 0.4 percent for grades 9–12.", figure: "12" },
      { text: "Students in grade 3 improved.", figure: "3" },
    ],
    keeps: [{ text: "Enrollment fell by 3 percent for grades 1–8.", figure: "3 percent" }],
    test(v, q) {
      if (!q.bareInteger || (q.value ?? 99) > 12) return false;
      const first = rangeStart(v, q);
      const lead = v.word(v.prev(first >= 0 ? first : q.firstToken));
      return lead === "grade" || lead === "grades" || lead === "kindergarten";
    },
  },
  {
    name: "age group (adults 50-64 years, 65 or older)",
    why: "An age that names a group (\"people 65-74 years\", \"12 through 15 years old\", \"75 years and older\") is who is counted, not what.",
    examples: [
      { text: "Overdose deaths among adults aged 25 to 34 decreased 8.2 percent.", figure: "25 to 34" },
      { text: "Inactivity was 25.4 percent for adults 50-64 years.", figure: "50" },
      { text: "Inactivity was 25.4 percent for adults 50-64 years.", figure: "64" },
      { text: "It was 35.3 percent for people 75 years and older.", figure: "75" },
      { text: "The risk fell to 1 in 179 for those 65 or older.", figure: "65" },
      { text: "Those 12 through 15 years old had the greatest risk.", figure: "12 through 15" },
      { text: "More than 1 in 4 US adults over 50 do not exercise.", figure: "50" },
      { text: "Crimes among residents 12 years old and older were counted.", figure: "12" },
    ],
    keeps: [
      { text: "The program served 1,200 people over two years.", figure: "1,200" },
      { text: "Over 50 people were arrested.", figure: "50" },
    ],
    test(v, q) {
      if (!q.bareInteger && !(q.kind === "number" && !q.scaled && !q.spelled)) return false;
      if (q.value === null || q.value > 120 || q.value < 1) return false;
      const after = v.next(q.lastToken);
      const a1 = v.word(after);
      const a2 = v.word(v.next(after + 1));
      const a3 = v.word(v.next(v.next(after + 1) + 1));
      // "… years old", "… years of age", "… years and older", "… or older", "… and over".
      if ((a1 === "years" || a1 === "year") && (a2 === "old" || a2 === "of" && a3 === "age" || (a2 === "and" || a2 === "or") && OLDER.has(a3))) return true;
      if ((a1 === "or" || a1 === "and") && OLDER.has(a2) && a2 !== "less") return true;
      // "adults 50-64 years", "people 65-74 years", "adults over 50 do not …": a number right after a group.
      const first = firstOfRange(v, q.firstToken);
      let lead = v.prev(first);
      // "adults aged 25 to 34": an age, whatever follows it.
      if ((v.word(lead) === "aged" || v.word(lead) === "ages") && PEOPLE.has(v.word(v.prev(lead)))) return true;
      if (v.word(lead) === "over" || v.word(lead) === "under" || v.word(lead) === "aged" || v.word(lead) === "ages") lead = v.prev(lead);
      if (!PEOPLE.has(v.word(lead))) return false;
      return a1 === "years" || a1 === "and" || v.tokens[after]?.kind !== "word" || v.word(v.prev(first)) === "over" || v.word(v.prev(first)) === "under";
    },
  },
  {
    name: "income bracket (incomes of $75,000 or more)",
    why: "An income that names a group of households is who is counted, not a figure about them.",
    examples: [
      { text: "People in households with a yearly income of under $7,500 were more likely to fall victim.", figure: "$7,500" },
      { text: "They were compared with people in households with incomes of $75,000 or more.", figure: "$75,000" },
    ],
    keeps: [{ text: "Median household income rose to $74,580 in 2023.", figure: "$74,580" }],
    test(v, q) {
      const before = v.wordsBefore(q.firstToken - (v.punct(q.firstToken - 1, "$") ? 1 : 0), 7);
      const income = before.findIndex((w) => w === "income" || w === "incomes" || w === "earnings");
      if (income < 0 || !before.slice(0, income).some((w) => w === "with" || w === "households" || w === "families")) return false;
      const after = v.next(q.lastToken);
      const threshold = THRESHOLDS.has(before[before.length - 1] ?? "") || (v.word(after) === "or" && ["more", "less", "above", "below", "higher", "lower"].includes(v.word(v.next(after + 1))));
      return threshold;
    },
  },
  {
    name: "rate base on its own (crimes per 1,000)",
    why: "\"per 1,000\" with no figure before it says how a rate is expressed, not a figure.",
    examples: [{ text: "Expressed as the number of crimes per 1,000, there were fewer victims.", figure: "1,000" }],
    keeps: [{ text: "There were 52 violent victimizations per 1,000 persons.", figure: "52 violent victimizations per 1,000" }],
    test(v, q) {
      return v.word(v.prev(q.firstToken)) === "per" && q.value !== null && q.value >= 100 && /^10+$/.test(String(q.value));
    },
  },
  {
    name: "page marker (- 2 -)",
    why: "A page number printed between dashes in a text copied from print.",
    examples: [{ text: "The estimates were the first from a redesigned - 2 - survey of crime.", figure: "2" }],
    keeps: [{ text: "Scores rose 5 - 10 percent.", figure: "5 - 10 percent" }],
    test(v, q) {
      if (!q.bareInteger) return false;
      const before = v.prev(q.firstToken);
      const after = v.next(q.lastToken);
      return v.punct(before, DASHES) && v.punct(after, DASHES) && v.tokens[q.firstToken - 1]?.kind === "space" && v.tokens[v.prev(before)]?.kind !== "num" && v.tokens[v.next(after + 1)]?.kind !== "num";
    },
  },
  {
    name: "reference to a figure, table or page (figure 1)",
    why: "\"(figure 1)\", \"see table 3\", \"page 12\" point at part of a document.",
    examples: [
      { text: "The largest decreases were in Vermont (figure 1).", figure: "1" },
      { text: "See table 3 for details.", figure: "3" },
    ],
    keeps: [{ text: "The table lists 3,400 schools.", figure: "3,400" }],
    test(v, q) {
      return q.bareInteger && REFERENCE_WORDS.has(v.word(v.prev(q.firstToken))) && (q.value ?? 999) < 1000;
    },
  },
  {
    name: "footnote marker ([2], (OFO)1)",
    why: "A small number in brackets or glued to the end of a word or bracket marks a footnote.",
    examples: [
      { text: "The deficit was 4.6 percent of GDP.[2] It rose.", figure: "2" },
      { text: "Office of Field Operations (OFO)1 | 216,370 |", figure: "1" },
    ],
    keeps: [{ text: "The agency made 1,200 arrests [in 2023].", figure: "1,200" }],
    test(v, q) {
      if (!q.bareInteger || (q.value ?? 100) > 99) return false;
      if (v.punct(q.firstToken - 1, "[") && v.punct(q.lastToken, "]")) return true;
      const before = v.tokens[q.firstToken - 1];
      const glued = before !== undefined && v.glued(q.firstToken) && (before.kind === "word" ? /[a-z]$/.test(before.text) && before.text.length > 2 : before.kind === "punct" && ")]".includes(before.text));
      const after = v.tokens[q.lastToken];
      return glued && (after === undefined || after.kind === "space" || (after.kind === "punct" && !"-–%.,".includes(after.text)));
    },
  },
  {
    name: "count that enumerates (the 10 leading causes)",
    why: "A count that only announces a list (\"the four leading causes\", \"four sectors—industrial, transportation, …\") measures nothing.",
    examples: [
      { text: "Most Americans die from the 10 leading causes of death.", figure: "10" },
      { text: "Consumption in four U.S. end-use sectors—industrial, transportation, residential, and commercial—includes losses.", figure: "four" },
    ],
    keeps: [{ text: "The county's 10 largest employers added 4,000 jobs.", figure: "4,000" }],
    test(v, q) {
      if (!(q.bareInteger || (q.spelled && !q.scaled)) || (q.value ?? 100) > 20) return false;
      const after = v.next(q.lastToken);
      if (v.word(v.prev(q.firstToken)) === "the" && RANKING.has(v.word(after))) return true;
      // A noun phrase, then a dash or colon and a list of three or more.
      const rest = v.text.slice(v.tokens[q.lastToken - 1]!.end, Math.min(v.sentence.end, v.tokens[q.lastToken - 1]!.end + 160));
      return /^\s+(?:[\w.’'-]+\s+){0,3}[\w.’'-]+\s*[—–:]\s*[\w -]+,\s*[\w -]+,\s*(?:and\s+|or\s+)?[\w -]+/.test(rest);
    },
  },
];
