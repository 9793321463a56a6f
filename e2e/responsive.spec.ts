import { expect, test, type Page } from "@playwright/test";
import { keepScreenshot } from "./support/screenshot";

/**
 * Every page at both sizes (the phone project runs only this file): nothing wider than the screen,
 * and nothing the browser complains about (hydration mismatches, blocked resources, script errors).
 */
const PAGES = [
  { name: "claims", path: "/" },
  { name: "sources", path: "/sources" },
];

let problems: string[] = [];

test.beforeEach(({ page }) => {
  problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console: ${message.text()}`);
  });
});

test.afterEach(() => {
  expect(problems).toEqual([]);
});

test.describe("layout @phone", () => {
  for (const { name, path } of PAGES) {
    test(`${name} fits the screen`, async ({ page }, testInfo) => {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
      await keepScreenshot(page, testInfo, `layout-${name}`);
    });
  }

  test("a source and a claim fit the screen", async ({ page }, testInfo) => {
    await page.goto("/sources");
    await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
    await page.waitForURL(/\/sources\/\d+$/);
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "layout-source");

    await page.getByRole("region", { name: "The release, as published" }).getByRole("link").first().click();
    await page.waitForURL(/\/claims\/\d+$/);
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "layout-claim");
  });
});

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
