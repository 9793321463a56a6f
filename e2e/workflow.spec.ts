import { type Browser, expect, type Page, test } from "@playwright/test";
import type { ClaimReviewJsonLd } from "@/lib/public/json-ld";
import { ClaimReviewPage } from "./pages/claim-review-page";
import { claimIdByFigure, ClaimWorkflowPage } from "./pages/claim-workflow-page";
import { DashboardPage } from "./pages/dashboard-page";
import { QueuePage } from "./pages/queue-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

/**
 * The review workflow through the browser: queue, dashboard, claim controls and the public page.
 * It moves claims (statuses, verdicts), which the claim list shows: this file runs in the
 * "desktop-writes" project after every reading test. Each test works on claims no other test uses.
 */

/** A signed-out visitor in a browser of its own (no cookies shared with the signed-in page). */
async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe("publishing a verdict", () => {
  test("a reviewer takes a claim by keyboard and sends it on; the editor drafts, publishes, reopens and republishes", async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const problems = collectBrowserProblems(page);
    const signIn = new SignInPage(page);
    const queue = new QueuePage(page);
    const review = new ClaimReviewPage(page);
    const workflow = new ClaimWorkflowPage(page);
    const figure = "1.8 million";
    const id = await claimIdByFigure(page.request, "gotaways", figure);
    const stamp = `${testInfo.project.name}-${Date.now()}`;
    const citationTitle = `CBP gotaway estimate ${stamp}`;
    const draft = { rating: "Misleading", summary: `Draft only ${stamp}`, rationale: `Internal working text ${stamp}` };
    const final = {
      rating: "Mostly accurate",
      summary: `Close to CBP's own estimate ${stamp}`,
      rationale: `CBP reported **1.9 million** gotaways ${stamp}.`,
    };

    // Reviewer: the queue, by keyboard only.
    await signIn.signInAs(DEMO.reviewer, "/queue");
    await page.waitForURL(/\/queue$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Queue" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("banner").getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    await queue.goto("unassigned");
    await expect(queue.row(figure)).toContainText("known gotaways");
    await queue.goto("waiting");
    await queue.figureLink(figure).focus();
    await page.keyboard.press("Tab"); // the source
    await page.keyboard.press("Tab"); // Take
    await expect(queue.takeButton(figure)).toBeFocused();
    await keepScreenshot(page, testInfo, "workflow-queue-focus");
    await page.keyboard.press("Enter");
    await expect(queue.row(figure).getByRole("status")).toHaveText("You are reviewing this claim.");
    await expect(queue.row(figure).getByRole("status")).toBeFocused();
    await expect(queue.row(figure)).toContainText("In review");
    await expect(queue.row(figure).getByRole("definition").filter({ hasText: "You" })).toBeVisible();
    await expect(queue.takeButton(figure)).toHaveCount(0);
    await queue.goto("mine");
    await expect(queue.row(figure)).toBeVisible();

    // Open it from the queue with Enter, cite it, send it to the editors.
    await queue.figureLink(figure).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/claims/${id}$`));
    await review.submitCitation({
      url: "https://www.cbp.gov/newsroom/stats",
      title: citationTitle,
      quote: "1.9 million known gotaways.",
      figure: "1,900,000",
      stance: "Supports",
    });
    await expect(review.citation(citationTitle)).toBeVisible();
    await expect(workflow.button("Publish verdict")).toHaveCount(0);
    await workflow.button("Send to the editors").click();
    await expect(workflow.message("Sent to the editors.")).toBeVisible();
    await expect(workflow.workflow.getByText("Status: Ready")).toBeVisible();
    await signIn.signOutNow();

    // Editor: the dashboard lists it as ready.
    await signIn.signInAs(DEMO.editor, "/dashboard");
    await page.waitForURL(/\/dashboard$/);
    const dashboard = new DashboardPage(page);
    const readyItem = dashboard.ready.getByRole("listitem").filter({ hasText: figure });
    await expect(readyItem).toContainText("Demo Reviewer");
    await keepScreenshot(page, testInfo, "workflow-dashboard");
    await readyItem.getByRole("link", { name: /Review and publish/ }).click();
    await page.waitForURL(new RegExp(`/claims/${id}$`));

    // The citation goes on the public page; a draft is saved.
    await review.citation(citationTitle).getByRole("button", { name: "Show on the public page" }).click();
    await expect(review.citation(citationTitle)).toContainText(/on the (claim’s )?public page/);
    await workflow.fillVerdict(draft);
    await workflow.button("Save draft").click();
    await expect(workflow.message("Draft saved. Only the newsroom can see it.")).toBeVisible();
    await expect(workflow.workflow).toContainText("Draft saved by Demo Editor");
    await keepScreenshot(page, testInfo, "workflow-claim-editor-draft");

    // Signed out, the draft is nowhere: page, JSON-LD, API.
    const visitor = await anonymousPage(browser);
    const visitorProblems = collectBrowserProblems(visitor);
    const publicPage = new ClaimWorkflowPage(visitor);
    await publicPage.goto(id);
    await expect(visitor.getByText("Not fact-checked yet.")).toBeVisible();
    expect(await publicPage.jsonLd()).toEqual([]);
    const draftHtml = await (await visitor.request.get(`/claims/${id}`)).text();
    expect(draftHtml).not.toContain(draft.summary);
    expect(draftHtml).not.toContain(draft.rationale);
    expect(draftHtml).not.toContain("application/ld+json");
    const draftApi = (await (await visitor.request.get("/api/claims?q=gotaways&limit=100")).json()) as {
      claims: { id: number; verdict: unknown }[];
    };
    expect(draftApi.claims.find((claim) => claim.id === id)?.verdict).toBeNull();
    expect(JSON.stringify(draftApi)).not.toContain(draft.summary);
    await keepScreenshot(visitor, testInfo, "workflow-claim-public-unpublished");

    // Publish (the form starts from the draft; the editor rewrites it).
    await workflow.fillVerdict(final);
    await workflow.button("Publish verdict").click();
    await expect(workflow.message("Verdict published.")).toBeVisible();
    await expect(workflow.workflow.getByText("Status: Published")).toBeVisible();
    await expect(workflow.button("Reopen for review")).toBeVisible();

    // Signed out: verdict, rationale, public citation with its figure, JSON-LD, metadata, sitemap.
    await publicPage.goto(id);
    await expect(publicPage.verdict).toContainText("Mostly accurate");
    await expect(publicPage.verdict).toContainText(final.summary);
    await expect(publicPage.verdict.locator("strong")).toHaveText("1.9 million");
    await expect(publicPage.verdict).toContainText("By Demo Editor");
    await expect(publicPage.verdict).not.toContainText("Updated");
    const publicCitation = visitor.getByRole("listitem", { name: `Citation: ${citationTitle}` });
    await expect(publicCitation).toContainText("Figure this source gives: 1,900,000");
    await expect(visitor.getByRole("region", { name: "Change log" })).toContainText("Verdict published: Mostly accurate");
    await expect(visitor.getByRole("region", { name: "Workflow" })).toHaveCount(0);
    const publishedHtml = await (await visitor.request.get(`/claims/${id}`)).text();
    expect(publishedHtml).not.toContain(draft.rationale);
    expect(publishedHtml).not.toContain("Internal working text");

    const blocks = await publicPage.jsonLd();
    expect(blocks).toHaveLength(1);
    const review0 = blocks[0] as unknown as ClaimReviewJsonLd;
    expect(review0["@context"]).toBe("https://schema.org");
    expect(review0["@type"]).toBe("ClaimReview");
    expect(review0.url).toMatch(new RegExp(`/claims/${id}$`));
    expect(review0.claimReviewed).toContain(figure);
    expect(review0.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(review0.author).toMatchObject({ "@type": "Organization", name: expect.any(String) });
    expect(review0.reviewRating).toMatchObject({
      "@type": "Rating",
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Mostly accurate",
    });
    expect(review0.itemReviewed["@type"]).toBe("Claim");
    expect(review0.itemReviewed.appearance).toMatchObject({ "@type": "CreativeWork", headline: expect.stringContaining("Oklahoma") });
    expect(review0.itemReviewed.author).toMatchObject({ name: expect.any(String) });
    expect(review0.itemReviewed.appearance.headline).toBeTruthy();
    expect(review0.itemReviewed.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(`^Mostly accurate: ${figure}`));
    await expect(visitor.locator('meta[property="og:description"]')).toHaveAttribute(
      "content",
      new RegExp(final.summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    );
    await expect(visitor.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(visitor.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`/claims/${id}$`));
    await expect(visitor.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/claims/${id}$`));
    // The sitemap is an index of files; the claim is in one of them. SITE_URL is unset here: the
    // addresses are on the origin the sitemap was asked at.
    const origin = new URL(visitor.url()).origin;
    const index = await (await visitor.request.get("/sitemap.xml")).text();
    const files = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/\d+\.xml)<\/loc>/g)].map((match) => match[1] ?? "");
    expect(files.length).toBeGreaterThan(0);
    const listed = await Promise.all(files.map(async (file) => (await visitor.request.get(file)).text()));
    expect(listed.join("\n")).toContain(`<loc>${origin}/claims/${id}</loc>`);
    await keepScreenshot(visitor, testInfo, "workflow-claim-public-published");

    // Reopen and republish: the public page says it was updated, and when.
    await workflow.button("Reopen for review").click();
    await expect(workflow.message(/^Reopened\./)).toBeVisible();
    await workflow.fillVerdict({ ...final, summary: `Updated: close to CBP's estimate ${stamp}` });
    await workflow.button("Publish verdict").click();
    await expect(workflow.message("Verdict updated and published.")).toBeVisible();
    await keepScreenshot(page, testInfo, "workflow-claim-editor-published");

    await publicPage.goto(id);
    await expect(publicPage.verdict).toContainText(`Updated: close to CBP's estimate ${stamp}`);
    await expect(publicPage.verdict.getByText(/^Updated /).first()).toBeVisible();
    await expect(visitor.getByRole("region", { name: "Change log" })).toContainText("Verdict updated: Mostly accurate");
    const updated = (await publicPage.jsonLd())[0] as Record<string, unknown>;
    expect(updated.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await keepScreenshot(visitor, testInfo, "workflow-claim-public-updated");
    await visitor.context().close();
    expect(problems).toEqual([]);
    expect(visitorProblems).toEqual([]);
  });
});

