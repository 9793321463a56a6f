/**
 * Finds numbers in text: numerals ("142,580", "-9.23", "1.3e6", "10k", "3/4"), scale words
 * ("1.8 million"), spelled-out numbers ("forty-one", "half a dozen", "two thirds") and
 * percentages ("213 percent", "94.3%"). One pass over tokens, no backtracking: linear time.
 */
import {
  ATTACHED_SUFFIXES,
  DOZEN_WORDS,
  FRACTION_WORDS,
  PERCENT_WORDS,
  SCALE_WORDS,
  SPACED_SUFFIXES,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_SCALE_WORDS,
} from "./number-words";
import { tokenize, type Token } from "./tokens";

export type QuantityKind = "number" | "percent" | "fraction" | "ratio";

export interface Quantity {
  start: number;
  end: number;
  kind: QuantityKind;
  /** Numerator for fractions and ratios; percent units for percentages; null for "thousands". */
  value: number | null;
  denominator?: number;
  /** Index of the first and one past the last token of the quantity. */
  firstToken: number;
  lastToken: number;
  /** Written in words ("three million"), at least in part. */
  spelled: boolean;
  /** Carried a scale word or multiplier suffix ("million", "10k"). */
  scaled: boolean;
  /** A plain integer numeral with no separators or scale ("2020"), for date and identifier tests. */
  bareInteger: boolean;
  /** "percentage points" rather than "percent". */
  points?: boolean;
  /** Digits that belong to a dotted identifier ("192.168.1.2", "v2.3.1"). */
  dotted?: boolean;
  /** "a", "one" or "single" alone: a number word that rarely counts anything. */
  lonelyOne?: boolean;
  /** A multiple: "fivefold", "5-fold". */
  multiple?: boolean;
}

/** A product of a decimal and a scale, to the 15 significant digits a double holds exactly. */
export function roundScaled(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * A cheap first test for multipleAt, which would look every word up: the words it knows end in
 * "-ed" ("doubled", "halved"), "-fold" or are "twice".
 */
function mayBeMultiple(w: string): boolean {
  const n = w.length;
  if (n < 5) return false;
  const last = w.charCodeAt(n - 1);
  return last === 100 /* d */ || (last === 101 /* e */ && w === "twice");
}

/** A multiple in one word: "doubled", "halved", "twice as many", "twice the rate", "fivefold", "tenfold". */
function multipleAt(c: Cursor, i: number): Quantity | null {
  const t = c.at(i)!;
  let value = MULTIPLE_WORDS.get(t.lower);
  if (value !== undefined) {
    const next = c.next(i + 1);
    if (t.lower === "twice" ? !c.isWord(next, "as", "the") : c.isWord(next, "down", "up")) return null; // "doubled down"
  } else if (t.lower.endsWith("fold")) {
    const stem = t.lower.slice(0, -4);
    value =
      UNIT_WORDS.get(stem) ??
      TEEN_WORDS.get(stem) ??
      TENS_WORDS.get(stem) ??
      (stem === "hundred" ? 100 : stem === "thousand" ? 1000 : undefined);
  }
  if (value === undefined) return null;
  return {
    start: t.start,
    end: t.end,
    kind: "number",
    value,
    denominator: undefined,
    firstToken: i,
    lastToken: i + 1,
    spelled: true,
    scaled: false,
    bareInteger: false,
    points: undefined,
    dotted: undefined,
    lonelyOne: undefined,
    multiple: true,
  };
}

/** Multiples said in one word: the verbs of a change, and "twice". */
const MULTIPLE_WORDS: ReadonlyMap<string, number> = new Map([
  ["doubled", 2],
  ["tripled", 3],
  ["trebled", 3],
  ["quadrupled", 4],
  ["halved", 0.5],
  ["twice", 2],
]);

const MAX_DIGITS = 21; // beyond this a digit run is an identifier, not a quantity

class Cursor {
  constructor(readonly tokens: Token[]) {}
  at(i: number): Token | undefined {
    return this.tokens[i];
  }
  /** Index of the next token after i that is not horizontal space (newlines stop a number). */
  next(i: number): number {
    let j = i;
    while (this.tokens[j]?.kind === "space") j++;
    return j;
  }
  /** True when token i touches token i-1 (no space between). */
  attached(i: number): boolean {
    const a = this.tokens[i - 1];
    const b = this.tokens[i];
    return a !== undefined && b !== undefined && a.end === b.start;
  }
  isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === "punct" && chars.includes(t.text);
  }
  isWord(i: number, ...words: string[]): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === "word" && words.includes(t.lower);
  }
}

const DASHES = "-\u2212";

/* ------------------------------------------------------------------------------------------ */
/* Spelled-out numbers                                                                          */
/* ------------------------------------------------------------------------------------------ */

type AtomKind = "unit" | "teen" | "tens" | "hundred" | "scale" | "dozen" | "a" | "and" | "ord";

