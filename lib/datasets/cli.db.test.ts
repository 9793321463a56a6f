/**
 * `npm run claims -- import-data FILE` as a user runs it: a real child process on a real database
 * (a PGlite folder of its own, or a PostgreSQL database copied from the seeded template).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type DbHandle, openPglite, openPostgres } from "@/db/client";
import { datasetRows, datasets } from "@/db/schema";
import { adminUrl, dropDatabase, withAdmin } from "@/db/testing/postgres-admin";
import { testDatabase } from "@/db/testing/test-db";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-import-data-"));
let env: NodeJS.ProcessEnv;
let openTarget: () => Promise<DbHandle>;
let cleanup: () => Promise<void> = async () => {};

beforeAll(async () => {
  const base: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete base.DATABASE_URL;
  if (testDatabase().backend === "postgres") {
    const { url, template } = inject("postgresTemplate");
    const database = `claimdesk_data_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await withAdmin(url, (sql) => sql.unsafe(`CREATE DATABASE "${database}" TEMPLATE "${template}"`));
    env = { ...base, DATABASE_URL: adminUrl(url, database) };
    openTarget = async () => openPostgres(adminUrl(url, database), { max: 1 });
    cleanup = () => dropDatabase(url, database);
  } else {
    env = { ...base, PGLITE_DIR: path.join(tmp, "pglite") };
    openTarget = () => openPglite({ dir: path.join(tmp, "pglite") });
  }
}, 120_000);

afterAll(async () => {
  await cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function importData(args: string[]) {
  const child = spawn(process.execPath, ["lib/claims/bin.mjs", "import-data", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

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