test.describe("who may do what", () => {
  test("a reviewer gets no dashboard and no publish, assign or set-aside controls", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const signIn = new SignInPage(page);
    const workflow = new ClaimWorkflowPage(page);
    const id = await claimIdByFigure(page.request, "convictions", "19,752");

    await signIn.signInAs(DEMO.reviewer, `/claims/${id}`);
    await page.waitForURL(new RegExp(`/claims/${id}$`));
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "The editor dashboard is for editors and admins" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Claims by status" })).toHaveCount(0);
    await expect(page.getByRole("banner").getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    const problems = collectBrowserProblems(page);

    await workflow.goto(id);
    await workflow.button("Take this claim").click();
    await expect(workflow.message("You are reviewing this claim.")).toBeVisible();
    await expect(workflow.button("Save draft")).toBeVisible();
    for (const name of ["Publish verdict", "Assign", "Set aside as not checkable", "Reopen for review", /Retract/]) {
      await expect(workflow.button(name)).toHaveCount(0);
    }
    await expect(workflow.workflow.getByLabel("Assign to")).toHaveCount(0);

    // A draft by the reviewer stays internal and keeps the text after a refusal.
    await workflow.fillVerdict({ rating: "False", summary: "Line one", rationale: "Reviewer's reasoning." });
    await workflow.verdictForm.getByLabel("One-line summary").fill("");
    await workflow.button("Save draft").click();
    await expect(workflow.verdictForm.getByRole("alert")).toContainText("Check the highlighted fields.");
    await expect(workflow.verdictForm.getByText("Enter a one-line summary.")).toBeVisible();
    await expect(workflow.verdictForm.getByLabel("Rationale")).toHaveValue("Reviewer's reasoning.");
    await expect(workflow.verdictForm.getByRole("radio", { name: /^False/ })).toBeChecked();
    await keepScreenshot(page, testInfo, "workflow-claim-reviewer");
    expect(problems).toEqual([]);
  });
});

