import { describe, expect, it } from "vitest";
import { inferColumns, newStats, addRowToStats, factsOfRow, parseNumber } from "./columns";
import { chunksOf, DatasetFileError, isFormulaCell, parseTable } from "./parse";

async function read(text: string | Uint8Array, options: { filename?: string; maxRows?: number; maxBytes?: number; chunk?: number } = {}) {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const rows: string[][] = [];
  const parsed = await parseTable(chunksOf(bytes, options.chunk ?? 7), options, async (batch) => {
    rows.push(...batch);
  });
  return { ...parsed, rows };
}

async function refusal(text: string | Uint8Array, options = {}): Promise<DatasetFileError> {
  try {
    await read(text, options);
  } catch (error) {
    if (error instanceof DatasetFileError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseTable", () => {
  it("reads quoted CSV with commas, doubled quotes and line breaks inside cells, in tiny chunks", async () => {
    const table = await read('Name,Count\r\n"Smith, J.",1\r\n"He said ""no""",2\r\n"two\nlines",-3\r\n');
    expect(table.header).toEqual(["Name", "Count"]);
    expect(table.rows).toEqual([
      ["Smith, J.", "1"],
      ['He said "no"', "2"],
      ["two\nlines", "-3"],
    ]);
    expect(table.delimiter).toBe(",");
  });

  it("reads TSV, a byte-order mark and multi-byte characters cut across chunks", async () => {
    const table = await read("\uFEFFRégion\tÉté 2020\nZürich\t1.5\nMünchen\t2\n", { chunk: 3 });
    expect(table.header).toEqual(["Région", "Été 2020"]);
    expect(table.rows).toEqual([
      ["Zürich", "1.5"],
      ["München", "2"],
    ]);
    expect(table.delimiter).toBe("\t");
  });

  it("names the row of a ragged line", async () => {
    const error = await refusal("a,b,c\n1,2,3\n4,5\n");
    expect(error.row).toBe(3);
    expect(error.message).toBe(
      "Row 3 has 2 cells, but the header has 3. Every row needs one cell per column (quote cells that contain the separator).",
    );
  });

  it("names the row of a byte that is not UTF-8", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("a,b\nx,1\n"), 0x43, 0x61, 0x66, 0xe9, 0x2c, 0x32, 0x0a]);
    const error = await refusal(bytes);
    expect(error.row).toBe(3);
    expect(error.message).toMatch(/not UTF-8/);
  });

  it("refuses formula cells but keeps signed numbers", async () => {
    const error = await refusal('a,b\nok,-12\nbad,"=HYPERLINK(""http://x"")"\n');
    expect(error.row).toBe(3);
    expect(error.message).toMatch(/column “b”.*formula/);
    expect(isFormulaCell("+3.5%")).toBe(false);
    expect(isFormulaCell("-$1,200")).toBe(false);
    expect(isFormulaCell("@SUM(A1)")).toBe(true);
    expect(isFormulaCell("-2+3")).toBe(true);
  });

  it("refuses binary files, workbooks, UTF-16, empty files and headers without rows", async () => {
    expect((await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).message).toMatch(/xlsx/);
    expect((await refusal(new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x0a]))).message).toMatch(/binary/);
    expect((await refusal(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).message).toMatch(/UTF-16/);
    expect((await refusal("")).message).toMatch(/empty/);
    expect((await refusal("a,b\n")).message).toMatch(/no rows/);
    expect((await refusal("a,a\n1,2\n")).message).toMatch(/appears twice/);
  });

  it("enforces the row and size limits", async () => {
    expect((await refusal("a,b\n1,2\n3,4\n5,6\n", { maxRows: 2 })).message).toMatch(/more than 2 rows/);
    expect((await refusal("a,b\n1,2\n3,4\n5,6\n", { maxBytes: 10 })).message).toMatch(/larger than/);
  });
});

describe("column types and facts", () => {
  it("infers period, category and number columns and turns a wide table into facts", () => {
    const header = ["Enforcement", "FY17", "FY18"];
    const rows = [
      ["Office of Field Operations (OFO)1", "216,370", "281,881"],
      ["Total Enforcement Encounters", "526,901", "683,178"],
    ];
    const stats = newStats(header.length);
    for (const row of rows) addRowToStats(stats, row);
    const columns = inferColumns(header, stats);
    expect(columns.map((c) => c.type)).toEqual(["category", "number", "number"]);
    const facts = factsOfRow(columns, rows[1] ?? [], 2, "CBP enforcement");
    expect(facts).toEqual([
      {
        row: 2,
        categories: ["Total Enforcement Encounters"],
        period: "FY2017",
        measure: "CBP enforcement",
        value: 526901,
        population: null,
      },
      {
        row: 2,
        categories: ["Total Enforcement Encounters"],
        period: "FY2018",
        measure: "CBP enforcement",
        value: 683178,
        population: null,
      },
    ]);
  });

  it("reads a long table with a month column", () => {
    const stats = newStats(3);
    addRowToStats(stats, ["July 2015", "4,182", "UAC"]);
    addRowToStats(stats, ["August 2015", "4,638", "UAC"]);
    const columns = inferColumns(["Month", "Apprehensions", "Group"], stats);
    expect(columns.map((c) => c.type)).toEqual(["period", "number", "category"]);
    expect(factsOfRow(columns, ["July 2015", "4,182", "UAC"], 1, "t")[0]).toMatchObject({
      period: "2015-07",
      measure: "Apprehensions",
      value: 4182,
    });
    expect(parseNumber("$4.2")).toBe(4.2);
    expect(parseNumber("71.5%")).toBe(71.5);
    expect(parseNumber("12a")).toBeNull();
  });
});
