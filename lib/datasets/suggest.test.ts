import { describe, expect, it } from "vitest";
import { compareFigure, roundingHalfWidth } from "./agreement";
import type { Fact } from "./columns";
import { periodOf, periodsIn } from "./period";
import { suggest, type SuggestClaim } from "./suggest";

const fact = (
  row: number,
  categories: string[],
  period: string | null,
  measure: string,
  value: number,
  population: number | null = null,
): Fact => ({ row, categories, period, measure, value, population });

const claim = (over: Partial<SuggestClaim>): SuggestClaim => ({ text: "1", value: 1, unit: "count", subject: "", sentence: "", ...over });

describe("agreement within the claim's rounding", () => {
  it("reads the rounding from the figure as written", () => {
    expect(compareFigure({ text: "1.8 million", value: 1_800_000, unit: "count" }, 1_763_000).sentence).toBe(
      "1.8 million covers 1,750,000–1,850,000: agrees",
    );
    expect(compareFigure({ text: "1.8 million", value: 1_800_000, unit: "count" }, 1_607_000)).toMatchObject({
      agrees: false,
      sentence: "differs by 12% from 1,607,000",
    });
    expect(roundingHalfWidth("45,000", 45_000)).toBe(500);
    expect(roundingHalfWidth("17,505", 17_505)).toBe(0.5);
    expect(roundingHalfWidth("2.9 percent", 2.9)).toBeCloseTo(0.05);
    expect(compareFigure({ text: "2.9 percent", value: 2.9, unit: "percent" }, 2.95).agrees).toBe(true);
    expect(compareFigure({ text: "2.9 percent", value: 2.9, unit: "percent" }, 2.96).sentence).toBe(
      "differs by 0.06 percentage points from 2.96%",
    );
  });

  it("reads bounds, approximations and directions", () => {
    expect(compareFigure({ text: "more than 45,000", value: 45_000, unit: "count", bound: "lower" }, 52_000).agrees).toBe(true);
    expect(compareFigure({ text: "more than 45,000", value: 45_000, unit: "count", bound: "lower" }, 40_000).agrees).toBe(false);
    expect(compareFigure({ text: "about 2 million", value: 2_000_000, unit: "count", bound: "approximate" }, 1_960_000).agrees).toBe(true);
    expect(compareFigure({ text: "3 percent", value: 3, unit: "percent", direction: "decrease" }, -3.2, { signed: true }).agrees).toBe(
      true,
    );
    expect(compareFigure({ text: "3 percent", value: 3, unit: "percent", direction: "increase" }, -3.2, { signed: true }).agrees).toBe(
      false,
    );
  });
});

describe("periods", () => {
  it("normalises the forms tables and releases use", () => {
    expect(periodOf("FY17")).toBe("FY2017");
    expect(periodOf("Office of Field Operations")).toBeNull();
    expect(periodsIn("in fiscal year 2023, up from FY22")).toEqual(["FY2023", "FY2022"]);
    expect(periodsIn("from SY 2019–20 to the 2020-21 school year")).toEqual(["SY2019-20", "SY2020-21"]);
    expect(periodsIn("In February 2016, up from January")).toEqual(["2016-02", "M01"]);
  });
});

