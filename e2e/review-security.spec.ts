import { expect, test } from "@playwright/test";
import { AdminUsersPage } from "./pages/admin-users-page";
import { ClaimReviewPage } from "./pages/claim-review-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

declare global {
  interface Window {
    __xss?: unknown;
  }
}

test.describe("notes render inert", () => {
  test("script tags, event handlers and javascript: links in a note do nothing", async ({ page }, testInfo) => {
    const review = new ClaimReviewPage(page);
    const claimId = await review.firstClaimId();
    await new SignInPage(page).signInAs(DEMO.reviewer, `/claims/${claimId}`);
    await page.waitForURL(new RegExp(`/claims/${claimId}$`));

    const marker = `xss-${testInfo.project.name}-${Date.now()}`;
    const payload = [
      marker,
      "<script>window.__xss=1</script>",
      "<img src=x onerror=window.__xss=1>",
      "[x](javascript:window.__xss=1)",
      "[y](JaVaScRiPt:window.__xss=1)",
      "[z](data:text/html,<script>window.__xss=1</script>)",
      '<a href="javascript:window.__xss=1">a</a>',
      "<svg onload=window.__xss=1></svg>",
      "![pic](javascript:window.__xss=1)",
    ].join("\n\n");
    await review.submitNote(payload);
    const note = review.noteItems.filter({ hasText: marker });
    await expect(note).toBeVisible();

    // Reload, so the note arrives in server-rendered HTML as well as through the action's refresh.
    await review.goto(claimId);
    await expect(note).toBeVisible();
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();

    const main = page.getByRole("main");
    await expect(main.locator("script")).toHaveCount(0);
    await expect(note.locator("img, svg, iframe, object, embed")).toHaveCount(0);
    await expect(main.locator("[onerror], [onload], [onclick]")).toHaveCount(0);
    await expect(page.locator("a[href^='javascript:' i], a[href^='data:' i]")).toHaveCount(0);
    // The HTML is kept as the text the reviewer typed.
    await expect(note).toContainText("<script>window.__xss=1</script>");

    // Clicking what would have been the links still runs nothing.
    await note.locator("span", { hasText: /^x$/ }).first().click();
    await note.locator("span", { hasText: /^y$/ }).first().click();
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    await keepScreenshot(page, testInfo, "review-note-xss");
  });
});

test.describe("accounts", () => {
  test("an admin creates a user and changes their role", async ({ page }, testInfo) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.admin, "/admin/users");
    await page.waitForURL(/\/admin\/users$/);
    const admin = new AdminUsersPage(page);
    await expect(admin.account(DEMO.admin)).toContainText("(you)");

    const email = `new-${testInfo.project.name}-${Date.now()}@claimdesk.test`;
    // A short password is refused next to its field.
    await admin.createUser({ email, name: "New Checker", role: "reviewer", password: "short" });
    await expect(admin.create.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(admin.create.getByLabel("Email")).toHaveValue(email);

    await admin.create.getByLabel("Password").fill("");
    await admin.create.getByRole("button", { name: "Create account" }).click();
    await expect(admin.create.getByRole("status")).toContainText(`Created ${email} (reviewer)`);
    await expect(admin.create.getByRole("status")).toContainText("shown only now");
    await expect(admin.account(email)).toBeVisible();
    await keepScreenshot(page, testInfo, "admin-users");

    await admin.changeRole(email, "editor");
    await expect(admin.account(email).getByRole("status")).toContainText(`${email} is now an editor.`);
    await page.reload();
    await expect(admin.account(email).getByLabel(`Role of ${email}`)).toHaveValue("editor");

    // A refusal shows beside the role.
    await admin.changeRole(email, "editor");
    await expect(admin.account(email).getByRole("alert")).toContainText("already an editor");
    expect(problems).toEqual([]);
  });

  test("a reviewer cannot reach the accounts page; an anonymous visitor is sent to sign in", async ({ page }, testInfo) => {
    const anonymous = await page.goto("/admin/users");
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers$/);
    expect(anonymous?.status()).toBe(200);

    await new SignInPage(page).signInAs(DEMO.reviewer);
    await expect(page.getByRole("banner").getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.goto("/admin/users");
    // Told whom the page is for, and shown none of its accounts.
    await expect(page.getByRole("heading", { level: 1, name: "The accounts page is for admins" })).toBeVisible();
    await expect(page.getByText(DEMO.admin)).toHaveCount(0);
    await keepScreenshot(page, testInfo, "admin-users-reviewer");
  });
});
