import { expect, test } from "@playwright/test";
import { SourcePage } from "./pages/source-page";
import { keepScreenshot } from "./support/screenshot";

const MISSISSIPPI = "Mississippi Attorney General Fitch joins 18 states urging ICE to reinstate Operation Talon";
/**
 * What the public may read of a claim's progress on a source page: never a workflow status. A
 * figure's data-status (which also picks its underline) says it; its accessible name says it in words.
 */
const STATUS = /^(published|not_checked)$/;
const OKLAHOMA = "Oklahoma Attorney General Drummond testifies at House Homeland Security hearing on Mayorkas";

test.describe("sources", () => {
  test("lists the four seeded releases with their claim counts", async ({ page }, testInfo) => {
    await page.goto("/sources");
    await expect(page).toHaveTitle("Sources · Claim Desk");
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items).toHaveCount(4);
    const mississippi = items.filter({ hasText: MISSISSIPPI });
    await expect(mississippi.getByRole("link", { name: MISSISSIPPI })).toBeVisible();
    await expect(mississippi.getByText(/^[1-9]\d* claims?$/)).toBeVisible();
    await expect(items.filter({ hasText: "Senators Cramer and Tillis" })).toContainText("Office of U.S. Senator Kevin Cramer");
    await keepScreenshot(page, testInfo, "sources");
  });

  test("pages through the releases with Next page and back with First page", async ({ page }, testInfo) => {
    // The seed has four releases: two a page makes the pages (50 a page without `limit`).
    await page.goto("/sources?limit=2");
    const items = page.getByRole("main").getByRole("listitem");
    const pages = page.getByRole("navigation", { name: "Pages of sources" });
    await expect(page.getByText("4 releases", { exact: true })).toBeVisible();
    await expect(items).toHaveCount(2);
    const first = await items.getByRole("heading").allTextContents();
    await expect(pages.getByRole("link", { name: "First page" })).toHaveCount(0);

    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/sources\?limit=2&cursor=[\w-]+$/);
    await expect(items).toHaveCount(2);
    const second = await items.getByRole("heading").allTextContents();
    expect(new Set([...first, ...second]).size).toBe(4); // no release twice, none left out
    await expect(pages.getByText("End of the list")).toBeVisible();
    await keepScreenshot(page, testInfo, "sources-page-2");

    await pages.getByRole("link", { name: "First page" }).click();
    await expect(page).toHaveURL(/\/sources\?limit=2$/);
    await expect(items.getByRole("heading")).toHaveText(first);
  });

  test("a changed page link shows the first page and says so", async ({ page }) => {
    await page.goto("/sources?cursor=not-a-cursor");
    await expect(page.getByRole("status")).toContainText("first page of the list");
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(4);
  });

  test("searches titles and publishers, keeps the search in the URL, and says when nothing matches", async ({ page }, testInfo) => {
    await page.goto("/sources");
    const search = page.getByRole("searchbox", { name: "Search titles and publishers" });
    const items = page.getByRole("main").getByRole("listitem");

    // A publisher, in lower case.
    await search.fill("kevin cramer");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/sources\?q=kevin\+cramer$/);
    await expect(items).toHaveCount(1);
    await expect(items).toContainText("Senators Cramer and Tillis");
    await expect(page.getByText("1 release matching “kevin cramer”")).toBeVisible();
    await expect(search).toHaveValue("kevin cramer");

    // Part of a title; the link works on its own.
    await page.goto("/sources?q=OPERATION%20TALON");
    await expect(items).toHaveCount(1);
    await expect(items.getByRole("link", { name: MISSISSIPPI })).toBeVisible();

    await search.fill("zeppelin");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("heading", { name: "No releases match “zeppelin”" })).toBeVisible();
    await expect(items).toHaveCount(0);
    await keepScreenshot(page, testInfo, "sources-no-match");
    await page.getByRole("main").getByRole("link", { name: "Show all sources" }).first().click();
    await expect(page).toHaveURL(/\/sources$/);
    await expect(items).toHaveCount(4);
    await expect(search).toHaveValue("");
  });

  test("a release shows its text with every claim highlighted in place", async ({ page }, testInfo) => {
    await page.goto("/sources");
    await page.getByRole("link", { name: MISSISSIPPI }).click();
    const source = new SourcePage(page);
    await expect(source.title).toHaveText(MISSISSIPPI);
    await expect(page).toHaveTitle(`${MISSISSIPPI} · Claim Desk`);

    // Paragraphs of the release survive.
    expect(await source.text.locator("p").count()).toBeGreaterThanOrEqual(6);
    await expect(source.text).toContainText("Sexual predators are not welcome in Mississippi");

    // Each listed claim is marked in the text, its public status in its name and underline.
    const listed = await source.claimList.getByRole("listitem").count();
    expect(listed).toBeGreaterThan(0);
    await expect(source.marks).toHaveCount(listed);
    await expect(source.markedClaim("19,752")).toHaveAttribute("data-status", STATUS);
    await expect(source.markedClaim("19,752")).toHaveAccessibleName(/^19,752 \(claim, (Verdict published|Not yet checked)\)$/);
    await keepScreenshot(page, testInfo, "source-mississippi");

    await source.markedClaim("19,752").click();
    await page.waitForURL(/\/claims\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("19,752");
  });

  test("a release shows its arithmetic checks with links to the claims involved", async ({ page }) => {
    await page.goto("/sources");
    await page.getByRole("link", { name: MISSISSIPPI }).click();
    const source = new SourcePage(page);
    const check = source.checks.getByRole("listitem").filter({ hasText: "77.5" });
    await expect(check).toContainText(/Consistent|Inconsistent/);
    const involved = check.getByRole("link");
    expect(await involved.count()).toBeGreaterThanOrEqual(2);
    await involved.first().click();
    await page.waitForURL(/\/claims\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("claim marks do not hide the text they sit in", async ({ page }) => {
    await page.goto("/sources");
    await page.getByRole("link", { name: OKLAHOMA }).click();
    const source = new SourcePage(page);
    await expect(source.text).toContainText(
      "While encounters of illegal migrants at the southern border surpassed 2 million in fiscal year 2023, ICE officers carried out 142,580",
    );
    await expect(source.markedClaim("142,580")).toHaveAttribute("href", /^\/claims\/\d+$/);
  });

  for (const id of ["999999", "abc", "1.5"]) {
    test(`source id ${id} is a 404 page`, async ({ page }) => {
      const response = await page.goto(`/sources/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "We can’t find that page" })).toBeVisible();
    });
  }
});