interface Atom {
  kind: AtomKind;
  value: number;
  token: number;
  /** Joined to the previous atom by a hyphen ("sixty-one", "twenty-first"). */
  hyphen: boolean;
  plural: boolean;
  compoundOnly: boolean;
}

/**
 * The atom a word makes at token `token`, or null. Atoms are made whole here, every one with the
 * same fields: spreading a partial one into them cost more than the rest of readAtoms.
 */
function classifyWord(word: string, token: number, hyphen: boolean): Atom | null {
  const unit = UNIT_WORDS.get(word);
  if (unit !== undefined) return newAtom("unit", unit, token, hyphen);
  const teen = TEEN_WORDS.get(word);
  if (teen !== undefined) return newAtom("teen", teen, token, hyphen);
  const tens = TENS_WORDS.get(word);
  if (tens !== undefined) return newAtom("tens", tens, token, hyphen);
  if (word === "hundred") return newAtom("hundred", 100, token, hyphen);
  const scale = SCALE_WORDS.get(word);
  if (scale !== undefined) return newAtom("scale", scale, token, hyphen);
  if (DOZEN_WORDS.has(word)) return newAtom("dozen", 12, token, hyphen);
  if (word === "a" || word === "an") return newAtom("a", 1, token, hyphen);
  if (word === "and") return newAtom("and", 0, token, hyphen);
  const frac = FRACTION_WORDS.get(word);
  if (frac) return newAtom("ord", frac.denominator, token, hyphen, frac.plural, frac.compoundOnly);
  return null;
}

function newAtom(kind: AtomKind, value: number, token: number, hyphen: boolean, plural = false, compoundOnly = false): Atom {
  return { kind, value, token, hyphen, plural, compoundOnly };
}

const isDigitWord = (kind: AtomKind) => kind === "unit" || kind === "teen";

/** Reads the run of number-ish words starting at token i (spaces and hyphens between). */
function readAtoms(c: Cursor, i: number): Atom[] {
  const atoms: Atom[] = [];
  let j = i;
  let hyphen = false;
  while (j < c.tokens.length && atoms.length < 24) {
    const t = c.tokens[j];
    if (!t || t.kind !== "word") break;
    const atom = classifyWord(t.lower, j, hyphen);
    if (!atom) break;
    // Three plain digits-words in a row ("one one one") never make one number: stop reading.
    const n = atoms.length;
    if (!hyphen && n >= 2 && isDigitWord(atom.kind) && isDigitWord(atoms[n - 1]!.kind) && isDigitWord(atoms[n - 2]!.kind)) break;
    atoms.push(atom);
    let k = c.next(j + 1);
    hyphen = false;
    if (c.isPunct(k, "-\u2010\u2011")) {
      hyphen = true;
      k = c.next(k + 1);
    }
    if (k === j + 1 || c.at(j + 1)?.kind === "space" || hyphen) j = k;
    else break;
  }
  return atoms;
}

/** Value of a run of cardinal atoms, or NaN when the run is not a well-formed cardinal. */
function cardinalValue(atoms: Atom[]): number {
  let total = 0;
  let current = 0;
  let last: AtomKind | null = null;
  let lastValue = 0;
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    switch (a.kind) {
      case "a":
        if (last !== null) return NaN;
        current = 1;
        break;
      case "unit":
        if (last === "unit" || last === "teen" || last === "a" || (last === "tens" && lastValue % 10 !== 0)) return NaN;
        if (last === "tens" && a.value === 0) return NaN;
        current += a.value;
        break;
      case "teen":
      case "tens":
        if (last === "unit" || last === "teen" || last === "tens" || last === "a") return NaN;
        current += a.value;
        break;
      case "hundred":
        if (last === null || last === "and" || last === "hundred") return NaN;
        current = (current === 0 ? 1 : current) * 100;
        break;
      case "scale":
        if (last === null || last === "and") return NaN;
        if (total > 0 && total < a.value) total = (total + current) * a.value;
        else total += (current === 0 ? 1 : current) * a.value;
        current = 0;
        break;
      case "dozen":
        if (last === null || last === "and" || last === "dozen") return NaN;
        current = Math.floor(current / 100) * 100 + (current % 100 || 1) * 12;
        break;
      case "and":
        if (last === null || last === "and") return NaN;
        break;
      default:
        return NaN;
    }
    last = a.kind;
    lastValue = a.kind === "tens" || a.kind === "unit" ? current : 0;
  }
  if (last === null || last === "and") return NaN;
  return total + current;
}

/** Greedy: the longest prefix of atoms that is a well-formed cardinal (no trailing "and"). */
function longestCardinal(atoms: Atom[], from: number): number {
  let best = from;
  for (let k = from + 1; k <= atoms.length; k++) {
    const run = atoms.slice(from, k);
    const last = run[run.length - 1]!;
    if (last.kind === "ord") break;
    if (last.kind === "and") continue;
    if (!Number.isNaN(cardinalValue(run))) best = k;
    else if (last.kind !== "a") break;
  }
  return best;
}

