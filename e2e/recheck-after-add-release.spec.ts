import { expect, type Page, test } from "@playwright/test";
import { AddReleasePage } from "./pages/add-release-page";
import { ClaimWorkflowPage } from "./pages/claim-workflow-page";
import { DashboardPage } from "./pages/dashboard-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

/**
 * "Text changed after review" from the flag to its clearing: a reviewer takes a claim, a corrected
 * release at the same web address changes its figure (a new version flags it), the reviewer sees the
 * badge but cannot clear it, an editor finds it on the dashboard and marks it re-checked by
 * keyboard. It adds sources, so it runs in the "desktop-writes" project (playwright.config.ts).
 */
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const url = `https://example.org/press/recheck-${stamp}`;

function release(rate: string) {
  return [
    `Regional labour survey ${stamp}`,
    "",
    `Unemployment in the region fell to ${rate} in March, the lowest rate since 2019, the survey said.`,
  ].join("\n");
}

async function addRelease(page: Page, rate: string): Promise<number> {
  const form = new AddReleasePage(page);
  await form.goto();
  await form.title.fill(`Regional labour survey ${stamp}`);
  await form.url.fill(url);
  await form.text.fill(release(rate));
  return form.add();
}

function badge(page: Page) {
  return page.getByRole("list", { name: "Changes to the text" }).getByText("Text changed after review");
}

test("an editor marks a claim re-checked after a new version changed its text; a reviewer cannot", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems = collectBrowserProblems(page);
  const signIn = new SignInPage(page);
  const workflow = new ClaimWorkflowPage(page);
  const recheck = page.getByRole("form", { name: "Mark re-checked" });

  // A reviewer adds the release and takes its figure.
  await signIn.signInAs(DEMO.reviewer);
  const firstId = await addRelease(page, "3.9 percent");
  await page.goto(`/sources/${firstId}`);
  await page
    .getByRole("main")
    .getByRole("link", { name: /3\.9 percent/ })
    .first()
    .click();
  await page.waitForURL(/\/claims\/\d+/);
  const claimId = Number(/\/claims\/(\d+)/.exec(page.url())?.[1]);
  await workflow.button("Take this claim").click();
  await expect(workflow.message("You are reviewing this claim.")).toBeVisible();
  await expect(badge(page)).toHaveCount(0);

  // The release is corrected at the same address: a new version, the reviewed figure changed.
  const secondId = await addRelease(page, "4.1 percent");
  expect(secondId).not.toBe(firstId);
  await workflow.goto(claimId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("4.1 percent");
  await expect(badge(page)).toBeVisible();
  // A reviewer sees the flag but may not clear it.
  await expect(recheck).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark re-checked" })).toHaveCount(0);
  await signIn.signOutNow();

  // The editor finds it on the dashboard.
  await signIn.signInAs(DEMO.editor, "/dashboard");
  await page.waitForURL(/\/dashboard$/);
  const dashboard = new DashboardPage(page);
  const changed = page.getByRole("region", { name: /^Text changed after review/ });
  const item = changed.getByRole("listitem").filter({ has: page.getByRole("link", { name: /4\.1 percent/ }) });
  await expect(item).toHaveCount(1);
  await keepScreenshot(page, testInfo, "recheck-dashboard");
  await item.getByRole("link", { name: /Re-check/ }).click();
  await page.waitForURL(new RegExp(`/claims/${claimId}$`));
  await expect(badge(page)).toBeVisible();
  await expect(recheck).toBeVisible();
  await keepScreenshot(page, testInfo, "recheck-flagged-editor");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `e2e/artifacts/${testInfo.project.name}/recheck-flagged-editor-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // By keyboard: the note, Tab to the button, Enter.
  const note = recheck.getByLabel("What did you check? (optional)");
  await note.focus();
  await page.keyboard.type(`New rate matches the survey table ${stamp}`);
  await page.keyboard.press("Tab");
  const button = recheck.getByRole("button", { name: "Mark re-checked" });
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");

  const outcome = page.getByRole("status").filter({ hasText: "Marked as re-checked against the new text." });
  await expect(outcome).toBeVisible();
  await expect(outcome).toBeFocused();
  await expect(badge(page)).toHaveCount(0);
  await expect(recheck).toHaveCount(0);
  const history = page.getByRole("list", { name: "Changes, newest first" });
  await expect(history.getByRole("listitem").first()).toContainText(
    `Demo Editor re-checked the review against the changed text: “New rate matches the survey table ${stamp}”`,
  );
  await keepScreenshot(page, testInfo, "recheck-cleared");

  // Gone from the dashboard's list; a reload keeps it cleared.
  await dashboard.goto();
  await expect(changed.getByRole("link", { name: /4\.1 percent/ })).toHaveCount(0);
  await workflow.goto(claimId);
  await expect(badge(page)).toHaveCount(0);

  expect(problems).toEqual([]);
});
