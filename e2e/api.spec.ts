import { expect, test } from "@playwright/test";

/** The public's statuses: a published verdict or not checked, never a workflow status. */
const STATUSES = ["published", "not_checked"];
const UNITS = ["percent", "count", "money", "ratio", "other"];

test.describe("GET /api/claims", () => {
  test("returns the documented JSON shape", async ({ request }) => {
    const response = await request.get("/api/claims");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toMatch(/public/);

    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["claims", "next"]);
    expect(body.claims.length).toBeGreaterThan(0);
    expect(body.claims.length).toBeLessThanOrEqual(20);
    for (const claim of body.claims) {
      expect(Object.keys(claim).sort()).toEqual(
        [
          "currency",
          "excerpt",
          "id",
          "measure",
          "source",
          "status",
          "subject",
          "text",
          "unit",
          "upperValue",
          "value",
          "valueText",
          "verdict",
        ].sort(),
      );
      expect(claim).toMatchObject({
        id: expect.any(Number),
        text: expect.any(String),
        subject: expect.any(String),
        excerpt: expect.any(String),
        source: { id: expect.any(Number), title: expect.any(String) },
      });
      expect(Object.keys(claim.source).sort()).toEqual(["id", "title"]);
      // Only a published verdict, never a draft: {rating, summary, publishedAt} or null.
      expect(claim.verdict === null || Object.keys(claim.verdict).sort().join() === "publishedAt,rating,summary").toBe(true);
      expect(claim.value === null || typeof claim.value === "number").toBe(true);
      expect(claim.upperValue === null || claim.upperValue >= claim.value).toBe(true);
      expect(claim.measure === null || typeof claim.measure === "string").toBe(true);
      expect(typeof claim.valueText).toBe("string");
      expect(STATUSES).toContain(claim.status);
      expect(UNITS).toContain(claim.unit);
      expect(claim.excerpt).toContain(claim.text);
    }
  });

  test("pages with limit and the cursor it returns", async ({ request }) => {
    const first = await (await request.get("/api/claims?limit=2")).json();
    expect(first.claims).toHaveLength(2);
    expect(typeof first.next).toBe("string");

    const second = await (await request.get(`/api/claims?limit=2&cursor=${encodeURIComponent(first.next)}`)).json();
    expect(second.claims.length).toBeGreaterThan(0);
    const firstIds = first.claims.map((claim: { id: number }) => claim.id);
    for (const claim of second.claims) expect(firstIds).not.toContain(claim.id);

    const all = await (await request.get("/api/claims?limit=100")).json();
    expect(all.next).toBeNull();
  });

  test("filters by unit, source and search", async ({ request }) => {
    const percent = await (await request.get("/api/claims?unit=percent&limit=100")).json();
    expect(percent.claims.length).toBeGreaterThan(0);
    for (const claim of percent.claims) expect(claim.unit).toBe("percent");

    const sourceId = percent.claims[0].source.id;
    const fromSource = await (await request.get(`/api/claims?sourceId=${sourceId}&limit=100`)).json();
    for (const claim of fromSource.claims) expect(claim.source.id).toBe(sourceId);

    const gotaways = await (await request.get("/api/claims?q=gotaways")).json();
    expect(gotaways.claims.map((claim: { text: string }) => claim.text)).toContain("1.8 million");
  });

  test("refuses a limit that is not a number with a 400 and a clear message", async ({ request }) => {
    const response = await request.get("/api/claims?limit=abc");
    expect(response.status()).toBe(400);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(body.error).toMatch(/limit must be a whole number from 1 to 100/);
    expect(body.issues).toEqual([{ param: "limit", message: expect.stringContaining("limit") }]);
  });

  for (const query of [
    "limit=0",
    "limit=101",
    "status=maybe",
    "status=in_review",
    "status=ready",
    "unit=furlongs",
    "sourceId=-1",
    "cursor=forged",
  ]) {
    test(`refuses ${query} with a 400`, async ({ request }) => {
      const response = await request.get(`/api/claims?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(typeof body.error).toBe("string");
      expect(body.issues.length).toBeGreaterThan(0);
    });
  }
});

test("GET /api/health answers once the database does", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, database: "up" });
});
