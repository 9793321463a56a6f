import { describe, expect, it } from "vitest";
import * as engine from "@/lib/claims";
import { countRows } from "../client";
import { asc, eq } from "drizzle-orm";
import { ENGINE_FIELDS } from "@/lib/sources/reconcile";
import { claims, sources } from "../schema";
import { testDatabase } from "../testing/test-db";
import { readSeedReleases, seedDatabase, sha256Hex, toClaimRows } from "./seed-database";

describe("seedDatabase", () => {
  it("stored the four releases and every claim the engine finds that fits the text", async () => {
    const { db } = testDatabase();
    const releases = readSeedReleases();
    expect(releases).toHaveLength(4);
    const stored = await db.select({ contentHash: sources.contentHash, title: sources.title }).from(sources);
    expect(stored.map((s) => s.contentHash).sort()).toEqual(releases.map((r) => sha256Hex(r.body)).sort());

    const expectedClaims = releases.reduce(
      (n, release) => n + toClaimRows(release.body, engine.extractClaims(release.body).claims).rows.length,
      0,
    );
    expect(await countRows(db, "claims")).toBe(expectedClaims);
  });

  it("stored every engine field of each claim, the range's upper end and the unit of measure too", async () => {
    const { db } = testDatabase();
    // checkworthiness is a real (float4) column: it comes back rounded, so it is left out here.
    const fields = ["start", "end", "text", ...ENGINE_FIELDS.filter((field) => field !== "checkworthiness")];
    const pick = (row: Record<string, unknown>) => Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));
    for (const release of readSeedReleases()) {
      const [source] = await db.select({ id: sources.id }).from(sources).where(eq(sources.contentHash, sha256Hex(release.body)));
      const stored = await db.select().from(claims).where(eq(claims.sourceId, source?.id ?? -1)).orderBy(asc(claims.start));
      const expected = toClaimRows(release.body, engine.extractClaims(release.body).claims).rows;
      expect(stored.map(pick), release.file).toEqual(expected.map(pick));
    }
  });

  it("is idempotent: seeding again inserts nothing and leaves the same rows", async () => {
    const { db } = testDatabase();
    const before = { sources: await countRows(db, "sources"), claims: await countRows(db, "claims") };
    const again = await seedDatabase(db);
    expect(again).toMatchObject({ sourcesInserted: 0, claimsInserted: 0 });
    expect({ sources: await countRows(db, "sources"), claims: await countRows(db, "claims") }).toEqual(before);
    expect(before.sources).toBe(4);
  });

  it("with onlyIfEmpty does nothing on a database that has sources", async () => {
    const { db } = testDatabase();
    expect(await seedDatabase(db, { onlyIfEmpty: true })).toEqual({ sourcesInserted: 0, claimsInserted: 0, claimsRejected: 0 });
  });
});
