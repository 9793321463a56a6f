import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { claims } from "@/db/schema";
import { insertSyntheticSource, type SyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import { formatClaimValue } from "@/components/claims/claim-format";
import { getClaim, listClaims } from "./queries";
import { contextExcerpt } from "./excerpt";
import { getSource } from "@/lib/sources/queries";
import { listWorkQueue } from "@/lib/workflow/queries";
import { makeUser } from "@/lib/users/testing";
import { encodeClaimCursor } from "@/lib/core/cursor";
import type { ClaimListItem, ClaimPage } from "./types";
import { AppError, isAppError } from "@/lib/core/errors";

let synthetic: SyntheticSource;

beforeAll(async () => {
  const { db } = testDatabase();
  synthetic = await insertSyntheticSource(db, 31, "pagination");
  // Two claims leave the default list: one marked "not a claim", one moved on in the workflow.
  await db
    .update(claims)
    .set({ notAClaim: true, notAClaimReason: "a year" })
    .where(eq(claims.id, synthetic.claimIds[0] ?? 0));
  await db
    .update(claims)
    .set({ status: "in_review" })
    .where(eq(claims.id, synthetic.claimIds[1] ?? 0));
});

async function walk(filters: Parameters<typeof listClaims>[0]): Promise<{ items: ClaimListItem[]; pages: number }> {
  const items: ClaimListItem[] = [];
  let cursor: string | undefined = filters.cursor;
  let pages = 0;
  do {
    const page: ClaimPage = await listClaims({ ...filters, cursor });
    expect(page.claims.length).toBeLessThanOrEqual(filters.limit);
    items.push(...page.claims);
    cursor = page.next ?? undefined;
    pages += 1;
    if (pages > 1000) throw new Error("pagination does not end");
  } while (cursor);
  return { items, pages };
}

function isListOrder(items: ClaimListItem[]): boolean {
  return items.every((item, i) => {
    const prev = items[i - 1];
    if (!prev) return true;
    return prev.checkworthiness > item.checkworthiness || (prev.checkworthiness === item.checkworthiness && prev.id > item.id);
  });
}

describe("listClaims", () => {
  it("walks every page of a source without duplicates or gaps, in list order", async () => {
    const { items, pages } = await walk({ sourceId: synthetic.sourceId, limit: 4 });
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Everything but the "not a claim" row, each exactly once.
    expect([...ids].sort((a, b) => a - b)).toEqual(synthetic.claimIds.slice(1).sort((a, b) => a - b));
    expect(pages).toBe(Math.ceil(30 / 4));
    expect(isListOrder(items)).toBe(true);
  });

  it("walks the whole list (seeded and synthetic) with page sizes that do and do not divide it", async () => {
    const { db } = testDatabase();
    const visible = await db.select({ id: claims.id }).from(claims).where(eq(claims.notAClaim, false));
    for (const limit of [1, 7, 30, 100]) {
      const { items } = await walk({ limit });
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort((a, b) => a - b)).toEqual(visible.map((row) => row.id).sort((a, b) => a - b));
    }
  });

  it("returns null next on the last page and a cursor otherwise", async () => {
    const first = await listClaims({ sourceId: synthetic.sourceId, limit: 29 });
    expect(first.claims).toHaveLength(29);
    expect(first.next).toEqual(expect.any(String));
    const second = await listClaims({ sourceId: synthetic.sourceId, limit: 29, cursor: first.next ?? undefined });
    expect(second.claims).toHaveLength(1);
    expect(second.next).toBeNull();
  });

  it("filters by status, unit and source, and combines filters", async () => {
    const inReview = await listClaims({ status: "in_review", limit: 100 });
    expect(inReview.claims.map((c) => c.id)).toEqual([synthetic.claimIds[1]]);

    const money = await walk({ unit: "money", sourceId: synthetic.sourceId, limit: 3 });
    expect(money.items.length).toBeGreaterThan(0);
    expect(money.items.every((c) => c.unit === "money" && c.source.id === synthetic.sourceId)).toBe(true);

    const unreviewedMoney = await walk({ unit: "money", status: "unreviewed", sourceId: synthetic.sourceId, limit: 50 });
    expect(unreviewedMoney.items.every((c) => c.status === "unreviewed")).toBe(true);
  });

  it("hides claims marked not a claim", async () => {
    const { items } = await walk({ sourceId: synthetic.sourceId, limit: 100 });
    expect(items.map((c) => c.id)).not.toContain(synthetic.claimIds[0]);
  });

  it("searches text, subject, speaker and sentence with websearch syntax", async () => {
    const bySentence = await walk({ q: "zebrafish", limit: 10 });
    expect(bySentence.items.map((c) => c.id).sort((a, b) => a - b)).toEqual(synthetic.claimIds.slice(1).sort((a, b) => a - b));

    // Speaker is set on even-numbered figures only; stemming matches "statistics" to "statistic".
    const bySpeaker = await walk({ q: "statistic office", sourceId: synthetic.sourceId, limit: 10 });
    expect(bySpeaker.items.length).toBe(15);
    expect(bySpeaker.items.every((c) => c.speaker === "Zebrafish County Statistics Office")).toBe(true);

    const excluded = await walk({ q: "zebrafish -statistics", limit: 10 });
    expect(excluded.items.length).toBe(15);
    expect(excluded.items.every((c) => c.speaker === null)).toBe(true);

    const exact = await listClaims({ q: '"250 widgets"', limit: 10 });
    expect(exact.claims.map((c) => c.text)).toEqual(["250 widgets"]);

    const none = await listClaims({ q: "xylophonequartz", limit: 10 });
    expect(none).toEqual({ claims: [], next: null });
  });

  it("answers a search the same whether its matches are among the first claims read in order or not", async () => {
    // searchWalk 1 reads one claim in order before the text index takes over; 1,000 reads them all.
    const pagesOf = async (filters: Parameters<typeof listClaims>[0], searchWalk: number) => {
      const pages: number[][] = [];
      let cursor: string | undefined;
      do {
        const page = await listClaims({ ...filters, cursor }, { searchWalk });
        pages.push(page.claims.map((claim) => claim.id));
        cursor = page.next ?? undefined;
      } while (cursor);
      return pages;
    };
    for (const filters of [
      { q: "zebrafish", limit: 4 },
      { q: "statistic office", limit: 3 },
      { q: "zebrafish -statistics", sourceId: synthetic.sourceId, limit: 5 },
      { q: "widgets", unit: "count" as const, limit: 2 },
      { q: "xylophonequartz", limit: 3 },
    ]) {
      const whole = await pagesOf(filters, 1000);
      const ids = whole.flat();
      const { items } = await walk({ ...filters, q: undefined, limit: 100 });
      const order = items.map((item) => item.id);
      // In list order, and only claims its other filters list.
      expect(ids, filters.q).toEqual(order.filter((id) => ids.includes(id)));
      for (const searchWalk of [1, 2, filters.limit, filters.limit + 1, 7]) {
        expect(await pagesOf(filters, searchWalk), `${filters.q} walking ${searchWalk}`).toEqual(whole);
      }
    }
    const found = (await pagesOf({ q: "zebrafish", limit: 100 }, 1)).flat();
    expect(found.sort((a, b) => a - b)).toEqual(synthetic.claimIds.slice(1).sort((a, b) => a - b));
  });

  it("hands out list items with the sentence split around the figure", async () => {
    const page = await listClaims({ q: '"250 widgets"', limit: 1 });
    const [item] = page.claims;
    expect(item).toMatchObject({
      text: "250 widgets",
      value: 250,
      subject: "pagination widgets",
      status: "unreviewed",
      source: { id: synthetic.sourceId, title: "Synthetic pagination source" },
      excerpt: { before: "Figure 25 of the pagination report rose to ", figure: "250 widgets", after: " in zebrafish county." },
    });
    expect(Object.keys(item ?? {}).sort()).toEqual([
      "checkworthiness",
      "currency",
      "denominator",
      "excerpt",
      "id",
      "measure",
      "source",
      "speaker",
      "status",
      "subject",
      "text",
      "timeScope",
      "unit",
      "upperValue",
      "value",
      "verdict",
    ]);
  });

  it("rejects a tampered or foreign cursor with a typed error", async () => {
    for (const cursor of ["not-a-cursor", "eyJ2IjoxfQ", Buffer.from('{"v":1,"c":2,"i":1}').toString("base64url"), "%%%"]) {
      const error = await listClaims({ limit: 5, cursor }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(isAppError(error, "bad_request:cursor")).toBe(true);
    }
  });

  it("rejects filter values outside the contract with a typed error", async () => {
    const error = await listClaims({ limit: 0 }).catch((e: unknown) => e);
    expect(isAppError(error, "bad_request:filter")).toBe(true);
    const badStatus = await listClaims({ limit: 5, status: "gone" as never }).catch((e: unknown) => e);
    expect(isAppError(badStatus, "bad_request:filter")).toBe(true);
  });

  it("continues correctly from a cursor whose row has since changed", async () => {
    const { db } = testDatabase();
    const first = await listClaims({ sourceId: synthetic.sourceId, limit: 10 });
    const seen = new Set(first.claims.map((c) => c.id));
    // A row already shown moves to the very top; the next page must not repeat it or skip others.
    const moved = first.claims[3]?.id ?? 0;
    await db.update(claims).set({ checkworthiness: 1 }).where(eq(claims.id, moved));
    const rest = await walk({ sourceId: synthetic.sourceId, limit: 10, cursor: first.next ?? undefined });
    for (const item of rest.items) expect(seen.has(item.id)).toBe(false);
    expect(seen.size + rest.items.length).toBe(30);
  });
});

describe("getClaim", () => {
  it("returns the detail shape with context and W3C anchor", async () => {
    const id = synthetic.claimIds[24] ?? 0; // "250 widgets"
    const claim = await getClaim({ id });
    expect(claim).not.toBeNull();
    if (!claim) return;
    expect(claim.text).toBe("250 widgets");
    expect(synthetic.body.slice(claim.start, claim.end)).toBe("250 widgets");
    expect(synthetic.body.slice(claim.sentence.start, claim.sentence.end)).toBe(
      "Figure 25 of the pagination report rose to 250 widgets in zebrafish county.",
    );
    expect(claim.anchor.position).toEqual({ start: claim.start, end: claim.end });
    expect(claim.anchor.quote.exact).toBe("250 widgets");
    expect(claim.anchor.quote.prefix).toBe(synthetic.body.slice(claim.start - 32, claim.start));
    expect(claim.anchor.quote.suffix).toBe(synthetic.body.slice(claim.end, claim.end + 32));
    expect(claim.anchor.quote.prefix).toHaveLength(32);
    expect(claim.source).toEqual({
      id: synthetic.sourceId,
      title: "Synthetic pagination source",
      publisher: null,
      url: null,
      publishedAt: null,
    });
    // Context: the sentence plus up to 200 characters each side, whole words only.
    const { before, figure, after } = claim.context;
    expect(figure).toBe("250 widgets");
    expect(before.endsWith("Figure 25 of the pagination report rose to ")).toBe(true);
    expect(after.startsWith(" in zebrafish county.")).toBe(true);
    expect(before.length).toBeGreaterThan(150);
    expect(before.length).toBeLessThanOrEqual(200 + 44);
    expect(synthetic.body).toContain(`${before}${figure}${after}`);
    expect(before.startsWith(" ")).toBe(false);
    const wordBefore = synthetic.body.indexOf(before) - 1;
    expect(synthetic.body[wordBefore]).toMatch(/\s/);
  });

  it("cuts the context in the database to the same excerpt as from the whole body, emoji before it or not", async () => {
    const { db } = testDatabase();
    // An emoji is one character to PostgreSQL and two UTF-16 units to the offsets: the window the
    // database cuts is then shifted, and getClaim must notice and cut from the whole body.
    const emoji = await insertSyntheticSource(db, 12, "emoji 😀 release");
    for (const source of [synthetic, emoji]) {
      for (const id of [source.claimIds[0], source.claimIds[5], source.claimIds.at(-1)]) {
        const claim = await getClaim({ id: id ?? 0 });
        if (!claim) throw new Error(`claim ${id} not found`);
        expect(claim.context).toEqual(contextExcerpt(source.body, claim.sentence, { start: claim.start, end: claim.end }));
        expect(source.body.slice(claim.start, claim.end)).toBe(claim.text);
      }
    }
  });

  it("returns null for ids that do not exist or cannot exist", async () => {
    expect(await getClaim({ id: 2_000_000_000 })).toBeNull();
    expect(await getClaim({ id: -1 })).toBeNull();
    expect(await getClaim({ id: 1.5 })).toBeNull();
    expect(await getClaim({ id: Number.MAX_SAFE_INTEGER })).toBeNull();
  });

  it("reads the seeded claims that the list shows", async () => {
    const { db } = testDatabase();
    const seeded = await db
      .select({ id: claims.id })
      .from(claims)
      .where(inArray(claims.sourceId, [1, 2, 3, 4]))
      .limit(5);
    for (const { id } of seeded) {
      const claim = await getClaim({ id });
      expect(claim?.id).toBe(id);
      expect(claim && `${claim.excerpt.before}${claim.excerpt.figure}${claim.excerpt.after}`).toContain(claim?.text);
    }
  });
});

describe("encodeClaimCursor", () => {
  it("round-trips through listClaims as an opaque string", async () => {
    const cursor = encodeClaimCursor({ checkworthiness: 1, id: 2_147_483_647 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const page = await listClaims({ limit: 100, cursor });
    expect(page.claims.length).toBeGreaterThan(0);
  });
});

describe("a range and a unit of measure, on every query that shows a figure", () => {
  it("carries upperValue, measure and currency to the list, the claim page, the source page and the queue", async () => {
    const { db } = testDatabase();
    const source = await insertSyntheticSource(db, 2, "range-pages");
    const [rangeId, tonsId] = source.claimIds;
    await db
      .update(claims)
      .set({ unit: "percent", value: 4, upperValue: 5 })
      .where(eq(claims.id, rangeId ?? 0));
    await db
      .update(claims)
      .set({ unit: "count", value: 3_200_000, measure: "metric tons" })
      .where(eq(claims.id, tonsId ?? 0));

    const listed = await listClaims({ sourceId: source.sourceId, limit: 10 });
    const byId = new Map(listed.claims.map((claim) => [claim.id, claim]));
    expect(byId.get(rangeId ?? 0)).toMatchObject({ value: 4, upperValue: 5, measure: null, currency: null });
    expect(formatClaimValue(byId.get(rangeId ?? 0) ?? fail())).toBe("4–5%");
    expect(formatClaimValue(byId.get(tonsId ?? 0) ?? fail())).toBe("3.2 million metric tons");

    const detail = await getClaim({ id: rangeId ?? 0 });
    expect(formatClaimValue(detail ?? fail())).toBe("4–5%");
    const page = await getSource({ id: source.sourceId });
    expect(page?.claims.map(formatClaimValue)).toEqual(["4–5%", "3.2 million metric tons"]);
    const reviewer = await makeUser(db, "reviewer");
    const queue = await listWorkQueue({ viewer: reviewer, statuses: ["unreviewed"], limit: 500 });
    const queued = queue.filter((item) => item.source.id === source.sourceId);
    expect(queued.map(formatClaimValue).sort()).toEqual(["3.2 million metric tons", "4–5%"]);
  });
});

function fail(): never {
  throw new Error("missing");
}

describe("the public's published filter follows verdicts (migration 0011's trigger)", () => {
  it("lists a claim as published while a verdict of it is published, and as not checked after", async () => {
    const { db } = testDatabase();
    const { verdicts } = await import("@/db/schema");
    const editor = await makeUser(db, "editor");
    const claimId = synthetic.claimIds[5] ?? 0;
    const ids = async (checked: boolean) => (await walk({ sourceId: synthetic.sourceId, checked, limit: 10 })).items.map((item) => item.id);
    expect(await ids(true)).not.toContain(claimId);

    const [verdict] = await db
      .insert(verdicts)
      .values({
        claimId,
        rating: "accurate",
        summary: "Matches the table.",
        rationale: "Checked.",
        state: "published",
        editorId: editor.id,
        publishedAt: new Date(),
      })
      .returning({ id: verdicts.id });
    expect(await ids(true)).toContain(claimId);
    expect(await ids(false)).not.toContain(claimId);
    // A draft beside it changes nothing; retracting the published one takes the claim off the filter.
    await db
      .insert(verdicts)
      .values({ claimId, rating: "false", summary: "Draft.", rationale: "Draft.", state: "draft", editorId: editor.id });
    expect(await ids(true)).toContain(claimId);
    await db
      .update(verdicts)
      .set({ state: "retracted", retiredAt: new Date() })
      .where(eq(verdicts.id, verdict?.id ?? 0));
    expect(await ids(true)).not.toContain(claimId);
    expect(await ids(false)).toContain(claimId);
  });
});
