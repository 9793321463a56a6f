/**
 * Rules that say a number is not a claim, as named records: each says why, with examples that run
 * as tests (lib/claims/rules/rules.test.ts). A linguist adds a rule here with its examples; the
 * engine tries them in order after its own older checks (SentenceContext.notAClaim), and
 * `claims extract --explain` names the rule behind every number it drops.
 */
import { PEOPLE_NOUNS } from "../lexicon";
import type { Quantity } from "../numbers";
import type { TokenView } from "./view";
import type { Sentence } from "../sentence";
import { lastIndexBefore } from "../sentence";
import { findTimePhrases } from "../time";
import { BOUND_BEFORE, DESCRIPTOR_UNITS, IDENTIFIER_WORDS, MONTHS, NP_STOP, PERIOD_LEADS, PERIOD_WORDS, RELATIVE_TIME, SERVICE_NUMBERS, SERVICE_NUMBER_NEIGHBOURS, STREET_WORDS, YEAR_EDITIONS, YEAR_LEADS } from "../lexicon";


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

/** Who an age can name: the people nouns, and "those", "now" ("are now over 18"). */
const PEOPLE: ReadonlySet<string> = new Set([...PEOPLE_NOUNS, "those", "anyone", "everyone", "youths", "now"]);
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

export function isYear(s: Sentence, q: Quantity): boolean {
  if (!q.bareInteger || q.value === null || q.value < 1800 || q.value > 2100) return false;
  const t = s.tokens[q.firstToken]!;
  if (t.text.length !== 4) return false;
  const before = s.word(s.prev(q.firstToken));
  if (s.punct(q.firstToken - 1, "$")) return false;
  const after = s.next(q.lastToken);
  const afterWord = s.word(after);
  const countable = afterWord.length > 3 && afterWord.endsWith("s") && !MONTHS.has(afterWord) && !NP_STOP.has(afterWord);
  if (countable && !YEAR_LEADS.has(before) && !MONTHS.has(before) && !YEAR_EDITIONS.has(afterWord)) return false;
  return true;
}

