import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { claims, sources } from "@/db/schema";
import { insertSyntheticSource, type SyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import { readSeedReleases, sha256Hex } from "@/db/seed/seed-database";
import { getSource, listFilterOptions, listSources } from "@/lib/data/sources";

let synthetic: SyntheticSource;
let replaced: SyntheticSource;

beforeAll(async () => {
  const { db } = testDatabase();
  synthetic = await insertSyntheticSource(db, 5, "sources");
  await db.update(claims).set({ notAClaim: true }).where(eq(claims.id, synthetic.claimIds[4] ?? 0));
  // A source that a newer version replaces: lists show only the newer one.
  replaced = await insertSyntheticSource(db, 2, "old version");
  const newer = await insertSyntheticSource(db, 2, "new version");
  await db.update(sources).set({ previousVersionId: replaced.sourceId, version: 2 }).where(eq(sources.id, newer.sourceId));
  // The synthetic source gets checks whose spans name two of its claims and one unknown span.
  const [a, b] = await db
    .select({ id: claims.id, start: claims.start, end: claims.end })
    .from(claims)
    .where(eq(claims.sourceId, synthetic.sourceId))
    .orderBy(claims.start)
    .limit(2);
  if (!a || !b) throw new Error("fixture has too few claims");
  await db
    .update(sources)
    .set({
      checks: [
        {
          kind: "repeated-figure",
          outcome: "inconsistent",
          claims: [0, 1],
          spans: [
            { start: a.start, end: a.end },
            { start: b.start, end: b.end },
            { start: 0, end: 1 },
          ],
          message: "test check",
        },
      ],
    })
    .where(eq(sources.id, synthetic.sourceId));
});

describe("listSources", () => {
  it("lists the seeded releases with their metadata and claim counts, newest first", async () => {
    const { db } = testDatabase();
    const list = await listSources();
    const ids = list.map((s) => s.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect(ids).not.toContain(replaced.sourceId);

    for (const release of readSeedReleases()) {
      const row = list.find((s) => s.title === release.title);
      expect(row, release.file).toBeDefined();
      expect(row).toMatchObject({ publisher: release.publisher, url: null, publishedAt: null });
      const stored = await db.$count(claims, eq(claims.sourceId, row?.id ?? 0));
      expect(row?.claimCount).toBe(stored);
    }
    const mine = list.find((s) => s.id === synthetic.sourceId);
    expect(mine?.claimCount).toBe(4); // five claims, one marked not a claim
    expect(Object.keys(mine ?? {}).sort()).toEqual(["claimCount", "id", "publishedAt", "publisher", "title", "url"]);
  });
});

describe("getSource", () => {
  it("returns body, hash, marks in text order and checks resolved to claim ids", async () => {
    const source = await getSource({ id: synthetic.sourceId });
    expect(source).not.toBeNull();
    if (!source) return;
    expect(source.body).toBe(synthetic.body);
    expect(source.contentHash).toBe(sha256Hex(synthetic.body));
    expect(source.version).toBe(1);
    expect(source.claimCount).toBe(4);
    expect(source.claims.map((c) => c.id)).toEqual(synthetic.claimIds.slice(0, 4));
    for (const mark of source.claims) expect(source.body.slice(mark.start, mark.end)).toBe(mark.text);
    expect(source.checks).toHaveLength(1);
    expect(source.checks[0]?.claimIds).toEqual(synthetic.claimIds.slice(0, 2));
    expect(source.checks[0]?.message).toBe("test check");
    expect(Object.keys(source).sort()).toEqual(
      ["body", "checks", "claimCount", "claims", "contentHash", "id", "publishedAt", "publisher", "title", "url", "version"],
    );
  });

  it("returns a seeded release exactly as committed", async () => {
    const [release] = readSeedReleases();
    const list = await listSources();
    const id = list.find((s) => s.title === release?.title)?.id ?? 0;
    const source = await getSource({ id });
    expect(source?.body).toBe(release?.body);
  });

  it("still returns a replaced version by id", async () => {
    expect((await getSource({ id: replaced.sourceId }))?.id).toBe(replaced.sourceId);
  });

  it("returns null for a missing id", async () => {
    expect(await getSource({ id: 999_999 })).toBeNull();
    expect(await getSource({ id: 0 })).toBeNull();
  });
});

describe("listFilterOptions", () => {
  it("offers the latest sources by title", async () => {
    const { sources: options } = await listFilterOptions();
    const titles = options.map((s) => s.title);
    expect(titles).toEqual([...titles].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(options.map((s) => s.id)).toContain(synthetic.sourceId);
    expect(options.map((s) => s.id)).not.toContain(replaced.sourceId);
    expect(options.every((s) => Object.keys(s).sort().join() === "id,title")).toBe(true);
  });

  it("offers only the most recent sources, and the selected one wherever it is", async () => {
    const all = await listFilterOptions();
    expect(all.more).toBe(false);
    const newest = Math.max(...all.sources.map((s) => s.id));
    const oldest = Math.min(...all.sources.map((s) => s.id));
    const two = await listFilterOptions({ limit: 2 });
    expect(two.more).toBe(true);
    expect(two.sources).toHaveLength(2);
    expect(two.sources.map((s) => s.id)).toContain(newest);
    expect(two.sources.map((s) => s.id)).not.toContain(oldest);
    const withSelected = await listFilterOptions({ limit: 2, selectedId: oldest });
    expect(withSelected.sources.map((s) => s.id)).toEqual(expect.arrayContaining([newest, oldest]));
    expect(withSelected.sources).toHaveLength(3);
  });
});