interface WordNumber {
  value: number;
  kind: "number" | "fraction";
  denominator?: number;
  /** Index into atoms one past the last atom used. */
  used: number;
  scaled: boolean;
}

/**
 * A fraction whose denominator is an ordinal: "two thirds", "one hundred thirty-fifths" (100/35),
 * "twenty and three fifths" (20 + 3/5). Returns null when the atoms before the ordinal
 * do not make a numerator that agrees with it ("two millionth").
 */
function fractionValue(card: Atom[], ord: Atom): { value: number; num: number; den: number } | null {
  if (ord.compoundOnly) return null;
  if (card.length === 0) return null;
  const only = card.length === 1 ? card[0]! : null;
  if (only && only.kind === "a") return { value: 1 / ord.value, num: 1, den: ord.value };
  // "twenty and three fifths": a proper fraction after the last "and" is added to what precedes it.
  const andAt = card.map((a) => a.kind).lastIndexOf("and");
  if (andAt > 0) {
    const tail = card.slice(andAt + 1);
    const num = tail.length === 1 && tail[0]!.kind === "a" ? 1 : cardinalValue(tail);
    const whole = cardinalValue(card.slice(0, andAt));
    if (!Number.isNaN(num) && !Number.isNaN(whole) && num < ord.value) {
      return { value: whole + num / ord.value, num: whole * ord.value + num, den: ord.value };
    }
  }
  // "one hundred thirty fifths": the tens or the scale just before the ordinal belong to it.
  for (let s = card.length - 1; s >= 1; s--) {
    const den = card.slice(s);
    const head = den[0]!;
    const tail = den[den.length - 1]!;
    const endsOk =
      tail.kind === "tens" ? ord.value < 10 : tail.kind === "hundred" || tail.kind === "scale" || (tail.kind === "and" && den.length > 1);
    if (!endsOk) continue;
    if (head.kind === "hundred" || head.kind === "scale" || head.kind === "and" || head.hyphen) continue;
    if (den.slice(0, -1).some((a) => a.kind === "and")) continue;
    const denBody = tail.kind === "and" ? den.slice(0, -1) : den;
    const denValue = cardinalValue(denBody);
    const numValue = cardinalValue(card.slice(0, s));
    if (Number.isNaN(denValue) || Number.isNaN(numValue)) continue;
    const d = denValue + ord.value;
    if (!ord.plural && numValue !== 1) continue;
    return { value: numValue / d, num: numValue, den: d };
  }
  const num = cardinalValue(card);
  if (Number.isNaN(num)) return null;
  if (!ord.plural && num !== 1) return null;
  return { value: num / ord.value, num, den: ord.value };
}

/** Parses spelled-out numbers from atoms[0..]; null when the run holds no number. */
function parseWordNumber(atoms: Atom[]): WordNumber | null {
  const first = atoms[0];
  if (!first) return null;
  const scaled = (n: number) => atoms.slice(0, n).some((a) => a.kind === "scale" || a.kind === "hundred" || a.kind === "dozen");

  // Compound ordinal fraction: "a twenty-first", "three twenty firsts".
  const cardEnd = longestCardinal(atoms, 0);
  const after = atoms[cardEnd];
  if (after?.kind === "ord") {
    let card = atoms.slice(0, cardEnd);
    let ord = after;
    let used = cardEnd + 1;
    // "twenty-first", "thirty fifths": a tens word joined to a unit ordinal makes one ordinal.
    const prev = card[card.length - 1];
    if (prev?.kind === "tens" && after.value < 10 && (after.hyphen || after.compoundOnly || card.length > 1)) {
      const head = card.slice(0, -1);
      if (head.length > 0 && (after.hyphen || after.compoundOnly)) {
        card = head;
        ord = { ...after, value: prev.value + after.value, compoundOnly: false };
      }
    }
    // "hundred-fifths" is "hundred fifths": only a tens word joins an ordinal by hyphen.
    const frac = fractionValue(card, ord);
    if (frac) return { value: frac.value, kind: "fraction", denominator: frac.den, used, scaled: false };
    used = cardEnd;
    if (cardEnd === 0) return null;
  }
  if (cardEnd === 0) return null;
  const card = atoms.slice(0, cardEnd);
  const numerator = card.length === 1 && card[0]!.kind === "a" ? 1 : cardinalValue(card);
  // "one and a half", "five and a quarter".
  const and = atoms[cardEnd];
  const a = atoms[cardEnd + 1];
  const ord = atoms[cardEnd + 2];
  if (and?.kind === "and" && a?.kind === "a" && ord?.kind === "ord" && !ord.plural && !ord.compoundOnly && !Number.isNaN(numerator)) {
    return { value: numerator + 1 / ord.value, kind: "fraction", denominator: ord.value, used: cardEnd + 3, scaled: false };
  }
  // A second cardinal that ends in tens or a scale joins the ordinal after it:
  // "twenty twenty fifths" (20/25), "one one hundred fifth" (1/105), "a twenty-first" (1/21).
  const denEnd = longestCardinal(atoms, cardEnd);
  if (denEnd > cardEnd && !Number.isNaN(numerator)) {
    const den = atoms.slice(cardEnd, denEnd);
    const tail = den[den.length - 1]!;
    let ordAt = denEnd;
    if (atoms[ordAt]?.kind === "and" && (tail.kind === "hundred" || tail.kind === "scale")) ordAt++;
    const o = atoms[ordAt];
    const joins = o?.kind === "ord" && (tail.kind === "tens" ? o.value < 10 : tail.kind === "hundred" || tail.kind === "scale");
    const denValue = cardinalValue(den);
    if (o && joins && !Number.isNaN(denValue) && den[0]!.kind !== "hundred" && den[0]!.kind !== "scale" && (o.plural || numerator === 1)) {
      const d = denValue + o.value;
      return { value: numerator / d, kind: "fraction", denominator: d, used: ordAt + 1, scaled: false };
    }
  }
  const run = card;
  if (run.length === 1 && run[0]!.kind === "a") return null;
  const value = cardinalValue(run);
  if (Number.isNaN(value)) return null;
  return { value, kind: "number", used: cardEnd, scaled: scaled(cardEnd) };
}

