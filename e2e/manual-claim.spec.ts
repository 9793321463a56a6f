import { expect, test } from "@playwright/test";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { SourcePage } from "./pages/source-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

/**
 * Adds a claim to the shared database, which changes the claim list: this file runs in its own
 * project after every reading test (playwright.config.ts, "desktop-writes").
 */
test("a reviewer selects a figure the extractor missed and adds it as a claim", async ({ page }, testInfo) => {
  const problems = collectBrowserProblems(page);
  await new SignInPage(page).signInAs(DEMO.reviewer, "/sources");
  await page.waitForURL(/\/sources$/);
  await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
  await page.waitForURL(/\/sources\/\d+$/);
  const source = new SourcePage(page);
  await expect(page.getByText("Missed a figure? Select it in the text")).toBeVisible();

  // Select the first year in plain text (years are not claims), exactly as a mouse would.
  const selected = await source.text.evaluate((region) => {
    for (const segment of region.querySelectorAll<HTMLElement>("span[data-offset]")) {
      const node = segment.firstChild;
      const match = node?.textContent ? /\b(19|20)\d\d\b/.exec(node.textContent) : null;
      if (!node || !match) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return { text: match[0], start: Number(segment.dataset.offset) + match.index };
    }
    return null;
  });
  expect(selected).not.toBeNull();
  if (!selected) return;

  const form = page.getByRole("form", { name: "Add the selected text as a claim" });
  await expect(form).toContainText(`Selected: ${selected.text}`);
  await expect(form.locator("input[name=start]")).toHaveValue(String(selected.start));
  await expect(form.locator("input[name=end]")).toHaveValue(String(selected.start + selected.text.length));
  await form.getByLabel("What it measures").fill("the year named in the release");
  await keepScreenshot(page, testInfo, "source-add-claim");
  await form.getByRole("button", { name: "Add as claim" }).click();

  const open = page.getByRole("link", { name: /^Open claim \d+$/ });
  await expect(open).toBeVisible();
  await open.click();
  await page.waitForURL(/\/claims\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(selected.text);
  await expect(page.getByRole("region", { name: "History" })).toContainText("added this claim by hand");
  expect(problems).toEqual([]);
});
