/** English number vocabulary: cardinals, scales, fraction denominators and numeral suffixes. */

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["nought", 0],
  ["naught", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
]);

export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fourty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

/** Multipliers written as words; "hundred" is handled apart because it scales within a group. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["lakh", 1e5],
  ["lakhs", 1e5],
  ["lac", 1e5],
  ["crore", 1e7],
  ["crores", 1e7],
]);

export const DOZEN_WORDS = new Set(["dozen", "dozens", "dz", "dzs", "doz", "dozs"]);

/** Plural scale words that stand for an unstated number ("thousands of migrants"). */
export const VAGUE_SCALE_WORDS = new Set(["dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens"]);

/** Ordinals that name a fraction's denominator ("fifth", "quarters"); value is the denominator. */
const ORDINAL_BASE: [string, number][] = [
  ["half", 2],
  ["third", 3],
  ["fourth", 4],
  ["quarter", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["thirtieth", 30],
  ["fortieth", 40],
  ["fiftieth", 50],
  ["sixtieth", 60],
  ["seventieth", 70],
  ["eightieth", 80],
  ["ninetieth", 90],
  ["hundredth", 100],
  ["thousandth", 1e3],
  ["millionth", 1e6],
  ["billionth", 1e9],
  ["trillionth", 1e12],
];

export interface FractionWord {
  denominator: number;
  plural: boolean;
  /** "first" and "second" only name a denominator inside a compound ("twenty-first"). */
  compoundOnly: boolean;
}

export const FRACTION_WORDS: ReadonlyMap<string, FractionWord> = (() => {
  const map = new Map<string, FractionWord>();
  for (const [word, denominator] of ORDINAL_BASE) {
    map.set(word, { denominator, plural: false, compoundOnly: false });
    map.set(word === "half" ? "halves" : `${word}s`, { denominator, plural: true, compoundOnly: false });
  }
  for (const [word, denominator] of [
    ["first", 1],
    ["second", 2],
  ] as const) {
    map.set(word, { denominator, plural: false, compoundOnly: true });
    map.set(`${word}s`, { denominator, plural: true, compoundOnly: true });
  }
  return map;
})();

/**
 * Multiplier suffixes written against a numeral ("10k", "$1.2B", "2mil"). Case matters:
 * "10M" is ten million but "1m" is a metre, and "mm" is millimetres while "MM" is a million.
 */
export const ATTACHED_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["K", 1e3],
  ["M", 1e6],
  ["MM", 1e6],
  ["mil", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["Mn", 1e6],
  ["b", 1e9],
  ["B", 1e9],
  ["bn", 1e9],
  ["Bn", 1e9],
  ["bln", 1e9],
  ["G", 1e9],
  ["T", 1e12],
  ["tn", 1e12],
  ["tln", 1e12],
  ["trn", 1e12],
]);

/** The same suffixes after a space ("2.33 k", "10 bln"); the one-letter lower-case ones only for k. */
export const SPACED_SUFFIXES: ReadonlyMap<string, number> = new Map([...ATTACHED_SUFFIXES].filter(([s]) => s !== "b" && s !== "T"));

export const PERCENT_WORDS = new Set(["percent", "percents", "percentage", "pct", "pc"]);
