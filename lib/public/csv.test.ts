import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";
import { parseCsv } from "./parse-csv.testing";

describe("csv", () => {
  it("quotes only when needed and doubles quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(new Date("2026-01-02T03:04:05.000Z"))).toBe("2026-01-02T03:04:05.000Z");
  });

  it("guards cells a spreadsheet would run as a formula", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(text).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it("round-trips tricky values through an RFC 4180 parser", () => {
    const rows = [
      ["id", "text"],
      ["1", 'a, "b"\r\nc'],
      ["2", ""],
      ["3", "ünïcode ✓"],
    ];
    expect(parseCsv(rows.map((row) => csvRow(row)).join(""))).toEqual(rows);
  });
});
