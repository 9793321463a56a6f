import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, rowsOf } from "@/db/client";
import { claims, sources } from "@/db/schema";
import { insertSyntheticSource, type SyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import { readSeedReleases } from "@/db/seed/seed-database";
import { importDocument } from "./import";
import { sha256Hex } from "@/lib/ingest/normalize";
import { encodeClaimCursor, encodeSourceCursor } from "@/lib/core/cursor";
import { countSources, getSource, listFilterOptions, listSources } from "./queries";
import type { SourceSummary } from "@/lib/claims/types";
import { isAppError } from "@/lib/core/errors";

let synthetic: SyntheticSource;
let replaced: SyntheticSource;

/** Sources without claims, for paging and search: added after the seed, so they come first. */
const PAGING = [
  ...Array.from({ length: 17 }, (_, n) => ({
    title: `Paging source ${n + 1}`,
    publisher: n % 3 === 0 ? "Zebrafish Bureau" : `Office ${n + 1}`,
  })),
  { title: "Paging 50% off_sale", publisher: null },
];

async function insertPlainSources(db: Db, rows: { title: string; publisher?: string | null }[]) {
  for (const row of rows) {
    const body = `${row.title}: a release with no figures.`;
    await importDocument(db, { ...row, text: body }, { extract: () => ({ claims: [], checks: [] }), extractorVersion: "test" });
  }
}

/** Every page of a search, following the cursors. */
async function walk(input: { q?: string; limit: number }) {
  const pages: SourceSummary[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listSources({ ...input, cursor });
    pages.push(page.sources);
    cursor = page.next ?? undefined;
  } while (cursor && pages.length < 100);
  const rows = pages.flat();
  return { pages, rows, ids: rows.map((s) => s.id) };
}

beforeAll(async () => {
  const { db } = testDatabase();
  synthetic = await insertSyntheticSource(db, 5, "sources");
  await db
    .update(claims)
    .set({ notAClaim: true })
    .where(eq(claims.id, synthetic.claimIds[4] ?? 0));
  // A source that a newer version replaces: lists show only the newer one.
  replaced = await insertSyntheticSource(db, 2, "old version");
  const newer = await insertSyntheticSource(db, 2, "new version");
  await db.update(sources).set({ previousVersionId: replaced.sourceId, version: 2 }).where(eq(sources.id, newer.sourceId));
  await insertPlainSources(db, PAGING);
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
    const list = (await listSources({ limit: 100 })).sources;
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
    expect(list.filter((s) => s.title.startsWith("Paging ")).every((s) => s.claimCount === 0)).toBe(true);
  });

  it("pages through every latest source once, newest first, in pages of the size asked", async () => {
    const { db } = testDatabase();
    const expected = rowsOf<{ id: number }>(
      await db.execute(sql`
        select id from sources s
        where not exists (select 1 from sources n where n.previous_version_id = s.id)
        order by id desc`),
    ).map((row) => Number(row.id));
    expect(expected.length).toBeGreaterThan(PAGING.length);

    const seen = await walk({ limit: 7 });
    expect(seen.pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    expect(seen.pages.at(-1)?.length).toBeGreaterThan(0);
    expect(seen.ids).toEqual(expected); // same order, no duplicates, no gaps
    expect(seen.ids).not.toContain(replaced.sourceId);
    expect(await countSources()).toBe(expected.length);

    // A page exactly as long as what is left has no next page.
    const first = await listSources({ limit: expected.length });
    expect(first.sources).toHaveLength(expected.length);
    expect(first.next).toBeNull();
    // The default page is 50.
    expect((await listSources()).sources).toHaveLength(Math.min(50, expected.length));
  });

  it("a source added while someone pages does not shift the pages after their cursor", async () => {
    const { db } = testDatabase();
    const page1 = await listSources({ limit: 5 });
    const before = await listSources({ limit: 5, cursor: page1.next ?? undefined });
    await insertPlainSources(db, [{ title: "Paging late arrival" }]);
    const after = await listSources({ limit: 5, cursor: page1.next ?? undefined });
    expect(after.sources.map((s) => s.id)).toEqual(before.sources.map((s) => s.id));
  });

  it("searches titles and publishers, ignoring case, with % and _ taken literally", async () => {
    const byTitle = await walk({ q: "PAGING SOURCE", limit: 4 });
    const titled = PAGING.filter((p) => p.title.startsWith("Paging source"));
    expect(byTitle.ids).toHaveLength(titled.length);
    expect(byTitle.pages.length).toBe(Math.ceil(titled.length / 4));
    expect(byTitle.ids).toEqual([...byTitle.ids].sort((x, y) => y - x));
    expect(byTitle.rows.every((s) => /paging source/i.test(s.title))).toBe(true);
    expect(await countSources({ q: "paging source" })).toBe(titled.length);

    const byPublisher = (await listSources({ q: "  zebrafish bureau " })).sources;
    expect(byPublisher.map((s) => s.publisher)).toEqual(
      PAGING.filter((p) => p.publisher === "Zebrafish Bureau").map(() => "Zebrafish Bureau"),
    );
    // Seeded releases are found by their publisher too.
    const cramer = (await listSources({ q: "kevin cramer" })).sources;
    expect(cramer.map((s) => s.publisher)).toEqual(["Office of U.S. Senator Kevin Cramer"]);

    expect((await listSources({ q: "50% off" })).sources.map((s) => s.title)).toEqual(["Paging 50% off_sale"]);
    expect((await listSources({ q: "50_ off" })).sources).toEqual([]);
    expect((await listSources({ q: "%" })).sources.map((s) => s.title)).toEqual(["Paging 50% off_sale"]);
    expect((await listSources({ q: "off_s" })).sources.map((s) => s.title)).toEqual(["Paging 50% off_sale"]);

    const none = await listSources({ q: "zeppelin" });
    expect(none).toEqual({ sources: [], next: null });
    expect(await countSources({ q: "zeppelin" })).toBe(0);
    // A blank search is no search.
    expect((await listSources({ q: "   ", limit: 100 })).sources).toHaveLength(await countSources());
  });

  it("refuses a cursor it did not give out, and values outside the contract", async () => {
    const claimCursor = encodeClaimCursor({ checkworthiness: 0.5, id: 3 });
    for (const cursor of ["", "nonsense!", claimCursor, Buffer.from('{"v":1,"s":0}').toString("base64url")]) {
      await expect(listSources({ cursor }), cursor).rejects.toSatisfy((error) => isAppError(error, "bad_request:cursor"));
    }
    for (const input of [{ limit: 0 }, { limit: 101 }, { limit: 1.5 }, { q: "x".repeat(201) }]) {
      await expect(listSources(input)).rejects.toSatisfy((error) => isAppError(error, "bad_request:filter"));
    }
    await expect(countSources({ q: "x".repeat(201) })).rejects.toSatisfy((error) => isAppError(error, "bad_request:filter"));
    // A valid position past the end is an empty last page, not an error.
    expect(await listSources({ cursor: encodeSourceCursor({ id: 1 }) })).toEqual({ sources: [], next: null });
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
    expect(Object.keys(source).sort()).toEqual([
      "body",
      "checks",
      "claimCount",
      "claims",
      "contentHash",
      "id",
      "publishedAt",
      "publisher",
      "title",
      "url",
      "version",
    ]);
  });

  it("returns a seeded release exactly as committed", async () => {
    const [release] = readSeedReleases();
    const list = (await listSources({ limit: 100 })).sources;
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
