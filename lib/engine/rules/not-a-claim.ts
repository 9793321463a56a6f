/**
 * Rules that say a number is not a claim, as named records: each says why, with examples that run
 * as tests (lib/engine/rules/rules.test.ts). The engine tries them in order and the first that holds
 * drops the number; `claims extract --explain` names it. Rules marked `lone` read a number standing
 * alone only, never either end of a joined ratio or range ("12 through 15 years old" is read whole by
 * the others). A linguist adds a rule where it belongs in the order, with its examples.
 */
import type { Quantity } from "../numbers";
import { lastIndexBefore, type Sentence } from "../sentence";
import { findTimePhrases } from "../time";
import {
  PEOPLE_NOUNS,
  BOUND_BEFORE,
  DESCRIPTOR_UNITS,
  IDENTIFIER_WORDS,
  MONTHS,
  NP_STOP,
  PERIOD_LEADS,
  PERIOD_WORDS,
  RELATIVE_TIME,
  SERVICE_NUMBERS,
  SERVICE_NUMBER_NEIGHBOURS,
  STREET_WORDS,
  YEAR_EDITIONS,
  YEAR_LEADS,
} from "../lexicon";

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
  /** Only for a number standing alone, not an end of a joined ratio or range. */
  lone?: boolean;
  test(v: Sentence, q: Quantity): boolean;
}

const lone = (name: string, why: string, examples: RuleExample[], keeps: RuleExample[], test: NotAClaimRule["test"]): NotAClaimRule => ({
  name,
  why,
  examples,
  keeps,
  lone: true,
  test,
});

/** The tokens around a number that the lone rules read, found once per number (the rules ask in turn). */
let lastAround: { q: Quantity; v: Sentence; at: ReturnType<typeof findAround> } | undefined;
function around(v: Sentence, q: Quantity) {
  if (lastAround?.q !== q || lastAround.v !== v) lastAround = { q, v, at: findAround(v, q) };
  return lastAround.at;
}
function findAround(v: Sentence, q: Quantity) {
  const prevIdx = v.prev(q.firstToken);
  const nextIdx = v.next(q.lastToken);
  return {
    first: v.tokens[q.firstToken]!,
    prevIdx,
    prevTok: v.tokens[prevIdx],
    prevWord: v.word(prevIdx),
    nextIdx,
    nextTok: v.tokens[nextIdx],
    nextWord: v.word(nextIdx),
  };
}

/** Who an age can name: the people nouns, and "those", "now" ("are now over 18"). */
const PEOPLE: ReadonlySet<string> = new Set([...PEOPLE_NOUNS, "those", "anyone", "everyone", "youths", "now"]);
const OLDER = new Set(["older", "over", "up", "above", "younger", "under", "below", "less"]);
const THRESHOLDS = new Set(["under", "below", "over", "above", "least", "than", "exceeding"]);
const REFERENCE_WORDS = new Set([
  "figure",
  "fig",
  "table",
  "chart",
  "exhibit",
  "appendix",
  "page",
  "pages",
  "slide",
  "footnote",
  "note",
  "endnote",
  "map",
  "graph",
]);
const RANKING = new Set([
  "leading",
  "top",
  "main",
  "major",
  "primary",
  "key",
  "largest",
  "biggest",
  "most",
  "principal",
  "following",
  "remaining",
  "other",
]);
const DASHES = "-–—";

/** The number of a range's other end: "1–8" gives the "1" for the "8". */
function rangeStart(v: Sentence, q: Quantity): number {
  const dash = q.firstToken - 1;
  if (!v.punct(dash, DASHES) && v.word(v.prev(q.firstToken)) !== "through" && v.word(v.prev(q.firstToken)) !== "to") return -1;
  const before = v.prev(q.firstToken);
  const other = v.tokens[before]?.kind === "num" ? before : v.tokens[v.prev(before)]?.kind === "num" ? v.prev(before) : -1;
  return other;
}

/** The first token of the number or range ending at token `last` (a num token): "50-64" gives the 50. */
function firstOfRange(v: Sentence, i: number): number {
  let first = i;
  const dash = first - 1;
  if (v.punct(dash, DASHES) && v.tokens[dash - 1]?.kind === "num") first = dash - 1;
  else if (v.word(v.prev(first)) === "through" || v.word(v.prev(first)) === "to") {
    const other = v.prev(v.prev(first));
    if (v.tokens[other]?.kind === "num") first = other;
  }
  // A number with thousands separators starts further left: only digits and commas.
  while (
    v.tokens[first - 1]?.kind === "punct" &&
    v.tokens[first - 1]!.text === "," &&
    v.glued(first) &&
    v.tokens[first - 2]?.kind === "num" &&
    v.glued(first - 1)
  )
    first -= 2;
  return first;
}

