import { expect, test } from "@playwright/test";
import { ClaimsListPage } from "./pages/claims-list-page";
import { keepScreenshot } from "./support/screenshot";

const ALL = "?limit=100";

test.describe("claim list", () => {
  test("shows the seeded claims, each figure highlighted in its sentence", async ({ page }, testInfo) => {
    const list = new ClaimsListPage(page);
    await list.goto(ALL);
    await expect(page).toHaveTitle("Claims · Claim Desk");
    expect(await list.cards.count()).toBeGreaterThan(10);

    const deportations = list.card("142,580");
    await expect(deportations.locator("mark", { hasText: "142,580" })).toBeVisible();
    await expect(deportations.getByRole("blockquote")).toContainText("ICE officers carried out 142,580 deportations");
    await expect(list.fact(deportations, "Source")).toContainText("Oklahoma Attorney General Drummond");
    // The public reads a verdict or "Not yet checked", never a workflow status.
    await expect(deportations.getByText(/^(Verdict: .+|Not yet checked)$/)).toBeVisible();
    await expect(deportations.getByText(/^Status: /)).toHaveCount(0);
    await keepScreenshot(page, testInfo, "claims");
  });

  test("filtering by unit narrows the list to that unit", async ({ page }, testInfo) => {
    const list = new ClaimsListPage(page);
    await list.goto(ALL);
    const everything = await list.cards.count();

    await list.unit.selectOption({ label: "Percentage" });
    await list.apply(/[?&]unit=percent/);
    const percentages = await list.cards.count();
    expect(percentages).toBeGreaterThan(0);
    expect(percentages).toBeLessThan(everything);
    for (const unit of await list.cards.locator("dt:text-is('Unit') + dd").allTextContents()) {
      expect(unit).toBe("Percentage");
    }
    await expect(list.card("213 percent")).toBeVisible();
    await expect(list.unit).toHaveValue("percent");
    await keepScreenshot(page, testInfo, "claims-unit-percent");
  });

  test("filtering by source narrows the list to that release", async ({ page }) => {
    const list = new ClaimsListPage(page);
    await list.goto(ALL);
    const everything = await list.cards.count();
    const title = "Mississippi Attorney General Fitch joins 18 states urging ICE to reinstate Operation Talon";

    await list.source.selectOption({ label: title });
    await list.apply(/[?&]sourceId=\d+/);
    const fromSource = await list.cards.count();
    expect(fromSource).toBeGreaterThan(0);
    expect(fromSource).toBeLessThan(everything);
    for (const source of await list.cards.locator("dt:text-is('Source') + dd").allTextContents()) {
      expect(source).toBe(title);
    }
    await expect(list.cards.locator("mark", { hasText: "19,752" })).toBeVisible();
  });

  test("full-text search finds the gotaways", async ({ page }, testInfo) => {
    const list = new ClaimsListPage(page);
    await list.goto(ALL);
    const everything = await list.cards.count();

    await list.search.fill("gotaways");
    await list.apply(/[?&]q=gotaways/);
    await expect(list.cards.locator("mark", { hasText: "1.8 million" })).toBeVisible();
    expect(await list.cards.count()).toBeLessThan(everything);
    await expect(list.search).toHaveValue("gotaways");
    await keepScreenshot(page, testInfo, "claims-search");
  });

  test("a search that matches nothing explains how to widen it", async ({ page }, testInfo) => {
    const list = new ClaimsListPage(page);
    await list.goto("?q=zebracorn&unit=money");
    await expect(list.cards).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "No claims match this search" })).toBeVisible();
    const removeWords = page.getByRole("link", { name: "Remove words “zebracorn”" });
    await expect(removeWords).toBeVisible();
    await expect(page.getByRole("link", { name: "Remove unit Money" })).toBeVisible();
    await keepScreenshot(page, testInfo, "claims-empty");

    await removeWords.click();
    await page.waitForURL((url) => !url.searchParams.has("q") && url.searchParams.get("unit") === "money");
  });

  test("keyset pagination walks to a second page and back to the first", async ({ page }) => {
    const list = new ClaimsListPage(page);
    await list.goto("?limit=5");
    await expect(list.cards).toHaveCount(5);
    await expect(list.firstPage).toHaveCount(0);
    const first = await list.claimLinks();

    await list.nextPage.click();
    await page.waitForURL(/[?&]cursor=/);
    await expect(list.firstPage).toBeVisible();
    const second = await list.claimLinks();
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThanOrEqual(5);
    expect(second.filter((href) => first.includes(href))).toEqual([]);
    expect(new URL(page.url()).searchParams.get("limit")).toBe("5");

    await list.firstPage.click();
    await page.waitForURL((url) => !url.searchParams.has("cursor"));
    await expect(list.cards).toHaveCount(5);
    expect(await list.claimLinks()).toEqual(first);
  });

  test("a page rendered per request shows its claims without JavaScript, and a search says it is searching", async ({
    browser,
    page,
    baseURL,
  }) => {
    // A later page and a page size are rendered per request: in place, not in a block only a script reveals.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const noScript = new ClaimsListPage(await context.newPage());
    await noScript.goto("?limit=3");
    await expect(noScript.cards).toHaveCount(3);
    await noScript.nextPage.click();
    await expect(noScript.cards.first()).toBeVisible();
    await context.close();

    // With scripts, the search navigates client-side and its button reports the wait.
    const list = new ClaimsListPage(page);
    await list.goto();
    const button = page.getByRole("search", { name: "Filter claims" }).getByRole("button");
    await page.getByLabel("Search").fill("percent");
    await page.route(/[?&]q=percent/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500)); // long enough to see the pending state
      await route.continue();
    });
    await button.click();
    await expect(button).toHaveText("Searching…");
    await page.waitForURL(/[?&]q=percent/);
    await expect(button).toHaveText("Show claims");
  });

  test("filters survive pagination", async ({ page }) => {
    const list = new ClaimsListPage(page);
    await list.goto("?unit=count&limit=2");
    await list.nextPage.click();
    await page.waitForURL(/cursor=/);
    const url = new URL(page.url());
    expect(url.searchParams.get("unit")).toBe("count");
    for (const unit of await list.cards.locator("dt:text-is('Unit') + dd").allTextContents()) {
      expect(unit).toBe("Count");
    }
  });

  test("bad query values get a clear message, not a crash", async ({ page }, testInfo) => {
    const list = new ClaimsListPage(page);
    await list.goto("?limit=abc&status=maybe");
    await expect(list.alert).toContainText("This search could not be run");
    await expect(list.alert).toContainText("limit must be a whole number from 1 to 100");
    await expect(list.alert).toContainText("status must be one of");
    await keepScreenshot(page, testInfo, "claims-bad-query");
  });

  test("a tampered cursor leads back to the first page", async ({ page }) => {
    const list = new ClaimsListPage(page);
    await list.goto("?cursor=not-a-cursor");
    await expect(list.alert).toContainText("This page of claims could not be found");
    await list.alert.getByRole("link", { name: "Go to the first page" }).click();
    await page.waitForURL((url) => url.pathname === "/" && !url.searchParams.has("cursor"));
    await expect(list.cards.first()).toBeVisible();
  });

  test("the skip link takes a keyboard user to the content", async ({ page }) => {
    const list = new ClaimsListPage(page);
    await list.goto();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
});
