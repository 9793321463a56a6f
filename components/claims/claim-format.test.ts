import { describe, expect, it } from "vitest";
import { type ClaimFigure, formatClaimValue } from "./claim-format";

const figure = (fields: Partial<ClaimFigure> & Pick<ClaimFigure, "value" | "unit">): ClaimFigure => ({
  denominator: null,
  upperValue: null,
  measure: null,
  currency: null,
  ...fields,
});

describe("formatClaimValue", () => {
  it("reads single figures as before", () => {
    expect(formatClaimValue(figure({ value: 142580, unit: "count" }))).toBe("142,580");
    expect(formatClaimValue(figure({ value: 77.5, unit: "percent" }))).toBe("77.5%");
    expect(formatClaimValue(figure({ value: 4601, unit: "ratio", denominator: 5939 }))).toBe("4,601 of 5,939 (77.47%)");
    expect(formatClaimValue(figure({ value: 4601, unit: "ratio" }))).toBe("4,601");
    expect(formatClaimValue(figure({ value: null, unit: "other" }))).toBe("No number given");
  });

  it("names millions and billions when two decimals hold the figure, and keeps the digits otherwise", () => {
    expect(formatClaimValue(figure({ value: 1_800_000, unit: "count" }))).toBe("1.8 million");
    expect(formatClaimValue(figure({ value: 310_000_000, unit: "money", currency: "USD" }))).toBe("$310 million");
    expect(formatClaimValue(figure({ value: 4_100_000_000, unit: "money", currency: "USD" }))).toBe("$4.1 billion");
    expect(formatClaimValue(figure({ value: 1_234_567, unit: "count" }))).toBe("1,234,567");
    expect(formatClaimValue(figure({ value: 999_999, unit: "count" }))).toBe("999,999");
  });

  it("writes the currency: a symbol where there is a common one, else the code", () => {
    expect(formatClaimValue(figure({ value: 1200, unit: "money", currency: "EUR" }))).toBe("€1,200");
    expect(formatClaimValue(figure({ value: 1200, unit: "money", currency: "CAD" }))).toBe("CAD 1,200");
    expect(formatClaimValue(figure({ value: 1200, unit: "money" }))).toBe("1,200");
  });

  it("shows a range as a range", () => {
    // "between 4 and 5 percent"
    expect(formatClaimValue(figure({ value: 4, upperValue: 5, unit: "percent" }))).toBe("4–5%");
    // "$10 million to $20 million", "between $10 and $20 million"
    expect(formatClaimValue(figure({ value: 10_000_000, upperValue: 20_000_000, unit: "money", currency: "USD" }))).toBe("$10–$20 million");
    expect(formatClaimValue(figure({ value: 500_000, upperValue: 1_200_000, unit: "money", currency: "USD" }))).toBe(
      "$500,000–$1.2 million",
    );
    expect(formatClaimValue(figure({ value: 900_000_000, upperValue: 1_100_000_000, unit: "count" }))).toBe("900 million–1.1 billion");
    expect(formatClaimValue(figure({ value: 200, upperValue: 250, unit: "count" }))).toBe("200–250");
    expect(formatClaimValue(figure({ value: 40, upperValue: 45, unit: "ratio", denominator: 100 }))).toBe("40–45 of 100");
    expect(formatClaimValue(figure({ value: -5, upperValue: 10, unit: "percent" }))).toBe("-5 to 10%");
    // A range whose ends are equal is one figure.
    expect(formatClaimValue(figure({ value: 7, upperValue: 7, unit: "percent" }))).toBe("7%");
  });

  it("puts the unit of measure beside the value, never in place of it", () => {
    // "3.2 million metric tons of steel"
    expect(formatClaimValue(figure({ value: 3_200_000, unit: "count", measure: "metric tons" }))).toBe("3.2 million metric tons");
    expect(formatClaimValue(figure({ value: 1500, unit: "other", measure: "acres" }))).toBe("1,500 acres");
    expect(formatClaimValue(figure({ value: 10, upperValue: 20, unit: "count", measure: "square miles" }))).toBe("10–20 square miles");
    expect(formatClaimValue(figure({ value: 12, unit: "count", measure: "  " }))).toBe("12");
  });
});
