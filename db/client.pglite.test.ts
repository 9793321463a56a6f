import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, countRows, getDb, setDbForTesting } from "./client";
import { seedOnFirstStart } from "./seed/seed-database";
import { lockPathFor } from "./pglite-lock";
import { testDatabase } from "./testing/test-db";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-firststart-"));
const saved = { PGLITE_DIR: process.env.PGLITE_DIR, DATABASE_URL: process.env.DATABASE_URL };

afterAll(async () => {
  await closeDb();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  setDbForTesting(testDatabase().db);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("getDb on the embedded database", () => {
  it("creates missing parent folders, takes the lock, migrates and seeds on first start (with the seed registered), once per process", async () => {
    const dir = path.join(tmp, "does", "not", "exist", "pglite");
    process.env.PGLITE_DIR = dir;
    delete process.env.DATABASE_URL;
    setDbForTesting(null);
    seedOnFirstStart();

    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
    expect(await getDb()).toBe(a);
    expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(true);
    expect(fs.readFileSync(lockPathFor(dir), "utf8").trim()).toBe(String(process.pid));
    expect(await countRows(a, "sources")).toBe(4);
    expect(await countRows(a, "claims")).toBeGreaterThan(0);

    // Closing releases the lock; opening again finds a migrated database and does not seed twice.
    await closeDb();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
    const again = await getDb();
    expect(again).not.toBe(a);
    expect(await countRows(again, "sources")).toBe(4);
  }, 120_000);
});
