import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, datasetRows, datasets } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import { makeUser } from "@/lib/users/testing";
import { chunksOf, DatasetFileError } from "./parse";
import { importDataset } from "./store";

const CBP = [
  "Enforcement,FY22,FY23,FY24",
  "Office of Field Operations (OFO),551930,1137452,1343823",
  "U.S. Border Patrol (USBP),2214652,2063692,1577319",
  "Total Enforcement Encounters,2766582,3201144,2901142",
].join("\n");

const bytes = (text: string) => new TextEncoder().encode(text);

async function tableCounts() {
  const { db } = testDatabase();
  const [d] = await db.select({ n: count() }).from(datasets);
  const [r] = await db.select({ n: count() }).from(datasetRows);
  return { datasets: d?.n ?? 0, rows: r?.n ?? 0 };
}

describe("importDataset", () => {
  it("stores the table, its inferred columns and an audit row in one go; the same file again is unchanged", async () => {
    const { db } = testDatabase();
    const user = await makeUser(db, "reviewer");
    const tag = Math.random().toString(36).slice(2, 8);
    const outcome = await importDataset(db, {
      source: chunksOf(bytes(`${CBP}\nTag ${tag},1,2,3\n`), 16),
      filename: "cbp.csv",
      details: { title: "CBP enforcement statistics", publisher: "CBP", url: `https://www.cbp.gov/${tag}` },
      actorId: user.id,
    });
    expect(outcome.kind).toBe("created");
    if (outcome.kind !== "created") return;
    expect(outcome.rowCount).toBe(4);
    expect(outcome.columns.map((c) => c.type)).toEqual(["category", "number", "number", "number"]);
    const rows = await db.select().from(datasetRows).where(eq(datasetRows.datasetId, outcome.datasetId)).orderBy(datasetRows.rowNumber);
    expect(rows.map((r) => r.cells[0])).toEqual([
      "Office of Field Operations (OFO)",
      "U.S. Border Patrol (USBP)",
      "Total Enforcement Encounters",
      `Tag ${tag}`,
    ]);
    const [stored] = await db.select().from(datasets).where(eq(datasets.id, outcome.datasetId));
    expect(stored?.searchText).toContain("U.S. Border Patrol (USBP)");
    expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "dataset"), eq(auditLog.entityId, String(outcome.datasetId))));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["dataset.added", user.id]]);

    const again = await importDataset(db, {
      source: chunksOf(bytes(`${CBP}\nTag ${tag},1,2,3\n`)),
      details: { title: "Other title" },
      actorId: user.id,
    });
    expect(again).toEqual({ kind: "unchanged", datasetId: outcome.datasetId });

    const next = await importDataset(db, {
      source: chunksOf(bytes(`${CBP}\nTag ${tag},1,2,4\n`)),
      details: { title: "CBP enforcement statistics", url: `https://www.cbp.gov/${tag}` },
      actorId: user.id,
    });
    expect(next).toMatchObject({ kind: "created", version: 2 });
    const [second] = await db.select().from(datasets).where(eq(datasets.id, next.datasetId));
    expect(second?.previousVersionId).toBe(outcome.datasetId);
  });

  it("leaves nothing behind when the file is refused after thousands of stored rows", async () => {
    const { db } = testDatabase();
    const before = await tableCounts();
    const lines = ["Region,Year,Count"];
    for (let i = 1; i <= 5000; i++) lines.push(`R${i},2020,${i}`);
    lines.push("Bad,2021"); // ragged: row 5002 of the file
    const error = await importDataset(db, { source: chunksOf(bytes(lines.join("\n"))), details: { title: "ragged" }, actorId: null }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetFileError);
    expect((error as DatasetFileError).row).toBe(5002);
    expect(await tableCounts()).toEqual(before);
  });

  // Each kind of malformed file the issue names, after thousands of rows already inserted in the
  // transaction: a clear error naming the row, and no dataset, row or audit entry left behind.
  const good = ["Region,Year,Count", ...Array.from({ length: 3000 }, (_, i) => `R${i + 1},2020,${i + 1}`)].join("\n");
  const malformed: [string, Uint8Array, RegExp][] = [
    ["a ragged row", bytes(`${good}\nBad,2021\n`), /^Row 3002 has 2 cells, but the header has 3/],
    [
      "a byte that is not UTF-8 (Latin-1 é)",
      new Uint8Array([...bytes(`${good}\nCaf`), 0xe9, ...bytes(",2021,4\n")]),
      /^Row 3002 has bytes that are not UTF-8/,
    ],
    ["a formula cell", bytes(`${good}\nR,2021,"=HYPERLINK(""http://x"")"\n`), /^Row 3002, column “Count” holds .*formula/],
    [
      "binary content (a NUL byte)",
      new Uint8Array([...bytes(`${good}\nR,20`), 0x00, ...bytes("21,5\n")]),
      /^Row 3002 contains a NUL byte: this looks like a binary file/,
    ],
  ];
  it.each(malformed)("refuses %s by its row and stores nothing", async (_kind, file, message) => {
    const { db } = testDatabase();
    const before = await tableCounts();
    const [auditBefore] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityType, "dataset"));
    const error = await importDataset(db, { source: chunksOf(file, 4096), details: { title: "malformed" }, actorId: null }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetFileError);
    expect((error as DatasetFileError).row).toBe(3002);
    expect((error as DatasetFileError).message).toMatch(message);
    expect(await tableCounts()).toEqual(before);
    const [auditAfter] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityType, "dataset"));
    expect(auditAfter?.n).toBe(auditBefore?.n);
  });

  it("refuses a binary file from its first bytes (a workbook saved as .csv)", async () => {
    const { db } = testDatabase();
    const before = await tableCounts();
    const error = await importDataset(db, {
      source: chunksOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      details: { title: "workbook" },
      actorId: null,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetFileError);
    expect((error as DatasetFileError).message).toMatch(/xlsx/);
    expect(await tableCounts()).toEqual(before);
  });
});
