import { describe, expect, it } from "vitest";
import * as engine from "@/lib/engine";
import { countRows } from "../client";
import { and, asc, eq } from "drizzle-orm";
import { ENGINE_FIELDS } from "@/lib/sources/reconcile";
import { auditLog, claims, sources } from "../schema";
import { testDatabase } from "../testing/test-db";
import { addRelease } from "@/lib/sources/import";
import { makeUser } from "@/lib/users/testing";
import { toClaimRows } from "@/lib/claims/claim-rows";
import { contentHashOf, normalizeText } from "@/lib/ingest/normalize";
import { readSeedReleases, seedDatabase } from "./seed-database";

describe("seedDatabase", () => {
  it("stored the four releases and every claim the engine finds that fits the text", async () => {
    const { db } = testDatabase();
    const releases = readSeedReleases();
    expect(releases).toHaveLength(4);
    const stored = await db.select({ contentHash: sources.contentHash, title: sources.title }).from(sources);
    expect(stored.map((s) => s.contentHash).sort()).toEqual(releases.map((r) => contentHashOf(r.body)).sort());

    const expectedClaims = releases.reduce(
      (n, release) => n + toClaimRows(normalizeText(release.body), engine.extractClaims(normalizeText(release.body)).claims).rows.length,
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
      const [source] = await db
        .select({ id: sources.id })
        .from(sources)
        .where(eq(sources.contentHash, contentHashOf(release.body)));
      const stored = await db
        .select()
        .from(claims)
        .where(eq(claims.sourceId, source?.id ?? -1))
        .orderBy(asc(claims.start));
      const body = normalizeText(release.body);
      const expected = toClaimRows(body, engine.extractClaims(body).claims).rows;
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
    expect(await seedDatabase(db, { onlyIfEmpty: true })).toEqual({ sourcesInserted: 0, claimsInserted: 0 });
  });

  it("stored each release the way the app stores it: normalised body, its hash, an audit row", async () => {
    const { db } = testDatabase();
    for (const release of readSeedReleases()) {
      const [source] = await db
        .select()
        .from(sources)
        .where(eq(sources.contentHash, contentHashOf(release.body)));
      expect(source?.body, release.file).toBe(normalizeText(release.body));
      const [audit] = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "source"), eq(auditLog.entityId, String(source?.id))));
      expect(audit?.action, release.file).toBe("source.imported");
    }
  });

  it("adding a seed release again in the app says it is already in Claim Desk, for each of the four", async () => {
    const { db } = testDatabase();
    const reviewer = await makeUser(db, "reviewer");
    const before = await countRows(db, "sources");
    for (const release of readSeedReleases()) {
      const [stored] = await db
        .select({ id: sources.id })
        .from(sources)
        .where(eq(sources.contentHash, contentHashOf(release.body)));
      // Pasted as the file holds it: the raw text, its trailing blank lines and no-break spaces too.
      const result = await addRelease(db, reviewer, { text: release.body, title: "Pasted again" });
      expect(result, release.file).toEqual({ ok: true, outcome: { kind: "unchanged", sourceId: stored?.id } });
    }
    expect(await countRows(db, "sources")).toBe(before);
  });
});
