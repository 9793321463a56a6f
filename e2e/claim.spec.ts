import { expect, test } from "@playwright/test";
import { ClaimsListPage } from "./pages/claims-list-page";
import { keepScreenshot } from "./support/screenshot";

test.describe("claim page", () => {
  test("shows the figure, what it measures, its sentence and its source", async ({ page }, testInfo) => {
    const list = new ClaimsListPage(page);
    await list.goto("?q=deportations&limit=100");
    await list.card("142,580").getByRole("link", { name: "142,580" }).click();
    await page.waitForURL(/\/claims\/\d+$/);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("142,580");
    await expect(page).toHaveTitle(/^142,580: .+ · Claim Desk$/);
    const facts = page.getByRole("region", { name: "The claim" });
    const subject = facts.locator("dt:text-is('What it measures') + dd");
    await expect(subject).toHaveText(/deportation/i);
    await expect(facts.locator("dt:text-is('Value') + dd")).toHaveText("142,580");
    await expect(facts.locator("dt:text-is('Unit') + dd")).toHaveText("Count");
    await expect(page.getByRole("main").locator("blockquote mark")).toHaveText("142,580");
    await expect(page.getByRole("region", { name: "In context" }).locator("mark")).toHaveText("142,580");
    await expect(page.getByRole("region", { name: "Review" })).toBeVisible();
    await keepScreenshot(page, testInfo, "claim-142580");

    const sourceLink = page.getByRole("link", {
      name: "Oklahoma Attorney General Drummond testifies at House Homeland Security hearing on Mayorkas",
    });
    await sourceLink.click();
    await page.waitForURL(/\/sources\/\d+#claim-\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Oklahoma Attorney General Drummond");
  });

  for (const id of ["999999", "abc", "0", "12abc"]) {
    test(`claim id ${id} is a 404 page`, async ({ page }, testInfo) => {
      const response = await page.goto(`/claims/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "We can’t find that page" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Browse all claims" })).toBeVisible();
      if (id === "999999") await keepScreenshot(page, testInfo, "claim-not-found");
    });
  }
});