describe("suggest", () => {
  const border: Fact[] = [
    fact(1, ["Southwest border"], "FY2022", "Encounters", 2_214_652),
    fact(1, ["Southwest border"], "FY2023", "Encounters", 2_063_692),
    fact(2, ["Northern border"], "FY2022", "Encounters", 109_535),
    fact(2, ["Northern border"], "FY2023", "Encounters", 189_402),
  ];
  const datasets = [{ id: 7, title: "Border encounters by region", facts: border }];

  it("ranks the cell the subject and period name first and says it agrees", () => {
    const [best] = suggest(
      claim({
        text: "2.1 million",
        value: 2_100_000,
        subject: "southwest border encounters",
        timeScope: "in FY2023",
        sentence: "Southwest border encounters reached 2.1 million in FY2023.",
      }),
      datasets,
    );
    expect(best).toMatchObject({
      datasetId: 7,
      description: "Southwest border: Encounters, FY2023",
      value: 2_063_692,
      spec: { kind: "cell" },
    });
    expect(best?.agreement.agrees).toBe(true);
  });

  it("computes the change between periods in words and flags a wrong percentage", () => {
    const [best] = suggest(
      claim({
        text: "12 percent",
        value: 12,
        unit: "percent",
        direction: "decrease",
        subject: "southwest border encounters",
        timeScope: "in FY2023",
        sentence: "Southwest border encounters fell 12 percent in FY2023.",
      }),
      datasets,
    );
    expect(best?.description).toBe("Southwest border: Encounters, FY2023 minus FY2022, as a percent of FY2022");
    expect(best?.value).toBeCloseTo(-6.8165, 3);
    expect(best?.agreement).toMatchObject({ agrees: false, sentence: "differs by 5.18 percentage points from -6.82%" });
  });

  it("gives the sum over categories, a share, and a rate per N with a population column", () => {
    const sum = suggest(
      claim({
        text: "2.25 million",
        value: 2_250_000,
        subject: "encounters at all borders",
        timeScope: "FY2023",
        sentence: "Encounters at all borders totalled 2.25 million in FY2023.",
      }),
      datasets,
    );
    expect(sum[0]).toMatchObject({ spec: { kind: "sum", period: "FY2023" }, value: 2_253_094 });
    const share = suggest(
      claim({
        text: "92 percent",
        value: 92,
        unit: "percent",
        subject: "southwest border",
        timeScope: "FY2023",
        sentence: "The southwest border accounted for 92 percent of encounters in FY2023.",
      }),
      datasets,
    );
    expect(share[0]).toMatchObject({ spec: { kind: "share", category: "Southwest border" } });
    expect(share[0]?.agreement.agrees).toBe(true);
    const crime = [
      {
        id: 1,
        title: "Crime by state",
        facts: [fact(1, ["Ohio"], "2020", "Robberies", 9_000, 11_800_000), fact(2, ["Iowa"], "2020", "Robberies", 1_000, 3_190_000)],
      },
    ];
    const rate = suggest(
      claim({
        text: "76",
        value: 76,
        subject: "robberies in Ohio",
        timeScope: "in 2020",
        sentence: "Ohio had 76 robberies per 100,000 residents in 2020.",
      }),
      crime,
    );
    expect(rate[0]).toMatchObject({ spec: { kind: "rate", per: 100_000, category: "Ohio" } });
    expect(rate[0]?.value).toBeCloseTo(76.27, 1);
  });

  it("never checks a figure against one ten times larger or smaller, whatever the words", () => {
    const results = suggest(
      claim({
        text: "19,000",
        value: 19_000,
        subject: "southwest border encounters",
        timeScope: "FY2023",
        sentence: "Southwest border encounters: 19,000 in FY2023.",
      }),
      datasets,
    );
    expect(results[0]?.value).not.toBe(2_063_692);
  });

  it("scores a claim naming no period higher against a table of one period than against the latest of several", () => {
    const airports = (periods: string[]) => [
      { id: 3, title: "Air traffic by the numbers", facts: periods.map((p, i) => fact(i + 1, ["U.S. airports"], p, "Value", 19_633 + i)) },
    ];
    const noPeriod = claim({
      text: "25,633",
      value: 25_633,
      subject: "airports",
      sentence: "There are 25,633 airports in the United States.",
    });
    const [snapshot] = suggest(noPeriod, airports(["FY2019"]));
    const [series] = suggest(noPeriod, airports(["FY2018", "FY2019"]));
    expect(snapshot?.spec).toMatchObject({ kind: "cell", period: "FY2019" });
    expect(series?.spec).toMatchObject({ kind: "cell", period: "FY2019" });
    // 2 × (0.7 − 0.3): the one period of a snapshot is as good as a period the sentence names in passing.
    expect((snapshot?.score ?? 0) - (series?.score ?? 0)).toBeCloseTo(0.8, 2);
    // A claim that names another period gets no such help.
    const [named] = suggest(
      { ...noPeriod, timeScope: "in FY2024", sentence: "There were 25,633 airports in FY2024." },
      airports(["FY2019"]),
    );
    expect(named?.score ?? 0).toBeLessThan(snapshot?.score ?? 0);
  });

  it("returns nothing for a claim without a value", () => {
    expect(suggest(claim({ value: null }), datasets)).toEqual([]);
  });
});
