import { expect, test } from "@playwright/test";
import { BROKEN_DB_URL } from "./support/servers";
import { keepScreenshot } from "./support/screenshot";

/** Against the second server, whose database cannot open: failures read as a page a person understands. */
test.use({ baseURL: BROKEN_DB_URL });

test.describe("when the database is down", () => {
  test("a page explains the failure and offers a retry", async ({ page }, testInfo) => {
    await page.goto("/");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sources" })).toBeVisible();
    const retry = alert.getByRole("button", { name: "Try again" });
    await keepScreenshot(page, testInfo, "database-down");

    await retry.click();
    // The database is still down: the retry lands on the same explanation, not a blank page.
    await expect(alert.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
  });

  test("the health check and the API say so in JSON", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(503);
    expect(await health.json()).toEqual({ ok: false });

    const claims = await request.get("/api/claims");
    expect(claims.status()).toBe(500);
    expect(claims.headers()["cache-control"]).toBe("no-store");
    expect(await claims.json()).toEqual({ error: expect.any(String) });
  });
});
