import { type Browser, expect, type Page, test } from "@playwright/test";
import { AddReleasePage } from "./pages/add-release-page";
import { ClaimReviewPage } from "./pages/claim-review-page";
import { ClaimWorkflowPage } from "./pages/claim-workflow-page";
import { DatasetsPage } from "./pages/datasets-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

/**
 * Issue 16 through the browser: add a dataset, refuse bad files, check a claim against it, cite the
 * suggestion, publish, and the public page shows the data citation. Adds a release and a dataset,
 * so it runs in the "desktop-writes" project.
 */

async function anonymousPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("a reviewer adds a dataset, checks a claim against it and cites it; the editor publishes; the public sees the data citation", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const problems = collectBrowserProblems(page);
  const stamp = Date.now().toString(36);
  const signIn = new SignInPage(page);
  const datasets = new DatasetsPage(page);
  const title = `CBP enforcement statistics ${stamp}`;
  const csv = [
    "Enforcement,FY22,FY23,FY24",
    `"Office of Field Operations (OFO)","551,930","1,137,452","1,343,823"`,
    `"U.S. Border Patrol (USBP)","2,214,652","2,063,692","1,577,319"`,
    `"Total Enforcement Encounters","2,766,582","3,201,144","2,901,142"`,
    `"Zebra ${stamp}",1,2,3`,
  ].join("\n");

  // Signed out: no form, no upload, no dataset page.
  const visitor = await anonymousPage(browser);
  await visitor.goto("/datasets/new");
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fdatasets%2Fnew/);
  // A browser sends Origin with every upload (proxy.ts refuses a POST without one): the route itself must refuse.
  const anonymousUpload = await visitor.request.post("/datasets/upload?title=x", { data: "a,b\n1,2\n", headers: { "content-type": "text/csv", Origin: baseURL ?? "" } });
  expect(anonymousUpload.status()).toBe(401);

  await signIn.signInAs(DEMO.reviewer, "/datasets/new");
  await page.waitForURL(/\/datasets\/new$/);

  // Bad files are refused by row, and nothing is stored.
  await datasets.upload("ragged.csv", "Region,Year,Count\nA,2020,1\nB,2021\n", `Ragged ${stamp}`);
  await expect(datasets.alert).toContainText("Row 3 has 2 cells, but the header has 3");
  await expect(datasets.alert).toContainText("Nothing was stored.");
  await datasets.upload("formula.csv", 'Name,Count\nA,1\nB,"=HYPERLINK(""http://x"")"\n', `Formula ${stamp}`);
  await expect(datasets.alert).toContainText("Row 3, column “Count”");
  await keepScreenshot(page, testInfo, "datasets-new-refused");
  await page.goto("/datasets");
  await expect(page.getByRole("main")).not.toContainText(`Ragged ${stamp}`);

  // A good file: its page shows the table and the inferred columns.
  await datasets.gotoNew();
  const datasetId = await datasets.add("cbp.csv", csv, title);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("3,201,144");
  await expect(page.getByRole("region", { name: "Columns" })).toContainText("FY23 · number");
  await expect(page.getByRole("button", { name: "Delete dataset" })).toHaveCount(0);
  await keepScreenshot(page, testInfo, "dataset-page-reviewer");
  expect((await visitor.goto(`/datasets/${datasetId}`))?.status()).toBe(404);

  // A release with a claim the dataset checks.
  const release = new AddReleasePage(page);
  await release.goto();
  // A year in plain text too: e2e/manual-claim.spec.ts, which runs next, selects one in the newest release.
  await release.text.fill(`CBP release ${stamp}\n\nTotal enforcement encounters reached 3.2 million in FY2023, CBP said.\n\nThe agency published the figures in 2024.`);
  await release.title.fill(`CBP release ${stamp}`);
  const sourceId = await release.add();
  const claimLink = page.getByRole("link", { name: "3.2 million" }).first();
  const href = await claimLink.getAttribute("href");
  const claimId = Number(/\/claims\/(\d+)/.exec(href ?? "")?.[1] ?? (await (await page.request.get(`/api/claims?sourceId=${sourceId}`)).json()).claims[0].id);

  // The claim page: the badge, the suggestion, cite it.
  const review = new ClaimReviewPage(page);
  await review.goto(claimId);
  await expect(page.getByText(/^Agrees with Total Enforcement Encounters, FY2023/)).toBeVisible();
  const check = page.getByRole("region", { name: "Check against data" });
  const first = check.getByRole("listitem").first();
  await expect(first).toContainText("Total Enforcement Encounters, FY2023");
  await expect(first).toContainText("3.2 million covers 3,150,000–3,250,000: agrees");
  await keepScreenshot(page, testInfo, "claim-check-against-data");
  await first.getByRole("button", { name: /^Cite as source/ }).click();
  await expect(check.getByText("Cited as a source.")).toBeVisible();
  await expect(review.citation(title)).toContainText("3,201,144");
  await signIn.signOutNow();

  // The editor takes the claim, shows the citation publicly and publishes.
  await signIn.signInAs(DEMO.editor, `/claims/${claimId}`);
  await page.waitForURL(new RegExp(`/claims/${claimId}$`));
  const workflow = new ClaimWorkflowPage(page);
  await workflow.button(/^Take/).click();
  await expect(workflow.workflow.getByText("Status: In review")).toBeVisible();
  await review.citation(title).getByRole("button", { name: "Show on the public page" }).click();
  await expect(review.citation(title)).toContainText(/on the (claim’s )?public page/);
  await workflow.fillVerdict({ rating: "Accurate", summary: `CBP's table gives 3,201,144 ${stamp}`, rationale: "The **CBP** table agrees." });
  await workflow.button("Publish verdict").click();
  await expect(workflow.message("Verdict published.")).toBeVisible();

  // The public claim page shows the data citation, and the dataset page opens.
  await visitor.goto(`/claims/${claimId}`);
  const publicCitation = visitor.getByRole("listitem", { name: `Citation: ${title}` });
  await expect(publicCitation).toContainText("Figure this source gives: 3,201,144");
  // The link is absolute: SITE_URL is unset in these tests, so it is on the origin the editor used.
  await expect(publicCitation.getByRole("link", { name: title })).toHaveAttribute("href", `${new URL(visitor.url()).origin}/datasets/${datasetId}`);
  expect((await visitor.goto(`/datasets/${datasetId}`))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Claims checked against it" })).toContainText("3.2 million");
  await expect(visitor.getByRole("heading", { name: "Edit details and column types" })).toHaveCount(0);
  await keepScreenshot(visitor, testInfo, "dataset-page-public");

  // Editors may delete a dataset, but not one a citation uses.
  await page.goto(`/datasets/${datasetId}`);
  await page.getByRole("button", { name: "Delete dataset" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("1 citation use this dataset");
  await page.goto("/datasets");
  await keepScreenshot(page, testInfo, "datasets-list");
  // The refused uploads answer 422 on purpose; the browser logs those responses.
  expect(problems.filter((problem) => !/status of 422/.test(problem))).toEqual([]);
});

test("the dataset pages at phone width @phone", async ({ page }, testInfo) => {
  // Adds a dataset of its own (no claim list changes), so it may run beside the reading tests.
  const signIn = new SignInPage(page);
  const datasets = new DatasetsPage(page);
  await signIn.signInAs(DEMO.reviewer, "/datasets/new");
  await page.waitForURL(/\/datasets\/new$/);
  await keepScreenshot(page, testInfo, "datasets-new");
  const stamp = Date.now().toString(36);
  await datasets.add("cpi.tsv", `Index\tMonth\t12-month percent change\nAll items\tFebruary 2012\t2.9\nEnergy ${stamp}\tFebruary 2012\t7.0\n`, `CPI ${stamp}`);
  await expect(page.getByRole("region", { name: "Columns" })).toContainText("Month · period");
  await keepScreenshot(page, testInfo, "dataset-page");
  await page.goto("/datasets");
  await expect(page.getByRole("link", { name: `CPI ${stamp}` })).toBeVisible();
  await keepScreenshot(page, testInfo, "datasets-list");
});
