/**
 * The number layer on its own: what `findNumbers` reads from a phrase, before any judgement about
 * claims. Texts are the engine's own, written for the domains it meets (budgets, crime, health,
 * schools, immigration).
 */
import { describe, expect, it } from "vitest";
import { findNumbers, scanQuantities } from "./numbers";
import { tokenize } from "./tokens";

/** [phrase, the number's text, its value] — one number expected in the phrase. */
type One = [string, string, number];

const close = (got: number | null, want: number) => {
  expect(got).not.toBeNull();
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
};

function theNumber(phrase: string, text: string, value: number) {
  const found = findNumbers(phrase);
  expect(
    found.map((n) => n.text),
    phrase,
  ).toEqual([text]);
  const n = found[0]!;
  expect(phrase.slice(n.start, n.end)).toBe(text);
  close(n.value, value);
}

describe("numerals", () => {
  it.each<One>([
    ["the clinic logged 142,580 visits", "142,580", 142580],
    ["graduation reached 77.5 in the index", "77.5", 77.5],
    ["a budget line of 1,250,000 dollars", "1,250,000", 1250000],
    ["the fund closed at -12.5 after the audit", "-12.5", -12.5],
    ["revenue growth of −3 points", "−3", -3],
    ["a balance of minus 40", "minus 40", -40],
    ["only .08 of the grant remained", ".08", 0.08],
  ])("%s", theNumber);
});

describe("multipliers and scale words", () => {
  it.each<One>([
    ["the district hired 10k tutors", "10k", 10000],
    ["the state borrowed $1.2B for bridges", "1.2B", 1.2e9],
    ["about 1.8 million residents", "1.8 million", 1.8e6],
    ["half a million vaccine doses", "half a million", 500000],
    ["twelve dozen body cameras", "twelve dozen", 144],
    ["2.33 k applicants", "2.33 k", 2330],
  ])("%s", theNumber);
});

describe("spelled-out numbers", () => {
  it.each<One>([
    ["three million ballots", "three million", 3e6],
    ["fourteen counties", "fourteen", 14],
    ["forty-one hospitals", "forty-one", 41],
    ["a dozen shelters", "a dozen", 12],
    ["two hundred and fifty beds", "two hundred and fifty", 250],
    ["twenty-five thousand students", "twenty-five thousand", 25000],
    ["one and a half years", "one and a half", 1.5],
  ])("%s", theNumber);
});

describe("fractions", () => {
  it.each<One>([
    ["a third of inmates", "a third", 1 / 3],
    ["3/4 of the budget", "3/4", 0.75],
    ["two-thirds of teachers", "two-thirds", 2 / 3],
    ["3 1/2 miles of fence", "3 1/2", 3.5],
  ])("%s", theNumber);

  it("keeps the numerator and denominator of a fraction", () => {
    const [q] = scanQuantities(tokenize("two-thirds of teachers"));
    expect(q).toMatchObject({ kind: "fraction", denominator: 3, spelled: true });
  });
});

describe("percentages", () => {
  it.each<One>([
    ["enrollment rose 213 percent", "213 percent", 213],
    ["coverage reached 94.3%", "94.3%", 94.3],
    ["unemployment at 6.2 per cent", "6.2 per cent", 6.2],
    ["a rise of 1.5 percentage points", "1.5 percentage points", 1.5],
  ])("%s", theNumber);

  it("marks percentage points apart from percent", () => {
    const [q] = scanQuantities(tokenize("1.5 percentage points"));
    expect(q).toMatchObject({ kind: "percent", points: true });
  });
});

describe("ratios", () => {
  it("reads 'out of' as one ratio with a numerator and a denominator", () => {
    const [q] = scanQuantities(tokenize("4,601 out of 5,939 cases"));
    expect(q).toMatchObject({ kind: "ratio", value: 4601, denominator: 5939 });
    const [n] = findNumbers("4,601 out of 5,939 cases");
    expect(n!.text).toBe("4,601 out of 5,939");
  });

  it("leaves 'one in five' as two numbers for the claim layer to join", () => {
    expect(findNumbers("one in five children").map((n) => n.text)).toEqual(["one", "five"]);
  });
});

describe("what the number layer refuses", () => {
  it.each<[string]>([["5/17/2018"], ["the 4th precinct"], ["the FY22 plan"], ["180ml of saline"]])("%s holds no number", (phrase) => {
    expect(findNumbers(phrase)).toEqual([]);
  });

  it("reads a signed zero as zero, never -0", () => {
    const [n] = findNumbers("- 0");
    expect(Object.is(n!.value, 0)).toBe(true);
  });

  it("flags a lone 'one' so the claim layer can judge it", () => {
    const [q] = scanQuantities(tokenize("no one was hurt"));
    expect(q?.lonelyOne).toBe(true);
  });

  it("flags a plain four-digit integer as bare, for the year test", () => {
    const [q] = scanQuantities(tokenize("since 2020"));
    expect(q).toMatchObject({ value: 2020, bareInteger: true });
  });

  it("reports 'thousands of' only when asked, with a null value", () => {
    const tokens = tokenize("thousands of migrants");
    expect(scanQuantities(tokens)).toEqual([]);
    expect(scanQuantities(tokens, { vague: true })[0]).toMatchObject({ value: null });
  });
});
