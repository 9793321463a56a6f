import { type Browser, expect, test } from "@playwright/test";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { keepScreenshot } from "./support/screenshot";

/**
 * The page cache (issue 14): signed-out pages come from it, and staff get their own rendering of
 * the same URL. What only a restart or a second app server shows: page-cache-servers.spec.ts.
 */

async function anonymous(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test.describe("signed-out pages from the page cache", () => {
  test("the claim page and / are rendered once for the public; staff get their controls at the same URL", async ({ page, browser, request, baseURL }, testInfo) => {
    const list = (await (await request.get("/api/claims?limit=1")).json()) as { claims: { id: number }[] };
    const id = list.claims[0]?.id;
    if (!id) throw new Error("no claims");

    for (const url of [`/claims/${id}`, "/"]) {
      await request.get(url); // the first visit may render it
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-nextjs-cache"], url).toBe("HIT");
      expect(response.headers()["cache-control"], url).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
      const html = await response.text();
      expect(html).not.toContain("Workflow");
      // One copy for everyone: its nonce is the cached pages' one, the same on every request.
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce).toBeTruthy();
      expect(html).toContain(`nonce="${nonce}"`);
    }
    // A search is rendered per request; the internal routes are not addresses of their own.
    expect((await request.get("/?q=percent")).headers()["cache-control"]).toMatch(/private|no-store/);
    expect((await request.get(`/staff/claims/${id}`)).status()).toBe(404);
    expect((await request.get("/cached/claim-list/first")).status()).toBe(404);

    const visitor = await anonymous(browser, baseURL ?? "");
    await visitor.goto(`/claims/${id}`);
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(visitor.getByRole("region", { name: "Workflow" })).toHaveCount(0);
    await keepScreenshot(visitor, testInfo, "page-cache-claim-signed-out");
    await visitor.goto("/");
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Queue" })).toHaveCount(0);
    await expect(visitor.getByRole("main").locator('option[value="unreviewed"]')).toHaveCount(0);
    await keepScreenshot(visitor, testInfo, "page-cache-list-signed-out");

    // The same URLs signed in: the newsroom's rendering, never cached.
    await new SignInPage(page).signInAs(DEMO.editor, `/claims/${id}`);
    await expect(page.getByRole("region", { name: "Workflow" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Dashboard" })).toBeVisible();
    const staff = await page.request.get(`/claims/${id}`);
    expect(staff.headers()["cache-control"]).toMatch(/private/);
    expect(staff.headers()["x-nextjs-cache"]).toBeUndefined();
    await keepScreenshot(page, testInfo, "page-cache-claim-signed-in");
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("group", { name: "Signed in" })).toContainText("Demo Editor");
    // Staff may filter on the workflow status; the public never sees one.
    await expect(page.getByRole("main").locator('option[value="unreviewed"]')).toHaveCount(1);
    await keepScreenshot(page, testInfo, "page-cache-list-signed-in");
  });
});

