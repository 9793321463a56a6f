/**
 * `npm run claims -- import-data FILE` as a user runs it: a real child process on a real database
 * (a PGlite folder of its own, or a PostgreSQL database copied from the seeded template).
 */
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { claimDataMatches, claims, datasetRows, datasets } from "@/db/schema";
import { cliDatabase } from "@/db/testing/cli-database";

const cli = cliDatabase("data-cli");
const tmp = cli.tmp;
const importData = (args: string[]) => cli.run(["import-data", ...args]);
const openTarget = () => cli.open();

describe("claims import-data", () => {
  it("stores a 20,000-row file with progress lines, and refuses a bad one with exit 1 and nothing stored", async () => {
    const good = path.join(tmp, "big.csv");
    const lines = ["District,Year,Cases"];
    for (let i = 0; i < 20_000; i++) lines.push(`District ${i % 300},${1990 + (i % 30)},${i}`);
    fs.writeFileSync(good, lines.join("\n"));
    const stored = await importData([good, "--title", "Big table", "--publisher", "Test office"]);
    expect(stored.stderr).toMatch(/import-data: \d+% \([\d,]+ rows\)/);
    expect(stored.code).toBe(0);
    expect(stored.stdout).toMatch(/^Imported 20,000 rows in [\d.]+ s as dataset \d+ \(version 1\)/m);
    expect(stored.stdout).toContain("period   Year");

    const bad = path.join(tmp, "bad.csv");
    fs.writeFileSync(bad, `${lines.slice(0, 15_000).join("\n")}\nRagged row\n`);
    const refused = await importData([bad, "--title", "Bad table"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Row 15001 has 1 cell, but the header has 3");
    expect(refused.stderr).toContain("Nothing was stored.");

    const handle = await openTarget();
    try {
      const rows = await handle.db.select({ title: datasets.title, rowCount: datasets.rowCount }).from(datasets);
      expect(rows).toEqual([{ title: "Big table", rowCount: 20_000 }]);
      const [stored] = await handle.db.select({ n: count() }).from(datasetRows);
      expect(stored?.n).toBe(20_000);
      expect(await handle.db.select().from(datasets).where(eq(datasets.title, "Bad table"))).toEqual([]);
    } finally {
      await handle.close();
    }
  }, 215_000);
});

describe("data badges follow every command that writes claims or datasets", () => {
  it("import-data badges the claims already stored; import badges a new release's claims; reextract re-badges what it changed", async () => {
    const cbp = path.join(tmp, "cbp-enforcement.csv");
    fs.writeFileSync(
      cbp,
      [
        "Enforcement,FY22,FY23,FY24",
        `"U.S. Border Patrol (USBP)","2,214,652","2,063,692","1,577,319"`,
        `"Total Enforcement Encounters","2,766,582","3,201,144","2,901,142"`,
      ].join("\n"),
    );
    const releases = path.join(tmp, "releases");
    fs.mkdirSync(releases, { recursive: true });
    const first = path.join(releases, "first.txt");
    fs.writeFileSync(first, "CBP release one\n\nTotal enforcement encounters reached 3.2 million in FY2023, CBP said.\n");

    // A release before its dataset: no badge yet; then the dataset badges it.
    const imported = await cli.run(["import", first]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/data badges\s+0\b/);
    const added = await importData([cbp, "--title", "CBP enforcement statistics"]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Data badges: 1 strong match/);
    const badgeOf = async (figure: string) => {
      const handle = await openTarget();
      try {
        const rows = await handle.db
          .select({ claimId: claims.id, agrees: claimDataMatches.agrees, description: claimDataMatches.description })
          .from(claims)
          .innerJoin(claimDataMatches, eq(claimDataMatches.claimId, claims.id))
          .where(eq(claims.text, figure));
        return rows;
      } finally {
        await handle.close();
      }
    };
    expect(await badgeOf("3.2 million")).toEqual([
      expect.objectContaining({ agrees: true, description: expect.stringContaining("Total Enforcement Encounters, FY2023") }),
    ]);

    // A release after the dataset: `claims import` badges it as Add release does in the app.
    const second = path.join(releases, "second.txt");
    fs.writeFileSync(second, "CBP release two\n\nBorder Patrol encounters reached 1.9 million in FY2024, the agency said.\n");
    const importedSecond = await cli.run(["import", second]);
    expect(importedSecond.code).toBe(0);
    expect(importedSecond.stdout).toMatch(/data badges\s+1\b/);
    expect(await badgeOf("1.9 million")).toEqual([
      expect.objectContaining({ agrees: false, description: expect.stringContaining("U.S. Border Patrol (USBP), FY2024") }),
    ]);

    // Re-extraction: a claim whose engine fields the extractor gives back differently is rewritten, and re-badged.
    const handle = await openTarget();
    try {
      const [claim] = await handle.db.select({ id: claims.id }).from(claims).where(eq(claims.text, "1.9 million"));
      await handle.db.delete(claimDataMatches).where(eq(claimDataMatches.claimId, claim?.id ?? -1));
      await handle.db
        .update(claims)
        .set({ value: 1 })
        .where(eq(claims.id, claim?.id ?? -1));
    } finally {
      await handle.close();
    }
    expect(await badgeOf("1.9 million")).toEqual([]);
    const reextracted = await cli.run(["reextract"]);
    expect(reextracted.code).toBe(0);
    expect(reextracted.stdout).toMatch(/claims updated\s+1\b/);
    expect(reextracted.stdout).toMatch(/data badges\s+1\b/);
    expect(await badgeOf("1.9 million")).toEqual([expect.objectContaining({ agrees: false })]);
  }, 240_000);
});
