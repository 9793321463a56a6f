import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/engine/types";
import { rangeOf, toClaimRows } from "./claim-rows";

const BODY = "Enrollment is expected to grow between 4 and 5 percent next year, on 1,200 acres.";

function claim(text: string, extra: Partial<Claim>): Claim {
  const start = BODY.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    value: 4,
    unit: "percent",
    subject: "enrollment",
    sentence: { start: 0, end: BODY.length },
    checkworthiness: 0.5,
    ...extra,
  };
}

describe("toClaimRows: ranges and units of measure", () => {
  it("stores the range's two ends low to high, and the unit of measure", () => {
    const [range, acres] = toClaimRows(BODY, [
      claim("4 and 5 percent", { upperValue: 5 }),
      claim("1,200 acres", { value: 1200, unit: "count", measure: " acres " }),
    ]).rows;
    expect(range).toMatchObject({ value: 4, upperValue: 5, measure: null });
    expect(acres).toMatchObject({ value: 1200, upperValue: null, measure: "acres" });
  });

  it("orders ends given the wrong way round and drops a range that is not one", () => {
    expect(rangeOf({ value: 5, upperValue: 4 })).toEqual({ value: 4, upperValue: 5 });
    expect(rangeOf({ value: 5, upperValue: 5 })).toEqual({ value: 5, upperValue: null });
    expect(rangeOf({ value: 5 })).toEqual({ value: 5, upperValue: null });
    expect(rangeOf({ value: null, upperValue: 5 })).toEqual({ value: null, upperValue: null });
    expect(rangeOf({ value: 5, upperValue: Number.NaN })).toEqual({ value: 5, upperValue: null });
  });
});
