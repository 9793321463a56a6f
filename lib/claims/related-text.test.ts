import { describe, expect, it } from "vitest";
import {
  relatedScore,
  sameFigure,
  sameValue,
  similarSubject,
  statedStep,
  subjectSimilarity,
  valueRange,
  type StatisticKey,
} from "./related-text";

const key = (text: string, value: number | null, extra: Partial<StatisticKey> = {}): StatisticKey => ({
  text,
  value,
  unit: "count",
  denominator: null,
  currency: null,
  ...extra,
});

describe("statedStep", () => {
  it.each([
    ["1.8 million", 1_800_000, 100_000],
    ["1,800,000", 1_800_000, 1],
    ["$4.25 billion", 4_250_000_000, 10_000_000],
    ["12 percent", 12, 1],
    ["12.5%", 12.5, 0.1],
    ["45 out of 100", 45, 1],
    ["2m", 2_000_000, 1_000_000],
  ])("%s is stated to the nearest %s", (text, value, step) => {
    expect(statedStep(text, value)).toBeCloseTo(step, 6);
  });

  it("counts a figure in words as precise to its leading digit", () => {
    expect(statedStep("two million", 2_000_000)).toBe(1_000_000);
    expect(statedStep("a dozen", 12)).toBe(10);
    expect(statedStep("none", 0)).toBe(1);
  });
});

describe("sameValue", () => {
  it("matches the same number written at different precision", () => {
    expect(sameValue(key("1.8 million", 1_800_000), key("1,800,000", 1_800_000))).toBe(true);
    expect(sameValue(key("1.8 million", 1_800_000), key("1,812,000", 1_812_000))).toBe(true);
    expect(sameValue(key("12 percent", 12), key("12.4 percent", 12.4))).toBe(true);
  });

  it("does not match numbers the rounding cannot explain", () => {
    expect(sameValue(key("1.8 million", 1_800_000), key("1.9 million", 1_900_000))).toBe(false);
    expect(sameValue(key("1,800,000", 1_800_000), key("1,800,001", 1_800_001))).toBe(false);
    expect(sameValue(key("12.1 percent", 12.1), key("12.4 percent", 12.4))).toBe(false);
  });

  it("caps the tolerance at 5% so one-digit figures do not swallow their neighbours", () => {
    expect(sameValue(key("2 million", 2_000_000), key("1.8 million", 1_800_000))).toBe(false);
    expect(sameValue(key("2 million", 2_000_000), key("1.95 million", 1_950_000))).toBe(true);
    expect(sameValue(key("3 percent", 3), key("3.4 percent", 3.4))).toBe(false);
  });

  it("never matches a missing value", () => {
    expect(sameValue(key("thousands", null), key("thousands", null))).toBe(false);
  });

  it("is symmetric and stays inside the index range", () => {
    const pairs: [StatisticKey, StatisticKey][] = [
      [key("1.8 million", 1_800_000), key("1,760,000", 1_760_000)],
      [key("2 million", 2_000_000), key("1.9 million", 1_900_000)],
      [key("-4.5 percent", -4.5), key("-4.3 percent", -4.3)],
      [key("0", 0), key("0.0", 0)],
    ];
    for (const [a, b] of pairs) {
      expect(sameValue(a, b)).toBe(sameValue(b, a));
      if (sameValue(a, b) && a.value !== null && b.value !== null) {
        const range = valueRange(a.value);
        expect(b.value).toBeGreaterThanOrEqual(range.low);
        expect(b.value).toBeLessThanOrEqual(range.high);
      }
    }
  });
});

describe("sameFigure", () => {
  it("needs the same unit", () => {
    expect(sameFigure(key("12", 12, { unit: "percent" }), key("12", 12, { unit: "count" }))).toBe(false);
  });

  it("needs the same currency and denominator where both give one", () => {
    const dollars = key("$4.2 billion", 4.2e9, { unit: "money", currency: "USD" });
    expect(sameFigure(dollars, key("€4.2 billion", 4.2e9, { unit: "money", currency: "EUR" }))).toBe(false);
    expect(sameFigure(dollars, key("4.2 billion", 4.2e9, { unit: "money", currency: null }))).toBe(true);
    const ratio = key("45 out of 100", 45, { unit: "ratio", denominator: 100 });
    expect(sameFigure(ratio, key("45 of 100", 45, { unit: "ratio", denominator: 100 }))).toBe(true);
    expect(sameFigure(ratio, key("45 of 120", 45, { unit: "ratio", denominator: 120 }))).toBe(false);
  });
});

describe("subjectSimilarity", () => {
  it("measures the shared words against the shorter subject", () => {
    const similarity = subjectSimilarity(["known", "gotaway"], ["known", "gotaway", "southern", "border"]);
    expect(similarity).toEqual({ overlap: 1, jaccard: 0.5 });
    expect(similarSubject(similarity)).toBe(true);
  });

  it("rejects subjects with too little in common or no words at all", () => {
    expect(similarSubject(subjectSimilarity(["vaccin", "dose"], ["known", "gotaway"]))).toBe(false);
    expect(similarSubject(subjectSimilarity(["violent", "crime", "rate"], ["crime", "budget", "school"]))).toBe(false);
    expect(similarSubject(subjectSimilarity([], ["known"]))).toBe(false);
  });

  it("ranks a closer subject and a closer value higher", () => {
    const close = relatedScore(subjectSimilarity(["a", "b"], ["a", "b"]), 10, 10);
    const looser = relatedScore(subjectSimilarity(["a", "b"], ["a", "b", "c", "d"]), 10, 10);
    const farther = relatedScore(subjectSimilarity(["a", "b"], ["a", "b"]), 10, 10.4);
    expect(close).toBeGreaterThan(looser);
    expect(close).toBeGreaterThan(farther);
  });
});
