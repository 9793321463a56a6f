/**
 * Migration 0011 (re-hash the seed releases): a database seeded before the seed went through
 * importDocuments holds two releases as the files hold them. The migration brings them to the
 * normal form and its hash, keeps every claim's offsets true, writes an audit row, touches nothing
 * else, and after it adding the release in the app finds it ("already in Claim Desk").
 */
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/engine";
import { addRelease } from "@/lib/sources/import";
import { makeUser } from "@/lib/users/testing";
import { toClaimRows } from "@/lib/claims/claim-rows";
import { contentHashOf, normalizeText, sha256Hex } from "@/lib/ingest/normalize";
import { auditLog, claims, sources } from "../schema";
import { testDatabase } from "../testing/test-db";
import { readSeedReleases } from "./seed-database";

const MIGRATION = fs.readFileSync(path.resolve(process.cwd(), "db/migrations/0012_rehash_seed_sources.sql"), "utf8");

describe("migration 0011: seed releases re-hashed", () => {
  const releases = readSeedReleases();
  const changed = releases.filter((release) => normalizeText(release.body) !== release.body);

  it("concerns exactly the two releases whose file text is not in the normal form", () => {
    expect(changed.map((release) => release.file)).toEqual(["001_711b1c78718f0bec.txt", "002_ec7b9d27e8dbb7f0.txt"]);
    for (const release of changed) expect(MIGRATION).toContain(sha256Hex(release.body));
    for (const release of changed) expect(MIGRATION).toContain(contentHashOf(release.body));
  });

  it("the claims the engine finds in the raw text lie where it finds them in the normalised one", () => {
    for (const release of changed) {
      const raw = toClaimRows(release.body, extractClaims(release.body).claims).rows;
      const body = normalizeText(release.body);
      for (const row of raw) expect(body.slice(row.start, row.end), release.file).toBe(row.text);
    }
  });

  it("rewrites an old-seed row to the normal form, keeps its claims, audits it, and the app then finds it", async () => {
    const { db } = testDatabase();
    const ids: number[] = [];
    // Put the two rows back the way the old seed stored them.
    for (const release of changed) {
      const [row] = await db
        .update(sources)
        .set({ body: release.body, contentHash: sha256Hex(release.body) })
        .where(eq(sources.contentHash, contentHashOf(release.body)))
        .returning({ id: sources.id });
      if (!row) throw new Error(`seed release ${release.file} not found`);
      ids.push(row.id);
    }
    const untouched = await db.select({ id: sources.id, body: sources.body, hash: sources.contentHash }).from(sources);

    await db.execute(sql.raw(MIGRATION));
    await db.execute(sql.raw(MIGRATION)); // a second run finds nothing to do

    for (const [i, release] of changed.entries()) {
      const [row] = await db
        .select()
        .from(sources)
        .where(eq(sources.id, ids[i] ?? -1));
      expect(row?.body).toBe(normalizeText(release.body));
      expect(row?.contentHash).toBe(contentHashOf(release.body));
      for (const claim of await db
        .select()
        .from(claims)
        .where(eq(claims.sourceId, ids[i] ?? -1))) {
        expect(row?.body.slice(claim.start, claim.end)).toBe(claim.text);
      }
      const audit = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(ids[i])));
      expect(audit.filter((entry) => entry.action === "source.rehashed")).toHaveLength(1);
    }
    const after = await db.select({ id: sources.id, body: sources.body, hash: sources.contentHash }).from(sources);
    const others = (rows: typeof after) => rows.filter((row) => !ids.includes(row.id)).sort((a, b) => a.id - b.id);
    expect(others(after)).toEqual(others(untouched));

    const reviewer = await makeUser(db, "reviewer");
    for (const [i, release] of changed.entries()) {
      const result = await addRelease(db, reviewer, { text: release.body, title: "Pasted again" });
      expect(result).toEqual({ ok: true, outcome: { kind: "unchanged", sourceId: ids[i] } });
    }
  });
});