export const NOT_A_CLAIM_RULES: readonly NotAClaimRule[] = [
  {
    name: "footnote under a table",
    why: 'A line under a table that starts a note ("*", "1 Beginning in …") explains the table; its numbers are no claims (layout.ts finds such lines).',
    examples: [
      { text: "Arrests by county, 2023\nLewis | 4,310 |\nClark | 12,450 |\n* Figures for 12 counties are estimates.", figure: "12" },
    ],
    keeps: [{ text: "Region | Arrests |\nNorth | 4,310 |\nSouth | 2,950 |", figure: "4,310" }],
    test: (v) => !!v.shape.note,
  },
  {
    name: "scale note (in millions of dollars)",
    why: 'A table\'s or chart\'s note of its unit ("(in thousands)", "in millions of dollars") scales other figures; it is none itself.',
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
      return (
        v.punct(dash, "-–/") &&
        v.glued(q.firstToken) &&
        year?.kind === "num" &&
        year.text.length === 4 &&
        /^(?:1[89]|20)/.test(year.text) &&
        v.glued(dash) &&
        q.end - q.start <= 4
      );
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
    why: 'An age that names a group ("people 65-74 years", "12 through 15 years old", "75 years and older") is who is counted, not what.',
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
      if (
        (a1 === "years" || a1 === "year") &&
        (a2 === "old" || (a2 === "of" && a3 === "age") || ((a2 === "and" || a2 === "or") && OLDER.has(a3)))
      )
        return true;
      if ((a1 === "or" || a1 === "and") && OLDER.has(a2) && a2 !== "less") return true;
      // "adults 50-64 years", "people 65-74 years", "adults over 50 do not …": a number right after a group.
      const first = firstOfRange(v, q.firstToken);
      let lead = v.prev(first);
      // "adults aged 25 to 34": an age, whatever follows it.
      if ((v.word(lead) === "aged" || v.word(lead) === "ages") && PEOPLE.has(v.word(v.prev(lead)))) return true;
      if (v.word(lead) === "over" || v.word(lead) === "under" || v.word(lead) === "aged" || v.word(lead) === "ages") lead = v.prev(lead);
      if (!PEOPLE.has(v.word(lead))) return false;
      return (
        a1 === "years" ||
        a1 === "and" ||
        v.tokens[after]?.kind !== "word" ||
        v.word(v.prev(first)) === "over" ||
        v.word(v.prev(first)) === "under"
      );
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
      const threshold =
        THRESHOLDS.has(before[before.length - 1] ?? "") ||
        (v.word(after) === "or" && ["more", "less", "above", "below", "higher", "lower"].includes(v.word(v.next(after + 1))));
      return threshold;
    },
  },
  {
    name: "rate base on its own (crimes per 1,000)",
    why: '"per 1,000" with no figure before it says how a rate is expressed, not a figure.',
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
      return (
        v.punct(before, DASHES) &&
        v.punct(after, DASHES) &&
        v.tokens[q.firstToken - 1]?.kind === "space" &&
        v.tokens[v.prev(before)]?.kind !== "num" &&
        v.tokens[v.next(after + 1)]?.kind !== "num"
      );
    },
  },
  {
    name: "reference to a figure, table or page (figure 1)",
    why: '"(figure 1)", "see table 3", "page 12" point at part of a document.',
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
      const glued =
        before !== undefined &&
        v.glued(q.firstToken) &&
        (before.kind === "word"
          ? /[a-z]$/.test(before.text) && before.text.length > 2
          : before.kind === "punct" && ")]".includes(before.text));
      const after = v.tokens[q.lastToken];
      return glued && (after === undefined || after.kind === "space" || (after.kind === "punct" && !"-–%.,".includes(after.text)));
    },
  },
  {
    name: "count that enumerates (the 10 leading causes)",
    why: 'A count that only announces a list ("the four leading causes", "four sectors—industrial, transportation, …") measures nothing.',
    examples: [
      { text: "Most Americans die from the 10 leading causes of death.", figure: "10" },
      {
        text: "Consumption in four U.S. end-use sectors—industrial, transportation, residential, and commercial—includes losses.",
        figure: "four",
      },
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
  // ---------------------------------------------------------------- numbers standing alone
  lone(
    "dotted identifier",
    'A number with dots inside ("1.2.3", "8.5.2024") is a version, a section or a date.',
    [{ text: "See section 4.2.1 of the guidance.", figure: "4" }],
    [{ text: "Prices rose 4.2 percent.", figure: "4.2 percent" }],
    (v, q) => !!q.dotted,
  ),
  lone(
    "a lone 'one' counts nothing",
    '"one of the largest", "at one point": a lone "one" names a member, not a count.',
    [{ text: "It is one of the largest seizures on record.", figure: "one" }],
    [{ text: "One in five adults smokes.", figure: "One in five" }],
    (v, q) => !!q.lonelyOne,
  ),
  lone(
    "year",
    'A four-digit number from 1800 to 2100 names a year, unless a plural noun it counts follows ("2,000 officers" is a count; "1,850 arrests" too).',
    [{ text: "Arrests rose in 2023.", figure: "2023" }],
    [{ text: "Police made 1850 arrests.", figure: "1850" }],
    (v, q) => isYear(v, q),
  ),
  lone(
    "inside a URL or e-mail address",
    "Digits in a web address or an e-mail address are part of its name.",
    [{ text: "Visit www.example.gov/page?id=2345 now.", figure: "2345" }],
    [{ text: "The site had 5 million visits.", figure: "5 million" }],
    (v, q) => v.inUrl(q),
  ),
  lone(
    "day of the month",
    "A number up to 31 beside a capitalised month names a day.",
    [
      { text: "The report was released on September 30.", figure: "30" },
      { text: "On 4 May the board met.", figure: "4" },
    ],
    [{ text: "In May, 30 schools closed.", figure: "30" }],
    (v, q) => {
      const { prevIdx, prevTok, prevWord, nextTok, nextWord } = around(v, q);
      if (!(q.bareInteger && q.value !== null && q.value >= 0 && q.value <= 31)) return false;
      if (!(MONTHS.has(prevWord) || (v.punct(prevIdx, ".") && MONTHS.has(v.word(prevIdx - 1))) || MONTHS.has(nextWord))) return false;
      const monthTok = MONTHS.has(nextWord) ? nextTok : prevTok?.kind === "word" ? prevTok : v.tokens[prevIdx - 1];
      return !!monthTok && /^[A-Z]/.test(monthTok.text);
    },
  ),
  lone(
    "time of day",
    '"10:30", "9 a.m.", "3 pm", "5 o\'clock".',
    [
      { text: "The hearing starts at 10:30 tomorrow.", figure: "10" },
      { text: "Polls close at 8 p.m. on Tuesday.", figure: "8" },
    ],
    [{ text: "About 8 percent of polls closed early.", figure: "8 percent" }],
    (v, q) => {
      const { nextIdx, nextWord } = around(v, q);
      if (v.punct(q.lastToken, ":") && v.tokens[q.lastToken + 1]?.kind === "num") return true;
      if (v.punct(q.firstToken - 1, ":") && v.tokens[q.firstToken - 2]?.kind === "num") return true;
      if (nextWord === "am" || nextWord === "pm" || nextWord === "o’clock" || nextWord === "o'clock") return true;
      return (nextWord === "a" || nextWord === "p") && v.punct(nextIdx + 1, ".") && v.word(nextIdx + 2) === "m";
    },
  ),
  lone(
    "street address",
    'A number before up to three capitalised or ordinal words and a street word: "500 12th Street SW".',
    [{ text: "The office is at 1600 Pennsylvania Avenue.", figure: "1600" }],
    [{ text: "Officers made 1600 stops on the avenue.", figure: "1600" }],
    (v, q) => !!q.bareInteger && streetAfter(v, q.lastToken),
  ),
  lone(
    "ZIP code after a state",
    'Five digits after a two-letter state code: "Washington, DC 20536".',
    [{ text: "Write to 500 12th St SW, Washington, DC 20536.", figure: "20536" }],
    [{ text: "The DC office handled 20536 cases.", figure: "20536" }],
    (v, q) => {
      const { first, prevTok } = around(v, q);
      return !!q.bareInteger && /^\d{5}$/.test(first.text) && /^[A-Z]{2}$/.test(prevTok?.text ?? "");
    },
  ),
  lone(
    "title of a legal code",
    'The title before a code\'s section: "8 U.S.C. 1225", "42 CFR 410".',
    [{ text: "The rule is codified at 42 CFR 410.", figure: "42" }],
    [{ text: "The rule covers 42 agencies.", figure: "42" }],
    (v, q) => !!q.bareInteger && /^\s+(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|USC|CFR)\b/.test(v.text.slice(q.end, q.end + 12)),
  ),
  lone(
    "service number (911)",
    'A service number named for what it is: "the 911 call center", "dial 988".',
    [{ text: "Residents can dial 988 for help.", figure: "988" }],
    [{ text: "The county hired 911 new workers.", figure: "911" }],
    (v, q) => {
      const { prevIdx, prevWord, nextWord } = around(v, q);
      return (
        !!q.bareInteger &&
        q.value !== null &&
        SERVICE_NUMBERS.has(q.value) &&
        (SERVICE_NUMBER_NEIGHBOURS.has(nextWord) ||
          SERVICE_NUMBER_NEIGHBOURS.has(prevWord) ||
          SERVICE_NUMBER_NEIGHBOURS.has(v.word(v.prev(prevIdx))))
      );
    },
  ),
  lone(
    "telephone number",
    'An area code in parentheses before a number: "(202) 555-0143".',
    [{ text: "Call (202) 555-0143 for details.", figure: "202" }],
    [{ text: "The fund paid (202) claims.", figure: "202" }],
    (v, q) =>
      !!q.bareInteger &&
      q.end - q.start === 3 &&
      v.punct(q.firstToken - 1, "(") &&
      /^\)\s?\d{3}[-.]\d{4}\b/.test(v.text.slice(q.end, q.end + 10)),
  ),
  lone(
    "identifier (COVID-19, I-95)",
    "A number glued by a hyphen to the word before it names something.",
    [{ text: "Traffic on I-95 slowed.", figure: "95" }],
    [{ text: "Traffic fell 95 percent.", figure: "95 percent" }],
    (v, q) =>
      v.punct(q.firstToken - 1, "-") && v.glued(q.firstToken) && v.tokens[q.firstToken - 2]?.kind === "word" && v.glued(q.firstToken - 1),
  ),
  lone(
    "identifier after # or §",
    '"#1", "§ 1324".',
    [{ text: "The law is in § 1324 of the code.", figure: "1324" }],
    [{ text: "The law covers 1324 employers.", figure: "1324" }],
    (v, q) => {
      const { prevTok } = around(v, q);
      return v.punct(q.firstToken - 1, "#§") || (prevTok?.kind === "punct" && "#§".includes(prevTok.text));
    },
  ),
  lone(
    "identifier after Section, No., H.R.",
    'A capitalised word that names a numbered thing: "Section 3", "Title 42", "Case 12".',
    [{ text: "Section 3 of the bill sets the rules.", figure: "3" }],
    [{ text: "The section covers 3 percent of workers.", figure: "3 percent" }],
    (v, q) => {
      const { prevTok, prevWord } = around(v, q);
      return IDENTIFIER_WORDS.has(prevWord) && q.kind !== "percent" && /^[A-Z]/.test(prevTok?.text ?? "");
    },
  ),
  lone(
    "identifier after a dotted abbreviation",
    '"H.R. 2", "S.J.Res. 7", "No. 5".',
    [{ text: "The House passed H.R. 2 last week.", figure: "2" }],
    [{ text: "The House passed 2 bills last week.", figure: "2" }],
    (v, q) => {
      const { prevIdx } = around(v, q);
      return v.punct(prevIdx, ".") && dottedIdentifierBefore(v, prevIdx);
    },
  ),
  lone(
    "identifier with a dash (555-0100)",
    'Two numbers glued by a dash that no range joined: a vote ("117-58"), a telephone number.',
    [{ text: "The bill passed 117-58 in the Senate.", figure: "117" }],
    [{ text: "Rents rose 10-15 percent.", figure: "10-15 percent" }],
    (v, q) =>
      !!q.bareInteger &&
      v.punct(q.lastToken, "-") &&
      v.tokens[q.lastToken + 1]?.kind === "num" &&
      v.glued(q.lastToken + 1) &&
      v.word(v.next(q.lastToken + 2)) !== "percent",
  ),
  lone(
    "second part of an identifier",
    'The number after the dash of "117-58" or "555-0100".',
    [{ text: "The bill passed 117-58 in the Senate.", figure: "58" }],
    [{ text: "The bill passed with 58 votes.", figure: "58" }],
    (v, q) => !!q.bareInteger && v.punct(q.firstToken - 1, "-") && v.tokens[q.firstToken - 2]?.kind === "num" && v.glued(q.firstToken),
  ),
  lone(
    "age in a descriptor (19-year-old)",
    '"a 19-year-old man" describes a person.',
    [{ text: "A 19-year-old man was arrested.", figure: "19" }],
    [{ text: "The man served 19 years in prison.", figure: "19" }],
    (v, q) =>
      v.punct(q.lastToken, "-") && v.word(q.lastToken + 1) === "year" && v.punct(q.lastToken + 2, "-") && v.word(q.lastToken + 3) === "old",
  ),
  lone(
    "hyphenated number naming a kind of thing (four-year rate)",
    '"the four-year graduation rate", "a 30-day supply", "a five-member board".',
    [{ text: "The four-year graduation rate was 82 percent.", figure: "four" }],
    [{ text: "The rate was 82 percent after four years.", figure: "82 percent" }],
    (v, q) =>
      v.punct(q.lastToken, "-") &&
      v.glued(q.lastToken) &&
      DESCRIPTOR_UNITS.has(v.word(q.lastToken + 1)) &&
      v.glued(q.lastToken + 1) &&
      v.tokens[v.next(q.lastToken + 2)]?.kind === "word" &&
      !NP_STOP.has(v.word(v.next(q.lastToken + 2))),
  ),
  lone(
    "age after a name (John Smith, 45,)",
    "A number under 120 set off by commas after a capitalised name is the person's age.",
    [{ text: "John Smith, 45, of Helena was charged.", figure: "45" }],
    [{ text: "In Helena, 45 people were charged.", figure: "45" }],
    (v, q) => {
      const { prevIdx, nextIdx } = around(v, q);
      return (
        !!q.bareInteger &&
        q.value !== null &&
        q.value < 120 &&
        v.punct(prevIdx, ",") &&
        v.punct(nextIdx, ",") &&
        /^[A-Z]/.test(v.tokens[v.prev(prevIdx)]?.text ?? "")
      );
    },
  ),
  lone(
    "list index",
    '"1." or "(2)" opening a paragraph or a list item.',
    [
      { text: "2. Arrests of adults rose sharply.", figure: "2" },
      { text: "The plan has parts: (2) hiring more nurses.", figure: "2" },
    ],
    [{ text: "2 arrests were made.", figure: "2" }],
    (v, q) => {
      const { first, nextTok } = around(v, q);
      if (!q.bareInteger) return false;
      if (first.start === v.paragraph.start && v.punct(q.lastToken, ".)")) return true;
      if (!(v.punct(q.firstToken - 1, "(") && v.punct(q.lastToken, ")") && q.value !== null && q.value < 30 && nextTok?.kind !== "word"))
        return false;
      return v.tokens[v.next(q.lastToken + 1)]?.kind === "word";
    },
  ),
  lone(
    "a period's length (over five years)",
    '"over five years", "in the last 12 months": a count of periods inside a time phrase is the period itself.',
    [{ text: "Arrests fell over five years.", figure: "five" }],
    [{ text: "The agency cut wait times by 30 days.", figure: "30" }],
    (v, q) => countsAPeriod(v, q, around(v, q).nextWord),
  ),
  lone(
    "a duration that bounds a group (27 weeks or more)",
    '"those jobless for 27 weeks or more", "stays of 30 days or longer": a length of time with "or more" names a group, not a figure.',
    [{ text: "The long-term unemployed (those jobless for 27 weeks or more) numbered 1.2 million.", figure: "27" }],
    [{ text: "The strike lasted 27 weeks.", figure: "27" }],
    (v, q) => {
      const { nextIdx, nextWord } = around(v, q);
      if (!(q.bareInteger || (q.spelled && !q.scaled)) || !PERIOD_WORDS.has(nextWord)) return false;
      const or = v.next(nextIdx + 1);
      return v.word(or) === "or" && ["more", "longer", "less", "fewer", "shorter", "over", "greater"].includes(v.word(v.next(or + 1)));
    },
  ),
  lone(
    "a share of a period (first half of 2025)",
    'A spelled fraction inside a time phrase: "in the first half of 2025".',
    [{ text: "Sales rose in the first half of 2025.", figure: "half" }],
    [{ text: "Half of all sales were online.", figure: "Half" }],
    (v, q) => !!q.spelled && q.kind === "fraction" && v.inTimePhrase(q.start),
  ),
  lone(
    "counted from another date (two years earlier)",
    '"two years earlier", "5 months ago" date another figure.',
    [{ text: "The rate was 6 percent two years earlier.", figure: "two" }],
    [{ text: "The program ran for two years.", figure: "two" }],
    (v, q) => {
      const { nextIdx, nextWord } = around(v, q);
      return (
        (!!q.bareInteger || (!!q.spelled && !q.scaled)) && PERIOD_WORDS.has(nextWord) && RELATIVE_TIME.has(v.word(v.next(nextIdx + 1)))
      );
    },
  ),
  lone(
    "digit fraction that measures nothing (24/7)",
    '"24/7", "9/11": a fraction of digits with nothing after it measured.',
    [{ text: "The line is staffed 24/7 by nurses.", figure: "24/7" }],
    [{ text: "About 2/3 of adults voted.", figure: "2/3" }],
    (v, q) => {
      const { nextTok, nextWord } = around(v, q);
      return (
        q.kind === "fraction" &&
        !q.spelled &&
        nextWord !== "of" &&
        !(q.denominator && q.denominator <= 10 && nextTok?.kind === "word" && !NP_STOP.has(nextWord))
      );
    },
  ),
  lone(
    "age bounding a group (aged 5)",
    '"children aged 5", "over age 65": an age that bounds a group.',
    [{ text: "The boy, aged 5, was found safe.", figure: "5" }],
    [{ text: "Officials vaccinated 5 children.", figure: "5" }],
    (v, q) => {
      const { prevWord } = around(v, q);
      return !!q.bareInteger && (prevWord === "age" || prevWord === "ages" || prevWord === "aged");
    },
  ),
  lone(
    "number word that counts nothing",
    '"zero tolerance", "the two of them", "one another".',
    [
      { text: "The state has zero tolerance for fraud.", figure: "zero" },
      { text: "The two of them met on Friday.", figure: "two" },
    ],
    [{ text: "The state reported zero deaths.", figure: "zero" }],
    (v, q) => {
      const { nextIdx, nextWord } = around(v, q);
      if (!(q.spelled && !q.scaled && q.kind === "number" && q.value !== null && q.value < 100)) return false;
      if (q.value === 0 && !nextWord.endsWith("s")) return true;
      if (nextWord === "of" && ["them", "those", "these", "us", "you", "whom", "which"].includes(v.word(v.next(nextIdx + 1)))) return true;
      return nextWord === "another" || nextWord === "other";
    },
  ),
  lone(
    "'half' without 'of'",
    '"half" counts only with "of" ("half of all arrests") or after a bound ("more than half").',
    [{ text: "Crime fell by half in a decade.", figure: "half" }],
    [{ text: "More than half of the arrests were for theft.", figure: "half" }],
    (v, q) => {
      const { prevWord, nextWord } = around(v, q);
      if (!(q.kind === "fraction" && q.spelled && q.denominator === 2 && q.value === 0.5 && v.tokens[q.firstToken]!.lower === "half"))
        return false;
      return nextWord !== "of" && !BOUND_BEFORE.has(v.wordsBefore(q.firstToken, 2).join(" ")) && !BOUND_BEFORE.has(prevWord);
    },
  ),
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

/** "H.R. 2", "S.J.Res. 7", "No. 5": a dotted abbreviation ending at the period token p names the number after it. */
function dottedIdentifierBefore(s: Sentence, p: number): boolean {
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
function streetAfter(s: Sentence, lastToken: number): boolean {
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
function countsAPeriod(s: Sentence, q: Quantity, nextWord: string): boolean {
  if (!PERIOD_WORDS.has(nextWord) || !(q.bareInteger || (q.spelled && !q.scaled))) return false;
  s.timePhrases ??= findTimePhrases(s.text, s.sentence.start, s.sentence.end);
  const k = lastIndexBefore(s.timePhrases, q.start);
  const p = s.timePhrases[k + 1];
  if (p === undefined || p.start >= q.start || p.end < q.end) return false;
  // "cut wait times by 30 days", "from 30 days to 12": a change or a level, not the period covered.
  const lead = /^[A-Za-z]+/.exec(s.text.slice(p.start, p.start + 12))?.[0].toLowerCase() ?? "";
  return PERIOD_LEADS.has(lead);
}