/** Words a spelled-out quantity can begin with; any other word is passed over at once. */
const NUMBER_STARTERS = new Set<string>([
  ...UNIT_WORDS.keys(),
  ...TEEN_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE_SCALE_WORDS,
  "a",
  "an",
  "half",
  "minus",
  "negative",
  "hundred",
]);
/** After "a"/"an", only these make a number: "a dozen", "a third", "a million", "a half". */
const A_FOLLOWERS = new Set<string>([
  ...SCALE_WORDS.keys(),
  ...DOZEN_WORDS,
  ...FRACTION_WORDS.keys(),
  "hundred",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
]);

/* ------------------------------------------------------------------------------------------ */
/* The scanner                                                                                  */
/* ------------------------------------------------------------------------------------------ */

interface Numeral {
  value: number;
  end: number; // token index one past the numeral
  bareInteger: boolean;
  scaled: boolean;
  dotted?: boolean;
  kind: "number" | "fraction";
  denominator?: number;
}

/** How many dots chain digit runs around token i ("192.168.1.2" has three). */
function dotsAround(c: Cursor, i: number): number {
  let dots = 0;
  for (let k = i; c.isPunct(k - 1, ".") && c.attached(k) && c.at(k - 2)?.kind === "num" && c.attached(k - 1); k -= 2) dots++;
  for (let k = i; c.isPunct(k + 1, ".") && c.attached(k + 1) && c.at(k + 2)?.kind === "num" && c.attached(k + 2); k += 2) dots++;
  return dots;
}

function digitsValue(s: string): number {
  return Number(s);
}

