import { expect, test } from "@playwright/test";
import { claimIdByFigure, ClaimWorkflowPage } from "./pages/claim-workflow-page";
import { ClaimsListPage } from "./pages/claims-list-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { keepScreenshot } from "./support/screenshot";

/**
 * The public list's verdicts and the absence of internal states once claims move (issue 15), and
 * the staff claim page's order. It publishes and takes claims, so it runs in "desktop-writes".
 */
const INTERNAL_STATUS = /\b(Unreviewed|In review|Ready|Not checkable)\b/;
const INTERNAL_VALUES = ["unreviewed", "in_review", "ready", "not_checkable"];

test("a published verdict shows on the public list; no workflow state reaches a public page or API", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const published = await claimIdByFigure(page.request, "evaded capture", "500,000");
  const inReview = await claimIdByFigure(page.request, "encounters", "3 million");
  const signIn = new SignInPage(page);
  const workflow = new ClaimWorkflowPage(page);

  // An editor publishes one claim; a reviewer leaves another in review.
  await signIn.signInAs(DEMO.editor, `/claims/${published}`);
  await page.waitForURL(new RegExp(`/claims/${published}$`));
  await workflow.button("Take this claim").click();
  await expect(workflow.message("You are reviewing this claim.")).toBeVisible();
  await workflow.fillVerdict({
    rating: "Misleading",
    summary: "The estimate counts the same people more than once.",
    rationale: "CBP counts encounters, not people.",
  });
  await workflow.button("Publish verdict").click();
  await expect(workflow.message("Verdict published.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Demo Editor published Misleading");
  await signIn.signOutNow();
  await signIn.signInAs(DEMO.reviewer, `/claims/${inReview}`);
  await page.waitForURL(new RegExp(`/claims/${inReview}$`));
  await workflow.button("Take this claim").click();
  await expect(workflow.message("You are reviewing this claim.")).toBeVisible();

  // The public, in a browser of its own.
  const visitor = await (await browser.newContext()).newPage();
  const list = new ClaimsListPage(visitor);
  await list.goto("?limit=100");
  const card = list.card("500,000");
  await expect(card.getByText("Verdict: Misleading")).toBeVisible();
  await expect(card.getByTestId("verdict-summary")).toHaveText(/The estimate counts the same people more than once\.$/);
  await expect(list.card("3 million").getByText("Not yet checked")).toBeVisible();
  await expect(visitor.getByRole("main")).not.toContainText(INTERNAL_STATUS);
  // The figure is a visible link: underlined, and it opens the claim.
  const figure = card.getByRole("heading").getByRole("link", { name: "500,000" });
  expect(await figure.evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain("underline");
  await keepScreenshot(visitor, testInfo, "public-list-verdicts");

  // The public filter: published verdicts, or not yet checked.
  await list.status.selectOption({ label: "Verdict published" });
  await list.apply(/[?&]status=published/);
  await expect(list.card("500,000")).toBeVisible();
  await expect(list.card("3 million")).toHaveCount(0);
  for (const path of [`/claims/${published}`, `/claims/${inReview}`, "/sources"]) {
    await visitor.goto(path);
    await expect(visitor.getByRole("main")).not.toContainText(INTERNAL_STATUS);
  }
  await visitor.goto(`/claims/${inReview}`);
  await expect(visitor.getByRole("main").getByText("Not yet checked").first()).toBeVisible();

  // The APIs: a public status, and no internal status as a filter.
  const api = (await (await visitor.request.get("/api/claims?limit=100")).json()) as { claims: { id: number; status: string }[] };
  expect(new Set(api.claims.map((claim) => claim.status))).toEqual(new Set(["published", "not_checked"]));
  expect(api.claims.find((claim) => claim.id === published)?.status).toBe("published");
  expect(api.claims.find((claim) => claim.id === inReview)?.status).toBe("not_checked");
  for (const status of INTERNAL_VALUES) {
    expect((await visitor.request.get(`/api/claims?status=${status}`)).status()).toBe(400);
    expect((await visitor.request.get(`/api/claims.csv?status=${status}`)).status()).toBe(400);
  }
  const onlyPublished = (await (await visitor.request.get("/api/claims?status=published&limit=100")).json()) as {
    claims: { id: number }[];
  };
  expect(onlyPublished.claims.map((claim) => claim.id)).toContain(published);
  const csv = await (await visitor.request.get("/api/claims.csv")).text();
  for (const status of INTERNAL_VALUES) expect(csv).not.toMatch(new RegExp(`,${status},`));
  const reviews = await (await visitor.request.get("/api/claim-reviews")).text();
  for (const status of INTERNAL_VALUES) expect(reviews).not.toContain(`"${status}"`);
  await visitor.context().close();
});

test("the staff claim page follows the work: excerpt beside, citations, notes, send, then the verdict", async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const id = await claimIdByFigure(page.request, "encounters", "3 million");
  await new SignInPage(page).signInAs(DEMO.reviewer, `/claims/${id}`);
  await page.waitForURL(new RegExp(`/claims/${id}$`));
  const workflow = new ClaimWorkflowPage(page);
  if (await workflow.button("Take this claim").count()) {
    await workflow.button("Take this claim").click();
    await expect(workflow.message("You are reviewing this claim.")).toBeVisible();
  }

  // The steps, top to bottom.
  const headings = await page.getByRole("region", { name: "Workflow" }).getByRole("heading", { level: 2 }).allTextContents();
  const order = ["Citations", "Verification notes", "Send to the editors", "Write the verdict", "History"].map((name) =>
    headings.findIndex((heading) => heading.trim().toLowerCase() === name.toLowerCase()),
  );
  expect(order.every((index) => index >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);

  // No citation yet: sending warns, and the button is read with the warning.
  const send = workflow.button("Send to the editors");
  await expect(send).toHaveAccessibleDescription(/This claim has no citation yet/);
  await expect(page.getByRole("region", { name: "Verification notes" })).toContainText("Never public");

  // The excerpt stays beside the work on a wide screen while the reviewer scrolls down to the verdict.
  await page.getByRole("heading", { name: "Write the verdict" }).scrollIntoViewIfNeeded();
  const excerpt = page.getByTestId("claim-column").locator("blockquote");
  await expect(excerpt).toBeInViewport();
  const excerptBox = await excerpt.boundingBox();
  const workBox = await page.getByRole("region", { name: "Citations" }).boundingBox();
  expect(excerptBox && workBox && excerptBox.x + excerptBox.width <= workBox.x).toBe(true);
  await keepScreenshot(page, testInfo, "staff-claim-order", { fullPage: false });

  // A citation says it is internal until an editor shows it.
  const citations = page.getByRole("region", { name: "Citations" });
  const form = citations.locator("form").filter({ has: page.getByRole("button", { name: "Add citation" }) });
  await form.getByLabel("Web address").fill("https://www.cbp.gov/newsroom/stats/nationwide-encounters");
  await form.getByLabel("Title").fill("Nationwide encounters");
  await form.getByLabel("Passage from the source").fill("Encounters by fiscal year.");
  await form.getByRole("button", { name: "Add citation" }).click();
  await expect(citations.getByRole("listitem").first()).toContainText("Internal — an editor can show it on the public page");
  await expect(send).not.toHaveAccessibleDescription(/no citation/);
  await expect(page.getByRole("region", { name: "History" })).toContainText("took the claim");
  await expect(page.getByRole("region", { name: "History" })).not.toContainText(/assigneeId|republished|\bstate\b/);
});