/** The name of the rule that says the quantity is not a claim, or undefined when none does. */
export function notAClaim(s: Sentence, q: Quantity): string | undefined {
  if (q.dotted) return "dotted identifier";
  if (q.lonelyOne) return "a lone 'one' counts nothing";
  if (isYear(s, q)) return "year";
  if (s.inUrl(q)) return "inside a URL or e-mail address";
  const first = s.tokens[q.firstToken]!;
  const prevIdx = s.prev(q.firstToken);
  const prevTok = s.tokens[prevIdx];
  const prevWord = s.word(prevIdx);
  const nextIdx = s.next(q.lastToken);
  const nextTok = s.tokens[nextIdx];
  const nextWord = s.word(nextIdx);
  const small = q.bareInteger && q.value !== null && q.value >= 0 && q.value <= 31;
  // Days of the month: "September 30", "May 4, 2021", "4 May".
  if (small && (MONTHS.has(prevWord) || (s.punct(prevIdx, ".") && MONTHS.has(s.word(prevIdx - 1))) || MONTHS.has(nextWord))) {
    const monthTok = MONTHS.has(nextWord) ? nextTok : prevTok?.kind === "word" ? prevTok : s.tokens[prevIdx - 1];
    if (monthTok && /^[A-Z]/.test(monthTok.text)) return "day of the month";
  }
  // Times of day: "10:30", "9 a.m.", "3 p.m."
  if (s.punct(q.lastToken, ":") && s.tokens[q.lastToken + 1]?.kind === "num") return "time of day";
  if (s.punct(q.firstToken - 1, ":") && s.tokens[q.firstToken - 2]?.kind === "num") return "time of day";
  if (nextWord === "am" || nextWord === "pm" || nextWord === "o’clock" || nextWord === "o'clock") return "time of day";
  if ((nextWord === "a" || nextWord === "p") && s.punct(nextIdx + 1, ".") && s.word(nextIdx + 2) === "m") return "time of day";
  // Addresses: "500 12th Street SW", "1600 Pennsylvania Ave."; ZIP codes after a state: "DC 20536".
  if (q.bareInteger && streetAfter(s, q.lastToken)) return "street address";
  if (q.bareInteger && /^\d{5}$/.test(first.text) && /^[A-Z]{2}$/.test(prevTok?.text ?? "")) return "ZIP code after a state";
  // Titles of a code before its section: "8 U.S.C. 1225", "42 CFR 410".
  if (q.bareInteger && /^\s+(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|USC|CFR)\b/.test(s.text.slice(q.end, q.end + 12))) return "title of a legal code";
  // Service numbers named for what they are: "the 911 call center", "dial 988".
  if (q.bareInteger && q.value !== null && SERVICE_NUMBERS.has(q.value) && (SERVICE_NUMBER_NEIGHBOURS.has(nextWord) || SERVICE_NUMBER_NEIGHBOURS.has(prevWord) || SERVICE_NUMBER_NEIGHBOURS.has(s.word(s.prev(prevIdx))))) return "service number (911)";
  // Telephone numbers: "(202) 555-0143" (the "555-0143" is an identifier below).
  if (q.bareInteger && q.end - q.start === 3 && s.punct(q.firstToken - 1, "(") && /^\)\s?\d{3}[-.]\d{4}\b/.test(s.text.slice(q.end, q.end + 10))) return "telephone number";
  // Identifiers and names: "COVID-19", "I-95", "Section 3", "H.R. 2", "No. 5", "#1", "§ 1324".
  if (s.punct(q.firstToken - 1, "-") && s.glued(q.firstToken) && s.tokens[q.firstToken - 2]?.kind === "word" && s.glued(q.firstToken - 1)) return "identifier (COVID-19, I-95)";
  if (s.punct(q.firstToken - 1, "#§") || (prevTok?.kind === "punct" && "#§".includes(prevTok.text))) return "identifier after # or §";
  if (IDENTIFIER_WORDS.has(prevWord) && !(q.kind === "percent") && /^[A-Z]/.test(prevTok?.text ?? "")) return "identifier after Section, No., H.R.";
  if (s.punct(prevIdx, ".") && dottedIdentifierBefore(s, prevIdx)) return "identifier after a dotted abbreviation";
  if (q.bareInteger && s.punct(q.lastToken, "-") && s.tokens[q.lastToken + 1]?.kind === "num" && s.glued(q.lastToken + 1)) {
    // "117-58", "555-0100"; ranges are joined earlier
    return s.word(s.next(q.lastToken + 2)) === "percent" ? undefined : "identifier with a dash (555-0100)";
  }
  if (q.bareInteger && s.punct(q.firstToken - 1, "-") && s.tokens[q.firstToken - 2]?.kind === "num" && s.glued(q.firstToken)) return "second part of an identifier";
  // Ages in a name ("John Smith, 45, of Helena") and descriptors ("a 19-year-old").
  if (s.punct(q.lastToken, "-") && s.word(q.lastToken + 1) === "year" && s.punct(q.lastToken + 2, "-") && s.word(q.lastToken + 3) === "old") return "age in a descriptor (19-year-old)";
  // A span that names a kind of thing: "the four-year graduation rate", "a 30-day supply", "a five-member board".
  if (s.punct(q.lastToken, "-") && s.glued(q.lastToken) && DESCRIPTOR_UNITS.has(s.word(q.lastToken + 1)) && s.glued(q.lastToken + 1)
    && s.tokens[s.next(q.lastToken + 2)]?.kind === "word" && !NP_STOP.has(s.word(s.next(q.lastToken + 2)))) return "hyphenated number naming a kind of thing (four-year rate)";
  if (q.bareInteger && q.value !== null && q.value < 120 && s.punct(prevIdx, ",") && s.punct(nextIdx, ",") && /^[A-Z]/.test(s.tokens[s.prev(prevIdx)]?.text ?? "")) return "age after a name (John Smith, 45,)";
  // List indexes: "1." or "(2)" opening a paragraph or a list item.
  if (q.bareInteger && first.start === s.paragraph.start && s.punct(q.lastToken, ".)")) return "list index";
  if (q.bareInteger && s.punct(q.firstToken - 1, "(") && s.punct(q.lastToken, ")") && q.value !== null && q.value < 30 && nextTok?.kind !== "word") {
    const after = s.tokens[s.next(q.lastToken + 1)];
    if (after?.kind === "word") return "list index";
  }
  if (countsAPeriod(s, q, nextWord)) return "a period's length (over five years)";
  // A share of a period is the period: "in the first half of 2025".
  if (q.spelled && q.kind === "fraction" && s.inTimePhrase(q.start)) return "a share of a period (first half of 2025)";
  // Counted from another date, not a figure: "two years earlier", "5 months ago".
  if ((q.bareInteger || (q.spelled && !q.scaled)) && PERIOD_WORDS.has(nextWord) && RELATIVE_TIME.has(s.word(s.next(nextIdx + 1)))) return "counted from another date (two years earlier)";
  // Digit fractions with nothing measured: "24/7", "9/11".
  if (q.kind === "fraction" && !q.spelled && nextWord !== "of" && !(q.denominator && q.denominator <= 10 && nextTok?.kind === "word" && !NP_STOP.has(nextWord))) return "digit fraction that measures nothing (24/7)";
  // "over age 65", "children aged 5": an age that bounds a group, not a figure.
  if (q.bareInteger && (prevWord === "age" || prevWord === "ages" || prevWord === "aged")) return "age bounding a group (aged 5)";
  // Spelled-out numbers that count nothing: "zero tolerance", "at one point", "the two of them".
  if (q.spelled && !q.scaled && q.kind === "number" && q.value !== null && q.value < 100) {
    if (q.value === 0 && !nextWord.endsWith("s")) return "number word that counts nothing";
    if (nextWord === "of" && ["them", "those", "these", "us", "you", "whom", "which"].includes(s.word(s.next(nextIdx + 1)))) return "number word that counts nothing";
    if (nextWord === "another" || nextWord === "other") return "number word that counts nothing";
  }
  // "half" on its own only counts with "of" ("half of all arrests"), or after a bound ("more than half").
  if (q.kind === "fraction" && q.spelled && q.denominator === 2 && q.value === 0.5 && s.tokens[q.firstToken]!.lower === "half") {
    if (nextWord !== "of" && !BOUND_BEFORE.has(s.wordsBefore(q.firstToken, 2).join(" ")) && !BOUND_BEFORE.has(prevWord)) return "'half' without 'of'";
  }
  return undefined;
}