/** Parses a digit numeral whose first digit token is at i. Null when the digits are part of a word ("180ml"). */
function parseNumeral(c: Cursor, i: number): Numeral | null {
  const lead = c.at(i)!;
  if (lead.text.length > MAX_DIGITS) return null;
  // Digits glued to letters before them are an identifier ("FY22", "M4").
  if (c.attached(i) && c.at(i - 1)?.kind === "word") return null;
  let j = i + 1;
  let intText = lead.text;
  let grouped = false;
  // Dotted identifiers: "192.168.1.2" (each part is a number, none a decimal).
  if (dotsAround(c, i) >= 2) {
    return { value: digitsValue(intText), end: j, bareInteger: false, scaled: false, dotted: true, kind: "number" };
  }
  if (lead.text.length <= 3) {
    // Thousands groups: "1,234,567"; a lone group of one or two digits is a decimal comma ("5,00").
    while (c.isPunct(j, ",") && c.attached(j) && c.at(j + 1)?.kind === "num" && c.attached(j + 1) && c.at(j + 1)!.text.length === 3) {
      intText += c.at(j + 1)!.text;
      j += 2;
      grouped = true;
    }
    if (!grouped) {
      // Space groups: "1 234 567", "40 000" (one space or a narrow no-break space between).
      let k = j;
      let spaced = "";
      while (
        c.at(k)?.kind === "space" &&
        c.at(k)!.end - c.at(k)!.start === 1 &&
        c.at(k + 1)?.kind === "num" &&
        c.at(k + 1)!.text.length === 3 &&
        !(c.at(k + 2)?.kind === "word" && c.attached(k + 2)) &&
        !c.isPunct(k + 2, "/")
      ) {
        spaced += c.at(k + 1)!.text;
        k += 2;
      }
      if (spaced) {
        intText += spaced;
        j = k;
        grouped = true;
      }
    }
  }
  let value = digitsValue(intText);
  let bareInteger = !grouped;
  let kind: "number" | "fraction" = "number";
  let denominator: number | undefined;
  // Decimal part.
  if (c.isPunct(j, ".") && c.attached(j) && c.at(j + 1)?.kind === "num" && c.attached(j + 1)) {
    value = Number(`${intText}.${c.at(j + 1)!.text}`);
    j += 2;
    bareInteger = false;
  } else if (
    !grouped &&
    c.isPunct(j, ",") &&
    c.attached(j) &&
    c.at(j + 1)?.kind === "num" &&
    c.attached(j + 1) &&
    c.at(j + 1)!.text.length <= 2 &&
    !(c.isPunct(j + 2, ",") && c.at(j + 3)?.kind === "num") &&
    !(c.isPunct(i - 1, ",") && c.at(i - 2)?.kind === "num")
  ) {
    value = Number(`${intText}.${c.at(j + 1)!.text}`);
    j += 2;
    bareInteger = false;
  }
  // Exponent: "1e10", "12.32e+14", "-12e-1".
  if (c.at(j)?.kind === "word" && c.attached(j) && c.at(j)!.lower === "e") {
    let k = j + 1;
    let sign = 1;
    if (c.isPunct(k, "+-") && c.attached(k)) {
      sign = c.at(k)!.text === "-" ? -1 : 1;
      k++;
    }
    if (c.at(k)?.kind === "num" && c.attached(k) && c.at(k)!.text.length <= 3) {
      value = value * 10 ** (sign * Number(c.at(k)!.text));
      j = k + 1;
      bareInteger = false;
    }
  }
  // Power: "1.1^23", "2.5^-1", "1.1^--23".
  if (c.isPunct(j, "^") && c.attached(j)) {
    let k = j + 1;
    let sign = 1;
    while (c.isPunct(k, "+-") && c.attached(k)) {
      if (c.at(k)!.text === "-") sign = -sign;
      k++;
    }
    if (c.at(k)?.kind === "num" && c.attached(k) && c.at(k)!.text.length <= 3) {
      let exp = Number(c.at(k)!.text);
      k++;
      if (c.isPunct(k, ".") && c.at(k + 1)?.kind === "num" && c.attached(k + 1)) {
        exp = Number(`${c.at(k - 1)!.text}.${c.at(k + 1)!.text}`);
        k += 2;
      }
      value = value ** (sign * exp);
      j = k;
      bareInteger = false;
    }
  }
  // Fraction "3/4"; a second slash makes a date ("5/17/2018"), not a number.
  if (bareInteger && c.isPunct(j, "/") && c.attached(j) && c.at(j + 1)?.kind === "num" && c.attached(j + 1)) {
    if (c.isPunct(j + 2, "/") || c.isPunct(i - 1, "/")) return null;
    const den = Number(c.at(j + 1)!.text);
    if (den === 0) return null;
    denominator = den;
    kind = "fraction";
    j += 2;
    bareInteger = false;
  } else if (bareInteger && c.isPunct(i - 1, "/") && c.attached(i)) {
    return null;
  }
  // Mixed number: "2 1/4".
  if (kind === "number" && bareInteger) {
    const k = c.next(j);
    if (
      k > j &&
      c.at(k)?.kind === "num" &&
      c.isPunct(k + 1, "/") &&
      c.attached(k + 1) &&
      c.at(k + 2)?.kind === "num" &&
      c.attached(k + 2) &&
      !c.isPunct(k + 3, "/")
    ) {
      const num = Number(c.at(k)!.text);
      const den = Number(c.at(k + 2)!.text);
      if (den > 0 && num < den) {
        value = value + num / den;
        j = k + 3;
        bareInteger = false;
      }
    }
  }
  // Attached multiplier ("10k", "1.2b", "1MM"); any other letters glued on make it a measurement or a name.
  let scaled = false;
  const glued = c.at(j);
  if (glued?.kind === "word" && c.attached(j)) {
    const mult = ATTACHED_SUFFIXES.get(glued.text);
    if (mult === undefined || kind === "fraction") return null;
    value *= mult;
    j += 1;
    scaled = true;
    bareInteger = false;
  } else if (glued?.kind === "num" && c.attached(j)) {
    return null;
  }
  // Spaced multiplier ("2.33 k") or scale words ("1.8 million", "322 hundred", "3 dozens").
  if (!scaled && kind === "number") {
    const k = c.next(j);
    const w = c.at(k);
    if (k > j && w?.kind === "word" && !(c.at(k + 1)?.kind === "word" && c.attached(k + 1))) {
      const mult = SPACED_SUFFIXES.get(w.text);
      const letterAfter = c.at(k + 1)?.kind === "word" || c.at(k + 1)?.kind === "num";
      if (mult !== undefined && !letterAfter && !(w.text.length === 1 && c.isPunct(k + 1, ".") && c.at(k + 2)?.kind === "word")) {
        value *= mult;
        j = k + 1;
        scaled = true;
        bareInteger = false;
      } else {
        const atoms = readAtoms(c, k);
        let n = 0;
        let product = 1;
        let total = value;
        let used = 0;
        while (n < atoms.length) {
          const a = atoms[n]!;
          if (a.kind === "hundred" || a.kind === "scale") {
            product = a.kind === "scale" && total * product < a.value ? product * a.value : product * a.value;
            used = n + 1;
          } else if (a.kind === "dozen") {
            product *= 12;
            used = n + 1;
          } else break;
          n++;
        }
        if (used > 0) {
          total = value * product;
          value = total;
          j = atoms[used - 1]!.token + 1;
          scaled = true;
          bareInteger = false;
        }
      }
    }
  }
  return { value, end: j, bareInteger, scaled, kind, denominator };
}

