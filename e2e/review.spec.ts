import { expect, test } from "@playwright/test";
import { ClaimReviewPage } from "./pages/claim-review-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

test.describe("reviewing a claim", () => {
  test("a reviewer cites and notes; a signed-out visitor gets neither notes nor history", async ({ page }, testInfo) => {
    test.slow(); // a dozen page loads and form posts: near 30 s on a shared 2-core machine
    const problems = collectBrowserProblems(page);
    const review = new ClaimReviewPage(page);
    const claimId = await review.firstClaimId();
    const signIn = new SignInPage(page);
    const stamp = `${testInfo.project.name}-${Date.now()}`;
    const title = `Federal statistics table ${stamp}`;
    const noteText = `Checked against the agency table ${stamp}`;

    await signIn.signInAs(DEMO.reviewer, `/claims/${claimId}`);
    await page.waitForURL(new RegExp(`/claims/${claimId}$`));
    await expect(signIn.account).toContainText("Reviewer");
    await expect(review.review).toBeVisible();

    // A javascript: URL is refused next to its field, and everything typed is kept.
    await review.submitCitation({ url: "javascript:alert(1)", title, quote: "The passage.", figure: "73.5" });
    const url = review.addCitation.getByLabel("Web address");
    await expect(review.addCitation.locator(`#${await url.getAttribute("id")}-error`)).toContainText("starts with http:// or https://");
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(url).toHaveValue("javascript:alert(1)");
    await expect(review.addCitation.getByLabel("Title")).toHaveValue(title);
    await expect(review.addCitation.getByLabel("Figure the source gives")).toHaveValue("73.5");
    await keepScreenshot(page, testInfo, "review-citation-error");

    await url.fill("https://example.org/table");
    await review.addCitation.getByRole("button", { name: "Add citation" }).click();
    const citation = review.citation(title);
    await expect(citation).toBeVisible();
    const link = citation.getByRole("link", { name: title });
    await expect(link).toHaveAttribute("href", "https://example.org/table");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    await expect(citation).toContainText("The passage.");
    await expect(citation).toContainText("Supports");
    await expect(citation).toContainText("vs claim");
    await expect(citation).toContainText("Added by you");
    // The add form is empty again after a success.
    await expect(review.addCitation.getByLabel("Title")).toHaveValue("");

    await review.submitNote(`${noteText} — **bold** and [a link](https://example.org/notes).`);
    const note = review.noteItems.filter({ hasText: noteText });
    await expect(note).toBeVisible();
    await expect(note.locator("strong")).toHaveText("bold");
    await expect(note.getByRole("link", { name: "a link" })).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");

    const history = review.history.getByRole("listitem");
    await expect(history.filter({ hasText: "added a note" }).first()).toContainText("Demo Reviewer");
    await expect(history.filter({ hasText: "added a citation" }).first()).toBeVisible();
    await keepScreenshot(page, testInfo, "review-claim-signed-in");

    await signIn.signOutNow();
    await review.goto(claimId);
    await expect(review.notes).toHaveCount(0);
    await expect(review.history).toHaveCount(0);
    await expect(review.addCitation).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("link", { name: "sign in", exact: true })).toBeVisible();
    await keepScreenshot(page, testInfo, "review-claim-signed-out");

    // Nothing reviewer-only in the HTML either (RSC payload and metadata included).
    const html = await (await page.request.get(`/claims/${claimId}`)).text();
    expect(html).not.toContain(noteText);
    expect(html).not.toContain("added a note");
    expect(html).not.toContain("Verification notes");
    expect(html).not.toContain(title); // not published by an editor
    expect(problems).toEqual([]);
  });

  test("a wrong password is refused with a message, and the email is kept", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.fill("nobody@claimdesk.test", "not-the-password");
    await expect(signIn.alert).toContainText("don’t match an account");
    await expect(signIn.email).toHaveValue("nobody@claimdesk.test");
    await expect(signIn.account).toHaveCount(0);
  });

  test("a rate-limited sign-in says so", async ({ page }, testInfo) => {
    // next-auth reports the limit as ?error=RateLimited; the limit itself is tested on the database.
    await page.goto("/sign-in?error=RateLimited");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins");
    await keepScreenshot(page, testInfo, "sign-in-rate-limited");
  });
});