/** "H.R. 2", "S.J.Res. 7", "No. 5": a dotted abbreviation ending at the period token p names the number after it. */
export function dottedIdentifierBefore(s: Sentence, p: number): boolean {
  let key = "";
  let first = p;
  for (let j = p - 1, parts = 0; j >= 0 && parts < 4; parts++) {
    const t = s.tokens[j];
    if (t?.kind !== "word") break;
    key = key ? `${t.lower}.${key}` : t.lower;
    first = j;
    if (!(s.punct(j - 1, ".") && s.glued(j) && s.tokens[j - 2]?.kind === "word" && s.glued(j - 1))) break;
    j -= 2;
  }
  return key !== "" && IDENTIFIER_WORDS.has(key) && /^[A-Z]/.test(s.tokens[first]!.text);
}

/** Whether a street follows token `lastToken`: up to three capitalised or ordinal words, then a street word. */
export function streetAfter(s: Sentence, lastToken: number): boolean {
  let j = s.next(lastToken);
  for (let n = 0; n < 4; n++, j = s.next(j + 1)) {
    const t = s.tokens[j];
    if (t?.kind === "num" && s.tokens[j + 1]?.kind === "word" && /^(?:st|nd|rd|th)$/.test(s.tokens[j + 1]!.lower) && s.glued(j + 1)) {
      j++; // "12th"
      continue;
    }
    if (t?.kind !== "word" || !/^[A-Z]/.test(t.text)) return false;
    if (n > 0 && STREET_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** "over five years", "in the last 12 months": a count of periods inside a time phrase is the period itself. */
export function countsAPeriod(s: Sentence, q: Quantity, nextWord: string): boolean {
  if (!PERIOD_WORDS.has(nextWord) || !(q.bareInteger || (q.spelled && !q.scaled))) return false;
  s.timePhrases ??= findTimePhrases(s.text, s.sentence.start, s.sentence.end);
  const k = lastIndexBefore(s.timePhrases, q.start);
  const p = s.timePhrases[k + 1];
  if (p === undefined || p.start >= q.start || p.end < q.end) return false;
  // "cut wait times by 30 days", "from 30 days to 12": a change or a level, not the period covered.
  const lead = /^[A-Za-z]+/.exec(s.text.slice(p.start, p.start + 12))?.[0].toLowerCase() ?? "";
  return PERIOD_LEADS.has(lead);
}

