/**
 * From the quantities of a sentence to candidate claims: joins the parts of one quantity ("one in
 * five", "30.2 per 100,000", "between 10 and 20 percent", "$5 million to $7 million"), reads its unit,
 * and leaves out the numbers a not-a-claim rule drops.
 */
import {
  COMPARATIVES,
  CURRENCY_WORDS,
  DETERMINERS,
  IRREGULAR_PAST,
  MEASURE_MODIFIERS,
  MEASURE_UNITS,
  NP_STOP,
  RANGE_JOINERS,
  RATIO_OF,
} from "./lexicon";
import { SCALE_WORDS } from "./number-words";
import { roundScaled, scanQuantities, type Quantity } from "./numbers";
import { isYear, NOT_A_CLAIM_RULES } from "./rules/not-a-claim";
import type { Sentence } from "./sentence";
import type { Token } from "./tokens";
import type { Span, Unit } from "./types";

export interface Candidate {
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

export function findCandidates(s: Sentence): Candidate[] {
  const qs = scanQuantities(s.tokens, { vague: true });
  s.quantities = qs;
  const out: Candidate[] = [];
  for (let n = 0; n < qs.length; n++) {
    const q = qs[n]!;
    const joined = join(s, q, qs[n + 1]);
    if (joined) {
      n++;
      // "12 through 15 years old": a range can name a group too.
      const rule = droppedBy(s, q, false) ?? (joined.unit === "ratio" ? undefined : droppedBy(s, qs[n]!, false));
      if (rule) {
        s.trace?.dropped.push({ start: joined.start, end: joined.end, text: s.text.slice(joined.start, joined.end), rule });
        continue;
      }
      out.push(joined);
      continue;
    }
    const rule = droppedBy(s, q, true);
    if (rule) {
      const start = s.moneyBefore(q) ? s.tokens[s.moneyStart(q)]!.start : q.start;
      s.trace?.dropped.push({ start, end: q.end, text: s.text.slice(start, q.end), rule });
      continue;
    }
    out.push(single(s, q));
  }
  // "from 5.1 to 4.8 outages per 10,000 customers": the first figure is the same rate.
  for (let k = 0; k + 1 < out.length; k++) {
    const c = out[k]!;
    const rate = out[k + 1]!;
    if (
      !rate.rateNoun ||
      c.unit !== "count" ||
      c.rateNoun ||
      s.word(s.prev(c.firstToken)) !== "from" ||
      s.word(s.next(c.lastToken)) !== "to"
    )
      continue;
    if (s.next(s.next(c.lastToken) + 1) !== rate.firstToken) continue;
    out[k] = { ...c, unit: "ratio", denominator: rate.denominator, rateNoun: rate.rateNoun, rateOf: rate };
  }
  // "1.26 fatalities per 100 million miles, down from 1.33": the figure after it is the same rate.
  for (let k = 1; k < out.length; k++) {
    const c = out[k]!;
    const rate = out[k - 1]!;
    const from = s.prev(c.firstToken);
    if (!rate.rateNoun || c.unit !== "count" || s.word(from) !== "from" || !["up", "down"].includes(s.word(s.prev(from)))) continue;
    out[k] = { ...c, unit: "ratio", denominator: rate.denominator, rateNoun: rate.rateNoun, rateOf: rate.rateOf ?? rate };
  }
  return out;
}

/** Two quantities that make one claim: "one in five", "30.2 per 100,000", "between 10 and 20 percent". */
function join(s: Sentence, a: Quantity, b: Quantity | undefined): Candidate | null {
  if (!b || a.value === null || b.value === null) return null;
  if (isYear(s, a) || isYear(s, b) || a.dotted || b.dotted) return null;
  if (a.kind === "number" && b.kind === "number" && !s.moneyBefore(a) && s.word(s.prev(b.firstToken)) === "per") {
    const rate = rateWithNoun(s, a, b);
    if (rate) return rate;
  }
  // Joiners are one or two words ("to", "of the", "for every"): a longer gap joins nothing.
  let gapTokens = 0;
  for (let k = a.lastToken; k < b.firstToken && gapTokens <= 2; k++) if (s.tokens[k]!.kind !== "space") gapTokens++;
  if (gapTokens > 2) return null;
  const gap = s.tokens.slice(a.lastToken, b.firstToken).filter((t) => t.kind !== "space");
  const gapWords = gap.map((t) => t.lower).join(" ");
  const integers = Number.isInteger(a.value) && Number.isInteger(b.value) && a.kind === "number" && b.kind === "number";
  // Ratios: "one in five", "4 of 5 states", "30.2 per 100,000", "one for every three".
  if ((a.kind === "number" && b.kind === "number" && !b.scaled) || (a.kind === "number" && b.kind === "number" && gapWords === "per")) {
    // "one of our 112 schools" names a member, not a share: the figure is the 112.
    const member = a.lonelyOne && gapWords.startsWith("of");
    const ratioWord =
      !member && (gapWords === "in" || gapWords === "of" || RATIO_OF.has(gapWords) || gapWords === "for every" || gapWords === "per");
    const smaller = a.value < b.value;
    if (ratioWord && (gapWords === "per" ? b.value > 1 : integers && smaller && b.value <= 1e9)) {
      const after = s.next(b.lastToken);
      const afterWord = s.word(after);
      // "10 in 2020" is a year; "five of them" counts nothing; "2 in 3 years" is a duration.
      if (gapWords !== "per" && (MEASURE_UNITS.has(afterWord) || (gapWords.startsWith("of") && !afterWord))) return null;
      return candidate(s, a, b, { unit: "ratio", value: a.value, denominator: b.value });
    }
  }
  // Ranges: "between 10 and 20 percent", "$5 million to $7 million", "10-20 percent".
  const before = s.word(s.prev(a.firstToken - (s.punct(a.firstToken - 1, "$") ? 1 : 0)));
  const joiner = gap.length === 1 ? gap[0]!.lower : gap.length === 2 && gap[1]!.text === "$" ? gap[0]!.lower : "";
  // "rose by 334,000 to 6.5 million", "from 400 to 500": a change and a level, or two levels, not a range.
  const ranged = RANGE_JOINERS.has(joiner) && (joiner !== "and" || before === "between") && before !== "from" && before !== "by";
  // Both ends measure the same thing: "12 percent to 4,310" is a change and a level, not a range,
  // and so is "half a percentage point to 11.5 percent".
  const sameKind = (a.kind === b.kind && !!a.points === !!b.points) || (a.kind === "number" && b.kind === "percent" && !a.scaled);
  if (ranged && sameKind && b.value > a.value && a.kind !== "ratio" && b.kind !== "ratio") {
    if ((joiner === "-" || joiner === "–") && !(b.kind === "percent" || b.scaled || s.moneyBefore(a))) return null;
    const unitB = unitOf(s, b);
    let low = a.value;
    const lastWord = s.word(b.lastToken - 1);
    const scale = SCALE_WORDS.get(lastWord);
    if (!a.scaled && scale && b.scaled && low < 1000) low = roundScaled(low * scale);
    if (a.kind === "number" && b.kind === "percent") {
      /* "10 to 20 percent": the low end is a percentage too */
    }
    return candidate(s, a, b, { unit: unitB.unit, value: low, upperValue: b.value, currency: unitB.currency ?? s.moneyBefore(a) });
  }
  return null;
}

/**
 * "52 violent victimizations per 1,000 persons", "4.8 outages per 10,000 customers": a rate with its
 * noun inside is one ratio, the noun and the base included in the span.
 */
function rateWithNoun(s: Sentence, a: Quantity, b: Quantity): Candidate | null {
  if (a.value === null || b.value === null || b.value <= 1) return null;
  const words: Token[] = [];
  for (let k = a.lastToken; k < b.firstToken; k++) {
    const t = s.tokens[k]!;
    if (t.kind === "space") continue;
    if (t.kind !== "word" || words.length >= 5) return null;
    words.push(t);
  }
  if (words.length < 2 || words[words.length - 1]!.lower !== "per") return null;
  // The words before "per" are a noun phrase: no verb, determiner or stop word.
  if (
    words
      .slice(0, -1)
      .some((w) => NP_STOP.has(w.lower) || DETERMINERS.has(w.lower) || /(?:ed|ing)$/.test(w.lower) || IRREGULAR_PAST.has(w.lower))
  )
    return null;
  return {
    ...candidate(s, a, b, { unit: "ratio", value: a.value, denominator: b.value }),
    rateNoun: { start: words[0]!.start, end: words[words.length - 2]!.end },
  };
}

function candidate(s: Sentence, a: Quantity, b: Quantity, fields: Partial<Candidate> & { unit: Unit; value: number | null }): Candidate {
  const money = s.moneyBefore(a);
  const firstToken = money ? s.moneyStart(a) : a.firstToken;
  return {
    start: s.tokens[firstToken]!.start,
    end: b.end,
    firstToken,
    lastToken: b.lastToken,
    q: a,
    ...fields,
    ...(money && fields.unit !== "ratio" ? { unit: "money" as const, currency: money } : {}),
  };
}

export function single(s: Sentence, q: Quantity): Candidate {
  const { unit, currency, lastToken, denominator, value } = unitOf(s, q);
  const firstToken = currency && s.moneyBefore(q) ? s.moneyStart(q) : q.firstToken;
  return {
    start: s.tokens[firstToken]!.start,
    end: s.tokens[lastToken - 1]!.end,
    firstToken,
    lastToken,
    value,
    unit,
    denominator,
    currency,
    q,
  };
}

function unitOf(
  s: Sentence,
  q: Quantity,
): { unit: Unit; currency?: string; lastToken: number; denominator?: number; value: number | null } {
  const money = s.moneyBefore(q);
  const after = s.next(q.lastToken);
  const afterWord = s.word(after);
  if (q.kind === "percent") return { unit: "percent", lastToken: q.lastToken, value: q.value };
  if (q.kind === "ratio") return { unit: "ratio", lastToken: q.lastToken, denominator: q.denominator, value: q.value };
  if (q.kind === "fraction" && q.denominator && q.value !== null) {
    return { unit: "ratio", lastToken: q.lastToken, denominator: q.denominator, value: Math.round(q.value * q.denominator * 1e6) / 1e6 };
  }
  if (q.multiple) return { unit: "ratio", lastToken: q.lastToken, denominator: 1, value: q.value };
  if (money) return { unit: "money", currency: money, lastToken: perUnitEnd(s, q.lastToken), value: q.value };
  const currency = CURRENCY_WORDS.get(afterWord);
  if (currency) return { unit: "money", currency, lastToken: after + 1, value: q.value };
  // "5 cents a gallon": money, in dollars.
  if (afterWord === "cents" && q.value !== null)
    return { unit: "money", currency: "USD", lastToken: after + 1, value: Number((q.value / 100).toPrecision(12)) };
  // Multiples: "four times as many", "three times higher".
  if (afterWord === "times" && COMPARATIVES.has(s.word(s.next(after + 1)))) {
    return { unit: "ratio", lastToken: after + 1, denominator: 1, value: q.value };
  }
  if (MEASURE_UNITS.has(afterWord) || (MEASURE_MODIFIERS.has(afterWord) && MEASURE_UNITS.has(s.word(s.next(after + 1))))) {
    return { unit: "other", lastToken: q.lastToken, value: q.value };
  }
  // "25,506,000 general aviation flight hours": a unit of measure heading the noun phrase.
  if (q.kind === "number" && s.measureAfter(q.lastToken)) return { unit: "other", lastToken: q.lastToken, value: q.value };
  return { unit: "count", lastToken: q.lastToken, value: q.value };
}

/** "$20 per pill", "$2,500 per person": a price per unit keeps its unit in the span. */
function perUnitEnd(s: Sentence, lastToken: number): number {
  const per = s.next(lastToken);
  if (s.word(per) !== "per") return lastToken;
  const noun = s.next(per + 1);
  const w = s.tokens[noun];
  if (w?.kind !== "word" || w.lower === "cent" || DETERMINERS.has(w.lower) || NP_STOP.has(w.lower)) return lastToken;
  return noun + 1;
}

/* ---------------------------------------------------------------- what is not a claim */

/** The name of the first not-a-claim rule (rules/not-a-claim.ts) that drops the quantity; `alone` when no other joined it. */
function droppedBy(s: Sentence, q: Quantity, alone: boolean): string | undefined {
  for (const rule of NOT_A_CLAIM_RULES) if ((alone || !rule.lone) && rule.test(s, q)) return rule.name;
  return undefined;
}