/** Percent marker after a number: "%", "percent", "per cent", "percentage points". Returns the end token. */
function percentAfter(c: Cursor, j: number): { end: number; points: boolean } | null {
  if (c.isPunct(j, "%\uff05")) return { end: j + 1, points: false };
  const k = c.next(j);
  if (c.isPunct(k, "%") && k === j + 1) return { end: k + 1, points: false };
  const w = c.at(k);
  if (w?.kind !== "word") return null;
  if (PERCENT_WORDS.has(w.lower) && !(w.lower === "pc" && w.text !== "pc")) {
    const p = c.next(k + 1);
    if (w.lower === "percentage" && c.isWord(p, "point", "points")) return { end: p + 1, points: true };
    return { end: k + 1, points: false };
  }
  if (w.lower === "per") {
    const p = c.next(k + 1);
    if (c.isWord(p, "cent")) return { end: p + 1, points: false };
  }
  return null;
}

function signBefore(c: Cursor, i: number): { start: number; sign: number } | null {
  const prev = c.at(i - 1);
  if (!prev) return null;
  if (prev.kind === "punct" && DASHES.includes(prev.text)) {
    const before = c.at(i - 2);
    if (!before || before.kind === "space" || before.kind === "newline" || (before.kind === "punct" && "([{:=,;".includes(before.text))) {
      return { start: i - 1, sign: -1 };
    }
    return null;
  }
  // "- 1 4/5" at the start of a line.
  if (prev.kind === "space") {
    const dash = c.at(i - 2);
    if (dash?.kind === "punct" && DASHES.includes(dash.text)) {
      const before = c.at(i - 3);
      if (!before || before.kind === "newline") return { start: i - 2, sign: -1 };
    }
  }
  const k = i - 1 - (prev.kind === "space" ? 1 : 0);
  if (k < i - 1 || prev.kind === "space") {
    if (c.isWord(k, "minus", "negative")) return { start: k, sign: -1 };
  }
  return null;
}

export interface ScanOptions {
  /** Also report vague quantities ("thousands of"), with a null value. */
  vague?: boolean;
}

/** Finds every quantity in tokens (from tokenize). */
export function scanQuantities(tokens: Token[], options: ScanOptions = {}): Quantity[] {
  const c = new Cursor(tokens);
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Only a numeral, a word or the point of ".08" begins a quantity: half the tokens are passed
    // over here without a call.
    const t = tokens[i]!;
    if (t.kind === "space" || t.kind === "newline" || (t.kind === "punct" && t.text !== ".")) {
      i++;
      continue;
    }
    const q = quantityAt(c, i, options);
    if (q) {
      out.push(q);
      i = q.lastToken;
    } else if (tokens[i]!.kind === "num") {
      // Digits that are not a number ("180ml", "4th", "FY22") take what is glued to them along.
      i++;
      while (
        i < tokens.length &&
        tokens[i]!.kind !== "space" &&
        tokens[i]!.kind !== "newline" &&
        c.attached(i) &&
        (tokens[i]!.kind !== "punct" || ".,/-".includes(tokens[i]!.text))
      )
        i++;
    } else i++;
  }
  return out;
}

