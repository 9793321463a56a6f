import { expect, test } from "@playwright/test";
import { AdminUsersPage } from "./pages/admin-users-page";
import { ClaimReviewPage } from "./pages/claim-review-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { keepScreenshot } from "./support/screenshot";

/**
 * Sessions end on the server (issue 12, item 4): a cookie kept from before a sign-out, a role
 * change or a disabled account reads and writes nothing, in a real browser.
 */
test.describe("sessions", () => {
  test("after sign-out the old cookie neither reads /queue nor writes a note", async ({ browser, baseURL }) => {
    const kept = await browser.newContext({ baseURL });
    const keptPage = await kept.newPage();
    const review = new ClaimReviewPage(keptPage);
    const claimId = await review.firstClaimId();
    await new SignInPage(keptPage).signInAs(DEMO.reviewer, `/claims/${claimId}`);
    await keptPage.waitForURL(new RegExp(`/claims/${claimId}$`));

    // The same cookie in a second window, which signs out.
    const other = await browser.newContext({ baseURL, storageState: await kept.storageState() });
    const otherPage = await other.newPage();
    await otherPage.goto("/queue");
    await expect(otherPage.getByRole("heading", { level: 1 })).toBeVisible();
    await new SignInPage(otherPage).signOutNow();

    // The first window still shows the note form and still sends the old cookie.
    await review.submitNote(`Written after sign-out ${Date.now()}`);
    await expect(keptPage.getByRole("alert").filter({ hasText: "Sign in to do this." })).toBeVisible();
    const queue = await keptPage.goto("/queue");
    expect(new URL(queue?.url() ?? "").pathname).toBe("/sign-in");
    await kept.close();
    await other.close();
  });

  test("an admin disables an account: its open session stops at once; enabled, it signs in again", async ({
    browser,
    baseURL,
    page,
  }, testInfo) => {
    const email = `disable-${testInfo.project.name}-${Date.now()}@claimdesk.test`;
    const password = "a long enough password";
    await new SignInPage(page).signInAs(DEMO.admin, "/admin/users");
    const admin = new AdminUsersPage(page);
    await admin.goto();
    await admin.createUser({ email, role: "reviewer", password });
    await expect(admin.account(email)).toBeVisible();

    const theirs = await browser.newContext({ baseURL });
    const theirPage = await theirs.newPage();
    const signIn = new SignInPage(theirPage);
    await signIn.goto("/queue");
    await signIn.fill(email, password);
    await theirPage.waitForURL(/\/queue$/);

    await admin.setDisabled(email, true);
    await expect(admin.account(email)).toContainText("disabled");
    await keepScreenshot(page, testInfo, "admin-users-disabled");
    const refused = await theirPage.goto("/queue");
    expect(new URL(refused?.url() ?? "").pathname).toBe("/sign-in");
    await signIn.fill(email, password);
    await expect(signIn.alert).toBeVisible();

    await admin.setDisabled(email, false);
    await signIn.goto("/queue");
    await signIn.fill(email, password);
    await theirPage.waitForURL(/\/queue$/);
    await theirs.close();
  });
});
