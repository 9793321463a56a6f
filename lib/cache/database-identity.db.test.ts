import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPglite } from "@/db/client";
import { databaseIdentity } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import { readDatabaseIdentity } from "./database-identity";

describe("the database's identity", () => {
  it("is one uuid, made by the migration, that a second row cannot join", async () => {
    const { db } = testDatabase();
    const id = await readDatabaseIdentity(db);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await readDatabaseIdentity(db)).toBe(id);
    await expect(db.insert(databaseIdentity).values({})).rejects.toThrow();
    await expect(db.insert(databaseIdentity).values({ singleton: false })).rejects.toThrow();
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(databaseIdentity);
    expect(row?.n).toBe(1);
  });

  // Migrating a fresh database from nothing takes 10–30 s on a loaded machine: a generous limit.
  it("differs between two databases migrated apart", { timeout: 120_000 }, async () => {
    const { db } = testDatabase();
    const other = await openPglite();
    try {
      await other.migrate();
      expect(await readDatabaseIdentity(other.db)).not.toBe(await readDatabaseIdentity(db));
    } finally {
      await other.close();
    }
  });
});
