import { expect, type Page, test } from "@playwright/test";
import { AddReleasePage } from "./pages/add-release-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

/**
 * "Also stated in": a release added today that repeats a statistic of a seeded one ("1.8 million
 * known gotaways", written "1,800,000") is linked both ways on the claim pages. It adds a source,
 * so the file name ends in add-release.spec.ts and runs in the "desktop-writes" project after the
 * specs that read the lists (playwright.config.ts).
 */
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const SEEDED_TITLE = /Mayorkas/;

function related(page: Page) {
  return page.getByRole("region", { name: "Also stated in" });
}

test("a repeated statistic links the releases that state it, with what each viewer may see", async ({ page }, testInfo) => {
  const problems = collectBrowserProblems(page);
  const signIn = new SignInPage(page);
  await signIn.signInAs(DEMO.reviewer);
  const form = new AddReleasePage(page);
  await form.goto();
  await form.title.fill(`Border committee staff memo ${stamp}`);
  await form.publisher.fill("Committee staff");
  await form.publishedAt.fill("2024-03-01");
  await form.text.fill(
    [
      `Staff memo ${stamp}`,
      "",
      "Committee staff counted 1,800,000 known gotaways at the southern border since 2021, the memo said.",
      "The memo also lists 310 new hires at ports of entry.",
    ].join("\n"),
  );
  const sourceId = await form.add();

  // The new claim lists the seeded release that states the same figure; staff see its status.
  await page.goto(`/sources/${sourceId}`);
  await page
    .getByRole("main")
    .getByRole("link", { name: /1,800,000/ })
    .first()
    .click();
  await page.waitForURL(/\/claims\/\d+/);
  const newClaimUrl = page.url().replace(/#.*$/, "");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1,800,000");
  const list = related(page);
  await expect(list).toBeVisible();
  const item = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: SEEDED_TITLE }) });
  await expect(item).toHaveCount(1);
  await expect(item.locator("mark")).toHaveText("1.8 million");
  await expect(item).toContainText("Status:");
  await expect(item).toContainText("No published verdict yet.");
  await keepScreenshot(page, testInfo, "also-stated-in-reviewer");

  // From the keyboard: the link opens the other claim, which links back.
  const link = item.getByRole("link", { name: SEEDED_TITLE });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/claims\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1.8 million");
  await expect(related(page).getByRole("link", { name: new RegExp(`Border committee staff memo ${stamp}`) })).toBeVisible();

  // The public sees the links and published verdicts, never a workflow status.
  await signIn.signOutNow();
  await page.goto(newClaimUrl);
  const publicItem = related(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: SEEDED_TITLE }) });
  await expect(publicItem).toHaveCount(1);
  await expect(publicItem).not.toContainText("Status:");
  await expect(publicItem).toContainText("No published verdict yet.");
  await keepScreenshot(page, testInfo, "also-stated-in-public");
  await page.setViewportSize({ width: 390, height: 844 });
  await related(page).scrollIntoViewIfNeeded();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await page.screenshot({ path: `e2e/artifacts/${testInfo.project.name}/also-stated-in-public-390.png`, fullPage: true });

  expect(problems).toEqual([]);
});
