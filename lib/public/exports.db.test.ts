/**
 * The export route handlers against a real database (PGlite and PostgreSQL): the CSV streams every
 * page and round-trips tricky text; /api/claims carries published verdicts only.
 */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getClaimsCsv } from "@/app/api/claims.csv/route";
import { GET as getClaimsJson } from "@/app/api/claims/route";
import { GET as getClaimReviews } from "@/app/api/claim-reviews/route";
import { GET as getSitemapIndex } from "@/app/sitemap.xml/route";
import { GET as getSitemapFile } from "@/app/sitemaps/[file]/route";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { insertSyntheticSource, type SyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import { makeUser } from "@/lib/users/testing";
import { publishVerdict, saveVerdictDraft, takeClaim } from "@/lib/workflow/mutations";
import { parseCsv } from "./parse-csv.testing";

let db: Db;
let editor: Actor;
let source: SyntheticSource;
const TRICKY_SUBJECT = '=HYPERLINK("http://evil.example")';
const TRICKY_SPEAKER = 'Doe, "Jr."\r\nsecond line';
const PUBLISHED_SUMMARY = 'Close, but "272,000" per BLS';

async function version(claimId: number): Promise<string> {
  const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, claimId));
  return String(row?.v);
}

beforeAll(async () => {
  db = testDatabase().db;
  editor = await makeUser(db, "editor");
  source = await insertSyntheticSource(db, 230, "export");
  const [published, drafted] = source.claimIds;
  if (published === undefined || drafted === undefined) throw new Error("no claims");
  await db.update(claims).set({ subject: TRICKY_SUBJECT, speaker: TRICKY_SPEAKER }).where(eq(claims.id, published));
  // A range with a unit of measure: "30 to 45 acres" (the synthetic claim's value is 30).
  await db
    .update(claims)
    .set({ unit: "count", upperValue: 45, measure: "acres" })
    .where(eq(claims.id, source.claimIds[2] ?? 0));
  for (const id of [published, drafted]) await takeClaim(db, editor, { claimId: String(id), version: await version(id) });
  const verdict = { rating: "mostly_accurate", summary: PUBLISHED_SUMMARY, rationale: "r" };
  const ok = await publishVerdict(db, editor, { claimId: String(published), version: await version(published), ...verdict });
  expect(ok.state).toMatchObject({ ok: true });
  await saveVerdictDraft(db, editor, { claimId: String(drafted), version: await version(drafted), ...verdict, summary: "SECRET DRAFT" });
});

const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));