test.describe("bulk assignment", () => {
  test("an editor ticks claims, picks a reviewer and assigns them in one go", async ({ page }, testInfo) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.editor, "/dashboard");
    await page.waitForURL(/\/dashboard$/);
    const dashboard = new DashboardPage(page);

    // Nothing ticked: refused with a message, nothing assigned.
    await dashboard.bulk.getByLabel("Assign the selected claims to").selectOption({ label: "Demo Reviewer (reviewer)" });
    await dashboard.bulk.getByRole("button", { name: "Assign selected" }).click();
    await expect(dashboard.bulk.getByRole("alert")).toContainText("Check the highlighted fields.");
    await expect(dashboard.bulk).toContainText("Select at least one claim.");

    const picks = [/^three million inadmissible aliens/, /^2 million encounters/];
    await dashboard.bulkAssign(picks, "Demo Reviewer (reviewer)");
    await expect(dashboard.bulk.getByRole("status")).toHaveText("2 claims assigned.");
    for (const pick of picks) {
      await expect(dashboard.bulk.getByRole("checkbox", { name: pick })).not.toBeChecked();
      const row = dashboard.bulk.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: pick }) });
      await expect(row).toContainText("In review · with Demo Reviewer");
    }
    await keepScreenshot(page, testInfo, "workflow-bulk-assigned");
    expect(problems).toEqual([]);
  });
});

test.describe("workflow pages on a phone @phone", () => {
  test("the queue and a claim fit the screen, signed in and signed out", async ({ page, browser }, testInfo) => {
    test.setTimeout(60_000); // four pages, two browsers
    const problems = collectBrowserProblems(page);
    const id = await claimIdByFigure(page.request, "attorneys general", "18");
    await new SignInPage(page).signInAs(DEMO.editor, "/queue");
    await page.waitForURL(/\/queue$/);
    const queue = new QueuePage(page);
    await expect(queue.row("18")).toBeVisible();
    await expect(queue.takeButton("18")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "workflow-queue");

    await page.goto(`/claims/${id}`);
    await expect(page.getByRole("region", { name: "Workflow" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "workflow-claim-editor");

    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Editor dashboard" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await keepScreenshot(page, testInfo, "workflow-dashboard");

    const visitor = await anonymousPage(browser);
    await visitor.setViewportSize(page.viewportSize() ?? { width: 390, height: 844 });
    await visitor.goto(`/claims/${id}`);
    await expect(visitor.getByText("Not fact-checked yet.")).toBeVisible();
    await expectNoHorizontalScroll(visitor);
    await keepScreenshot(visitor, testInfo, "workflow-claim-public");
    await visitor.context().close();
    expect(problems).toEqual([]);
  });
});

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