function quantityAt(c: Cursor, i: number, options: ScanOptions): Quantity | null {
  const t = c.at(i)!;
  // Prefix percentage: "percent of 10", "per cent of twenty-two".
  if (t.kind === "word" && (t.lower === "percent" || t.lower === "percents" || t.lower === "per")) {
    let k = c.next(i + 1);
    if (t.lower === "per") {
      if (!c.isWord(k, "cent")) return null;
      k = c.next(k + 1);
    }
    const prev = c.at(i - 1 - (c.at(i - 1)?.kind === "space" ? 1 : 0));
    if (c.isWord(k, "of") && !(prev && (prev.kind === "num" || prev.kind === "word"))) {
      const n = c.next(k + 1);
      const inner = n < c.tokens.length ? quantityAt(c, n, options) : null;
      if (inner && inner.kind === "number" && inner.value !== null) {
        return { ...inner, start: t.start, firstToken: i, kind: "percent" };
      }
    }
    return null;
  }
  if (t.kind === "word" && mayBeMultiple(t.lower)) {
    const multiple = multipleAt(c, i);
    if (multiple) return multiple;
  }
  let startTok = i;
  let sign = 1;
  let q: (Omit<Quantity, "start" | "end" | "firstToken" | "lastToken"> & { endTok: number }) | null = null;

  if (
    t.kind === "num" ||
    (t.kind === "punct" &&
      t.text === "." &&
      c.at(i + 1)?.kind === "num" &&
      c.attached(i + 1) &&
      !(c.at(i - 1)?.kind === "num" && c.attached(i)))
  ) {
    let numeral: Numeral | null;
    if (t.kind === "punct") {
      // ".08": a decimal with no integer part.
      const frac = c.at(i + 1)!;
      if (c.at(i + 2)?.kind === "word" && c.attached(i + 2)) return null;
      numeral = { value: Number(`0.${frac.text}`), end: i + 2, bareInteger: false, scaled: false, kind: "number" };
    } else {
      numeral = parseNumeral(c, i);
    }
    if (!numeral) {
      // Skip the whole glued token run so "180ml" does not yield "180" later.
      return null;
    }
    const s = t.kind === "num" ? signBefore(c, i) : null;
    if (s) {
      startTok = s.start;
      sign = s.sign;
    }
    q = {
      kind: numeral.kind,
      value: sign * numeral.value,
      denominator: numeral.denominator,
      endTok: numeral.end,
      spelled: false,
      scaled: numeral.scaled,
      bareInteger: numeral.bareInteger && sign === 1,
      dotted: numeral.dotted,
    };
    if (numeral.kind === "fraction" && numeral.denominator) {
      q.value = (sign * numeral.value) / numeral.denominator;
    }
  } else if (t.kind === "word") {
    if (!NUMBER_STARTERS.has(t.lower)) return null;
    if ((t.lower === "a" || t.lower === "an") && !A_FOLLOWERS.has(c.at(c.next(i + 1))?.lower ?? "")) return null;
    let k = i;
    if (t.lower === "minus" || t.lower === "negative") {
      k = c.next(i + 1);
      sign = -1;
      if (c.at(k)?.kind === "num") {
        const numeral = parseNumeral(c, k);
        if (!numeral) return null;
        q = { kind: numeral.kind, value: -numeral.value, endTok: numeral.end, spelled: true, scaled: numeral.scaled, bareInteger: false };
        if (numeral.kind === "fraction" && numeral.denominator) q.value = -numeral.value / numeral.denominator;
      }
    }
    if (!q) {
      const w = c.at(k);
      if (!w || w.kind !== "word") return null;
      // "half a million", "half a dozen"
      if (w.lower === "half") {
        const a = c.next(k + 1);
        const s = c.next(a + 1);
        if (c.isWord(a, "a", "an") && c.at(s)?.kind === "word") {
          const scale =
            SCALE_WORDS.get(c.at(s)!.lower) ?? (c.at(s)!.lower === "hundred" ? 100 : DOZEN_WORDS.has(c.at(s)!.lower) ? 12 : undefined);
          if (scale !== undefined) {
            q = { kind: "number", value: sign * scale * 0.5, endTok: s + 1, spelled: true, scaled: true, bareInteger: false };
          }
        }
        // "half a percentage point", "half a percent": a number the percent marker after it turns into a percentage.
        if (!q && c.isWord(a, "a") && percentAfter(c, a + 1)) {
          q = { kind: "number", value: sign * 0.5, endTok: a + 1, spelled: true, scaled: false, bareInteger: false };
        }
        if (!q)
          q = { kind: "fraction", value: sign * 0.5, denominator: 2, endTok: k + 1, spelled: true, scaled: false, bareInteger: false };
      } else if (options.vague && VAGUE_SCALE_WORDS.has(w.lower) && w.lower !== "tens" && c.isWord(c.next(k + 1), "of")) {
        q = { kind: "number", value: null, endTok: k + 1, spelled: true, scaled: true, bareInteger: false };
      } else {
        const atoms = readAtoms(c, k);
        const parsed = parseWordNumber(atoms);
        if (!parsed) return null;
        const lastAtom = atoms[parsed.used - 1]!;
        q = {
          kind: parsed.kind,
          value: sign * parsed.value,
          denominator: parsed.denominator,
          endTok: lastAtom.token + 1,
          spelled: true,
          scaled: parsed.scaled,
          bareInteger: false,
        };
        const single = parsed.used === 1 && atoms[0]!.kind === "unit" && atoms[0]!.value === 1;
        if (single) q.lonelyOne = true;
        // "point": decimals spelled digit by digit ("two hundred point zero three", "nought point eleven").
        if (parsed.kind === "number") {
          const p = c.next(q.endTok);
          if (c.isWord(p, "point")) {
            let k2 = c.next(p + 1);
            let digits = "";
            let end = -1;
            while (c.at(k2)?.kind === "word") {
              const lw = c.at(k2)!.lower;
              const u = UNIT_WORDS.get(lw) ?? TEEN_WORDS.get(lw) ?? TENS_WORDS.get(lw);
              if (u === undefined) break;
              let d = String(u);
              let next = c.next(k2 + 1);
              if (TENS_WORDS.has(lw) && c.isPunct(next, "-")) {
                const unitTok = c.next(next + 1);
                const uu = UNIT_WORDS.get(c.at(unitTok)?.lower ?? "");
                if (uu !== undefined && uu > 0) {
                  d = String(u + uu);
                  k2 = unitTok;
                  next = c.next(k2 + 1);
                }
              }
              digits += d;
              end = k2 + 1;
              k2 = next;
            }
            if (digits) {
              q.value = sign * (parsed.value + Number(`0.${digits}`));
              q.endTok = end;
              q.lonelyOne = false;
            }
          }
        }
      }
    }
    startTok = i;
  }
  if (!q) return null;

  let end = q.endTok;
  // Ratios and fractions written with "over" / "out of": "4,601 out of 5,939", "one over three".
  if (q.kind === "number" && q.value !== null) {
    const k = c.next(end);
    let right = -1;
    let kind: "ratio" | "fraction" | null = null;
    if (c.isWord(k, "out") && c.isWord(c.next(k + 1), "of")) {
      right = c.next(c.next(k + 1) + 1);
      if (c.isWord(right, "every")) right = c.next(right + 1); // "1 out of every 4"
      kind = "ratio";
    } else if (c.isWord(k, "over") && !c.isPunct(startTok - 1, "$")) {
      right = c.next(k + 1);
      kind = "fraction";
    }
    if (kind && right < c.tokens.length) {
      const r = quantityAt(c, right, {});
      if (r && r.kind === "number" && r.value !== null && r.value !== 0) {
        const wordAfter = c.at(c.next(r.lastToken));
        const nounAfter = wordAfter?.kind === "word" && !PERCENT_WORDS.has(wordAfter.lower);
        if (kind === "ratio" || !nounAfter) {
          q.denominator = r.value;
          q.kind = kind;
          if (kind === "fraction") q.value = q.value / r.value;
          q.lonelyOne = false;
          q.bareInteger = false;
          end = r.lastToken;
        }
      }
    }
  }
  // A multiple in two words: "5-fold", "five-fold".
  if (
    q.kind === "number" &&
    q.value !== null &&
    c.isPunct(end, "-") &&
    c.attached(end) &&
    c.isWord(end + 1, "fold") &&
    c.attached(end + 1)
  ) {
    q.multiple = true;
    q.bareInteger = false;
    end += 2;
  }
  // Percent.
  if (q.kind === "number" && q.value !== null) {
    const p = percentAfter(c, end);
    if (p) {
      q.kind = "percent";
      q.points = p.points;
      end = p.end;
      q.bareInteger = false;
      q.lonelyOne = false;
    }
  }
  const first = c.at(startTok)!;
  const last = c.at(end - 1)!;
  // "- 0" is zero, not -0 (which JSON would print as 0 and a comparison would tell apart).
  if (q.value === 0) q.value = 0;
  // A scale multiplies in binary floating point: "$4.1 billion" is 4,100,000,000, not 4,099,999,999.9999995.
  if (q.scaled && q.value !== null && !Number.isInteger(q.value)) q.value = roundScaled(q.value);
  // Spelled out rather than spread: q's optional fields give it many shapes, and a spread of
  // those takes a slow generic path on every quantity.
  return {
    start: first.start,
    end: last.end,
    kind: q.kind,
    value: q.value,
    denominator: q.denominator,
    firstToken: startTok,
    lastToken: end,
    spelled: q.spelled,
    scaled: q.scaled,
    bareInteger: q.bareInteger,
    points: q.points,
    dotted: q.dotted,
    lonelyOne: q.lonelyOne,
    multiple: q.multiple,
  };
}

/** Convenience for the `numbers` command and the peer suite: every number in one string. */
export function findNumbers(text: string): { start: number; end: number; text: string; value: number | null }[] {
  const tokens = tokenize(text);
  return scanQuantities(tokens).map((q) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    value: q.kind === "ratio" && q.value !== null && q.denominator ? q.value / q.denominator : q.value,
  }));
}