describe("GET /api/claims.csv", () => {
  it("streams every matching claim over several pages and round-trips tricky values", async () => {
    const response = await getClaimsCsv(request(`/api/claims.csv?sourceId=${source.sourceId}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 3)).toEqual(["id", "text", "value"]);
    expect(rows).toHaveLength(230);
    expect(new Set(rows.map((row) => row[0])).size).toBe(230);
    expect(text).not.toContain("SECRET DRAFT");

    const column = (name: string) => header?.indexOf(name) ?? -1;
    const published = rows.find((row) => row[0] === String(source.claimIds[0]));
    expect(published?.[column("subject")]).toBe(`'${TRICKY_SUBJECT}`);
    expect(published?.[column("speaker")]).toBe(TRICKY_SPEAKER);
    expect(published?.[column("verdict_rating")]).toBe("mostly_accurate");
    expect(published?.[column("verdict_summary")]).toBe(PUBLISHED_SUMMARY);
    expect(published?.[column("verdict_published_at")]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const drafted = rows.find((row) => row[0] === String(source.claimIds[1]));
    expect(drafted?.[column("verdict_rating")]).toBe("");

    // New columns go at the end; a range and its unit of measure read as on the pages.
    expect(header?.slice(-4)).toEqual(["upper_value", "measure", "currency", "value_text"]);
    const range = rows.find((row) => row[0] === String(source.claimIds[2]));
    expect([range?.[column("value")], range?.[column("upper_value")], range?.[column("measure")], range?.[column("value_text")]]).toEqual([
      "30",
      "45",
      "acres",
      "30–45 acres",
    ]);
    expect(drafted?.[column("upper_value")]).toBe("");
    // The public's status column: published or not checked, never the workflow's.
    expect(published?.[column("status")]).toBe("published");
    expect(drafted?.[column("status")]).toBe("not_checked");
  });

  it("answers 400 with a message for bad filters and cursors", async () => {
    for (const query of ["status=done", "limit=abc", "cursor=forged!"]) {
      const response = await getClaimsCsv(request(`/api/claims.csv?${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error).toEqual(expect.any(String));
    }
  });
});

describe("GET /api/claims", () => {
  it("gives the published verdict and never a draft", async () => {
    const response = await getClaimsJson(request(`/api/claims?sourceId=${source.sourceId}&status=published&limit=100`));
    const body = (await response.json()) as { claims: { id: number; verdict: unknown }[] };
    const byId = new Map(body.claims.map((claim) => [claim.id, claim.verdict]));
    expect(byId.get(source.claimIds[0] ?? 0)).toEqual({
      rating: "mostly_accurate",
      summary: PUBLISHED_SUMMARY,
      publishedAt: expect.any(String),
    });
    expect(body.claims.every((claim) => (claim as { status?: string }).status === "published")).toBe(true);
    // The drafted claim (in review) is not checked as far as the public knows: no verdict, no workflow status.
    const notChecked: { id: number; verdict: unknown; status: string }[] = [];
    for (let cursor: string | null = ""; cursor !== null;) {
      const page = await getClaimsJson(
        request(`/api/claims?sourceId=${source.sourceId}&status=not_checked&limit=100&cursor=${encodeURIComponent(cursor)}`),
      );
      const body = (await page.json()) as { claims: typeof notChecked; next: string | null };
      notChecked.push(...body.claims);
      cursor = body.next;
    }
    expect(notChecked.map((claim) => claim.id)).not.toContain(source.claimIds[0]);
    const drafted = notChecked.find((claim) => claim.id === source.claimIds[1]);
    expect(drafted?.verdict).toBeNull();
    expect(drafted?.status).toBe("not_checked");
  });

  it("refuses a workflow status as a filter: the public never learns which claims are in review", async () => {
    for (const status of ["unreviewed", "in_review", "ready", "not_checkable"]) {
      expect((await getClaimsJson(request(`/api/claims?status=${status}`))).status, status).toBe(400);
      expect((await getClaimsCsv(request(`/api/claims.csv?status=${status}`))).status, status).toBe(400);
    }
  });

  it("gives a range's two ends, its unit of measure and the value as the pages show it", async () => {
    const response = await getClaimsJson(request(`/api/claims?sourceId=${source.sourceId}&unit=count&limit=100`));
    const body = (await response.json()) as { claims: Record<string, unknown>[] };
    const range = body.claims.find((claim) => claim.id === source.claimIds[2]);
    expect(range).toMatchObject({ value: 30, upperValue: 45, measure: "acres", currency: null, valueText: "30–45 acres", unit: "count" });
    const single = body.claims.find((claim) => claim.id === source.claimIds[5]);
    expect(single).toMatchObject({ value: 60, upperValue: null, measure: null, valueText: "60" });
  });
});

describe("GET /api/claim-reviews", () => {
  it("lists ClaimReview objects of published verdicts only, page by page", async () => {
    const reviews: { url: string; reviewRating: unknown; "@type": string }[] = [];
    let cursor: string | null = null;
    do {
      const response = await getClaimReviews(request(`/api/claim-reviews?limit=2${cursor ? `&cursor=${cursor}` : ""}`));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
      const body = (await response.json()) as { "@context": string; claimReviews: typeof reviews; next: string | null };
      expect(body["@context"]).toBe("https://schema.org");
      reviews.push(...body.claimReviews);
      cursor = body.next;
    } while (cursor);
    const mine = reviews.find((review) => review.url.endsWith(`/claims/${source.claimIds[0]}`));
    expect(mine).toMatchObject({
      "@type": "ClaimReview",
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly accurate" },
    });
    expect(reviews.some((review) => review.url.endsWith(`/claims/${source.claimIds[1]}`))).toBe(false);
    expect(JSON.stringify(reviews)).not.toContain("SECRET DRAFT");
  });

  it("answers 400 for a bad limit or cursor", async () => {
    for (const query of ["limit=0", "limit=101", "limit=1&limit=2", "cursor=forged"]) {
      const response = await getClaimReviews(request(`/api/claim-reviews?${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error).toEqual(expect.any(String));
    }
  });
});

describe("sitemap", () => {
  const file = (name: string) => getSitemapFile(request(`/sitemaps/${name}`), { params: Promise.resolve({ file: name }) });

  it("is an index of files that list published claim pages and no others, and shows a new verdict on the next request", async () => {
    const index = await (await getSitemapIndex(request("/sitemap.xml"))).text();
    expect(index).toContain("<sitemapindex");
    expect(index).toContain("<loc>http://localhost:3000/sitemaps/0.xml</loc>");
    const response = await file("0.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    const first = await response.text();
    expect(first).toContain("<loc>http://localhost:3000/</loc>");
    expect(first).toContain(`<loc>http://localhost:3000/claims/${source.claimIds[0]}</loc>`);
    const unpublished = source.claimIds[3] ?? 0;
    expect(first).not.toContain(`/claims/${unpublished}</loc>`);

    // Publishing raises published_verdicts_version (the verdicts trigger): the kept file is rebuilt.
    await takeClaim(db, editor, { claimId: String(unpublished), version: await version(unpublished) });
    const ok = await publishVerdict(db, editor, {
      claimId: String(unpublished),
      version: await version(unpublished),
      rating: "accurate",
      summary: "s",
      rationale: "r",
    });
    expect(ok.state).toMatchObject({ ok: true });
    expect(await (await file("0.xml")).text()).toContain(`/claims/${unpublished}</loc>`);
  });

  it("answers 404 for a file it does not have", async () => {
    for (const name of ["1.xml", "01.xml", "x.xml", "0", "-1.xml"]) expect((await file(name)).status, name).toBe(404);
  });
});
