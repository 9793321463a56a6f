import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findTables, tableToCsv } from "./release-tables";

describe("tables inside a release", () => {
  it("finds the DHS monthly table with its unnamed label column", () => {
    const body = readFileSync(new URL("../../../shared/fixtures/dev/texts/01.txt", import.meta.url), "utf8");
    const [table] = findTables(body);
    expect(table?.header).toEqual(["Label", "UACs", "Family Members", "All"]);
    expect(table?.rows[0]).toEqual(["July 2015", "4,182", "4,503", "28,388"]);
    expect(table?.rows).toHaveLength(8);
    expect(tableToCsv(table ?? { header: [], rows: [], firstLine: "" }).split("\r\n")[1]).toBe('"July 2015","4,182","4,503","28,388"');
  });

  it("finds the CBP table and ignores text without a rule under a header", () => {
    const body = readFileSync(new URL("../../../shared/fixtures/dev/texts/02.txt", import.meta.url), "utf8");
    const tables = findTables(body);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.header.slice(0, 3)).toEqual(["Enforcement", "FY17", "FY18"]);
    expect(tables[0]?.rows.map((r) => r[0])).toEqual([
      "Office of Field Operations (OFO)1",
      "U.S. Border Patrol (USBP)2",
      "Total Enforcement Encounters",
    ]);
    expect(findTables("a | b\nc | d\n")).toEqual([]);
  });
});
