import { expect, test } from "@playwright/test";
import { BROKEN_DB_URL } from "./support/servers";
import { keepScreenshot } from "./support/screenshot";

/**
 * Against the second server, whose database cannot open: an outage answers fast with 503 and says
 * nothing was lost (issue 12, item 5): pages with the server's own page, APIs with JSON and
 * Retry-After, the health check with the database's state.
 */
test.use({ baseURL: BROKEN_DB_URL });

test.describe("when the database is down", () => {
  test("a page answers 503 at once and says nothing was lost @phone", async ({ page }, testInfo) => {
    for (const path of ["/", "/sources", "/claims/1", "/queue"]) {
      const started = Date.now();
      const response = await page.goto(path);
      expect(Date.now() - started, path).toBeLessThan(5_000);
      expect(response?.status(), path).toBe(503);
      expect(response?.headers()["retry-after"], path).toBe("5");
      await expect(page.getByRole("heading", { level: 1, name: "The database is unavailable" })).toBeVisible();
      await expect(page.getByRole("main")).toContainText("Nothing was lost");
    }
    await keepScreenshot(page, testInfo, "database-down");

    // Trying again while it is still down lands on the same explanation, not a blank page.
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "The database is unavailable" })).toBeVisible();
  });

  test("the health check and the API answer 503 JSON with Retry-After", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(503);
    expect(health.headers()["retry-after"]).toBe("5");
    expect(await health.json()).toEqual({ ok: false, database: "unavailable", since: expect.any(String) });

    for (const path of ["/api/claims", "/api/claim-reviews", "/api/annotations"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["cache-control"], path).toBe("no-store");
      expect(response.headers()["retry-after"], path).toBe("5");
      expect(await response.json(), path).toEqual({ error: expect.stringMatching(/not available right now\. Nothing was lost/) });
    }
    const csv = await request.get("/api/claims.csv");
    expect(csv.status()).toBe(503);
    expect(csv.headers()["retry-after"]).toBe("5");
  });
});
