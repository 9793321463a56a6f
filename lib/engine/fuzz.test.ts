/**
 * Property-based fuzzing: whatever the text, the engine returns claims that keep the contract,
 * and never throws. Inputs are built from fragments that stress the recognizer (separators, signs,
 * quotes, number words, lone surrogates) as well as arbitrary Unicode.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims, findNumbers } from "./index";
import type { Extraction } from "./types";

const FRAGMENTS = [
  "0",
  "7",
  "19",
  "2020",
  "142,580",
  "1,",
  ",",
  ".",
  "..",
  "%",
  "$",
  "€",
  "-",
  "–",
  "/",
  "^",
  "e",
  "k",
  "M",
  "(",
  ")",
  "“",
  "”",
  '"',
  "'",
  "’",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\t",
  "\u00a0",
  "\u202f",
  "…",
  "?",
  "!",
  ":",
  ";",
  "one",
  "a",
  "an",
  "and",
  "half",
  "third",
  "dozen",
  "hundred",
  "million",
  "percent",
  "per",
  "cent",
  "point",
  "out",
  "of",
  "in",
  "over",
  "between",
  "to",
  "minus",
  "times",
  "said",
  "according to",
  "since",
  "fiscal year",
  "FY",
  "September",
  "May",
  "U.S.",
  "Sen.",
  "COVID-19",
  "H.R.",
  "Section",
  "\ud800",
  "\udc00",
  "😀",
  "x",
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 }).map((parts) => parts.join("")),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(" ")),
  fc.string({ unit: "binary", maxLength: 300 }),
);

function keepsContract(text: string, { claims, checks }: Extraction): void {
  let previousEnd = 0;
  for (const c of claims) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(previousEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.value === null || Number.isFinite(c.value)).toBe(true);
    expect(["percent", "count", "money", "ratio", "other"]).toContain(c.unit);
    expect(typeof c.subject).toBe("string");
    expect(c.sentence.start).toBeLessThanOrEqual(c.start);
    expect(c.sentence.end).toBeGreaterThanOrEqual(c.end);
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    previousEnd = c.end;
  }
  for (const k of checks) for (const i of k.claims) expect(claims[i]).toBeDefined();
  // What the command line prints must survive JSON (no NaN or Infinity turning into null).
  expect(JSON.parse(JSON.stringify({ claims, checks }))).toEqual({ claims, checks });
}

describe("fuzz", () => {
  it("extractClaims keeps the contract on any text", () => {
    fc.assert(
      fc.property(textArb, (text) => keepsContract(text, extractClaims(text))),
      { numRuns: 1500 },
    );
  });

  it("findNumbers returns in-bounds, ordered spans on any text", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        let previousEnd = 0;
        for (const n of findNumbers(text)) {
          expect(n.start).toBeGreaterThanOrEqual(previousEnd);
          expect(n.end).toBeGreaterThan(n.start);
          expect(n.text).toBe(text.slice(n.start, n.end));
          expect(n.value === null || Number.isFinite(n.value)).toBe(true);
          previousEnd = n.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("finishes on long pathological strings (a hang fails by the test's timeout)", () => {
    const size = 1 << 17;
    for (const unit of ["9", ",", "1,", "“", '"a ', "one ", "a ", "(", ".", "$", "- ", "\ud800", "one hundred and "]) {
      const text = unit.repeat(Math.ceil(size / unit.length));
      keepsContract(text, extractClaims(text));
    }
  }, 180_000);
});
