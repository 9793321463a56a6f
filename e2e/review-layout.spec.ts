import { expect, test, type Page } from "@playwright/test";
import { ClaimReviewPage } from "./pages/claim-review-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

/** The signed-in pages at both sizes (tagged @phone, so the phone project runs them too). */
test.describe("signed-in layout @phone", () => {
  test("sign-in, a claim under review and a source fit the screen", async ({ page }, testInfo) => {
    const problems = collectBrowserProblems(page);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "layout-sign-in");

    const review = new ClaimReviewPage(page);
    const claimId = await review.firstClaimId();
    await signIn.signInAs(DEMO.editor, `/claims/${claimId}`);
    await page.waitForURL(new RegExp(`/claims/${claimId}$`));
    await expect(review.history).toBeVisible();
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "layout-claim-review");

    await page.goto("/sources");
    await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
    await page.waitForURL(/\/sources\/\d+$/);
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "layout-source-signed-in");
    expect(problems).toEqual([]);
  });

  test("the accounts page fits the screen", async ({ page }, testInfo) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.admin, "/admin/users");
    await page.waitForURL(/\/admin\/users$/);
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "layout-admin-users");
    expect(problems).toEqual([]);
  });
});

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
