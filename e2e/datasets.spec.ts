import http from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { AddReleasePage } from "./pages/add-release-page";
import { ClaimReviewPage } from "./pages/claim-review-page";
import { ClaimWorkflowPage } from "./pages/claim-workflow-page";
import { DatasetsPage } from "./pages/datasets-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";
import { DATA_SERVER_HOST } from "./support/servers";

/**
 * Issue 16 through the browser: add a dataset, refuse bad files, check a claim against it, cite the
 * suggestion, publish, and the public page shows the data citation. Adds a release and a dataset,
 * so it runs in the "desktop-writes" project.
 */

async function anonymousPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("a reviewer adds a dataset, checks a claim against it and cites it; the editor publishes; the public sees the data citation", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
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
  const anonymousUpload = await visitor.request.post("/datasets/upload?title=x", {
    data: "a,b\n1,2\n",
    headers: { "content-type": "text/csv", Origin: baseURL ?? "" },
  });
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
  await release.text.fill(
    `CBP release ${stamp}\n\nTotal enforcement encounters reached 3.2 million in FY2023, CBP said.\n\nThe agency published the figures in 2024.`,
  );
  await release.title.fill(`CBP release ${stamp}`);
  const sourceId = await release.add();
  const claimLink = page.getByRole("link", { name: "3.2 million" }).first();
  const href = await claimLink.getAttribute("href");
  const claimId = Number(
    /\/claims\/(\d+)/.exec(href ?? "")?.[1] ?? (await (await page.request.get(`/api/claims?sourceId=${sourceId}`)).json()).claims[0].id,
  );

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
  await workflow.fillVerdict({
    rating: "Accurate",
    summary: `CBP's table gives 3,201,144 ${stamp}`,
    rationale: "The **CBP** table agrees.",
  });
  await workflow.button("Publish verdict").click();
  await expect(workflow.message("Verdict published.")).toBeVisible();

  // The public claim page shows the data citation, and the dataset page opens.
  await visitor.goto(`/claims/${claimId}`);
  const publicCitation = visitor.getByRole("listitem", { name: `Citation: ${title}` });
  await expect(publicCitation).toContainText("Figure this source gives: 3,201,144");
  // The link is absolute: SITE_URL is unset in these tests, so it is on the origin the editor used.
  await expect(publicCitation.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    `${new URL(visitor.url()).origin}/datasets/${datasetId}`,
  );
  expect((await visitor.goto(`/datasets/${datasetId}`))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Claims checked against it" })).toContainText("3.2 million");
  await expect(visitor.getByRole("heading", { name: "Edit details and column types" })).toHaveCount(0);
  // A public page never sends a visitor to a staff page (the dataset list, adding one, the queue): each would ask them to sign in.
  await expect(visitor.getByRole("link", { name: "All datasets" })).toHaveCount(0);
  const hrefs = await visitor
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => /^\/(?:datasets\/?$|datasets\/new|queue|dashboard|admin|sources\/new|staff)/.test(href))).toEqual([]);
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
  await datasets.add(
    "cpi.tsv",
    `Index\tMonth\t12-month percent change\nAll items\tFebruary 2012\t2.9\nEnergy ${stamp}\tFebruary 2012\t7.0\n`,
    `CPI ${stamp}`,
  );
  await expect(page.getByRole("region", { name: "Columns" })).toContainText("Month · period");
  await keepScreenshot(page, testInfo, "dataset-page");
  await page.goto("/datasets");
  await expect(page.getByRole("link", { name: `CPI ${stamp}` })).toBeVisible();
  await keepScreenshot(page, testInfo, "datasets-list");
});

/** A web server on DATA_SERVER_HOST (the one loopback address the app may fetch from), counting requests. */
async function dataServer(files: Record<string, { type: string; body: string }>) {
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    hits.push(request.url ?? "");
    const file = files[request.url ?? ""];
    if (!file) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, DATA_SERVER_HOST, resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://${DATA_SERVER_HOST}:${port}`, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("a dataset from a web address (the release fetcher's limits), bad encodings and binary files refused; who may edit and delete it", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const title = `CPI from the web ${stamp}`;
  const server = await dataServer({
    "/cpi.csv": {
      type: "text/csv; charset=utf-8",
      body: `Index,Month,12-month percent change\nAll items,February 2012,2.9\nEnergy ${stamp},February 2012,7.0\n`,
    },
    "/page.html": { type: "text/html", body: "<html><body>not a table</body></html>" },
  });
  try {
    const signIn = new SignInPage(page);
    const datasets = new DatasetsPage(page);
    await signIn.signInAs(DEMO.reviewer, "/datasets/new");
    await page.waitForURL(/\/datasets\/new$/);

    // Files that are not UTF-8 text: named by row, or refused as binary; nothing stored.
    await datasets.upload(
      "latin1.csv",
      Buffer.concat([Buffer.from("Name,Count\nA,1\nCaf"), Buffer.from([0xe9]), Buffer.from(",2\n")]),
      `Latin-1 ${stamp}`,
    );
    await expect(datasets.alert).toContainText("Row 3 has bytes that are not UTF-8");
    await expect(datasets.alert).toContainText("Nothing was stored.");
    await datasets.upload("book.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), `Workbook ${stamp}`);
    await expect(datasets.alert).toContainText("xlsx");
    await datasets.upload(
      "nul.csv",
      Buffer.concat([Buffer.from("Name,Count\nA,1\nB,"), Buffer.from([0x00, 0x01]), Buffer.from("\n")]),
      `NUL ${stamp}`,
    );
    // A NUL byte in the file's first 64 KiB marks it binary as a whole (further on, its row is named: store.db.test.ts).
    await expect(datasets.alert).toContainText(
      "This is a binary file, not a CSV or TSV table (it contains NUL bytes). Nothing was stored.",
    );

    // The web address: the app itself (a private address) and a page that is not a table are refused.
    await page.reload();
    await datasets.fetchFrom(`${new URL(page.url()).origin}/api/health`, `Loopback ${stamp}`);
    await expect(datasets.alert).toContainText("is a private or local network address");
    await datasets.fetchFrom(`${server.base}/page.html`, `Page ${stamp}`);
    await expect(datasets.alert).toContainText("This address gives text/html content, not a CSV or TSV table");
    expect(server.hits).toEqual(["/page.html"]);
    await page.goto("/datasets");
    for (const refused of ["Latin-1", "Workbook", "NUL", "Loopback", "Page"])
      await expect(page.getByRole("main")).not.toContainText(`${refused} ${stamp}`);

    // A table at a web address: fetched once, stored with its address.
    await datasets.gotoNew();
    await datasets.fetchFrom(`${server.base}/cpi.csv`, title);
    await page.waitForURL(/\/datasets\/\d+$/);
    const datasetId = Number(/\/datasets\/(\d+)/.exec(page.url())?.[1]);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("table")).toContainText(`Energy ${stamp}`);
    await expect(page.getByRole("region", { name: "Columns" })).toContainText("Month · period");
    expect(server.hits).toEqual(["/page.html", "/cpi.csv"]);
    // The person who added it may edit it; only editors delete.
    await expect(page.getByRole("heading", { name: "Edit details and column types" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete dataset" })).toHaveCount(0);
    await keepScreenshot(page, testInfo, "dataset-from-web-address");

    // The public: not cited by a published verdict, so not there.
    const visitor = await anonymousPage(browser);
    expect((await visitor.goto(`/datasets/${datasetId}`))?.status()).toBe(404);
    await visitor.goto("/datasets");
    await expect(visitor.getByRole("main")).not.toContainText(title);
    await signIn.signOutNow();

    // An editor's page left open while the account changes to a reviewer: the server refuses the delete.
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await new SignInPage(editorPage).signInAs(DEMO.editor, `/datasets/${datasetId}`);
    await editorPage.waitForURL(new RegExp(`/datasets/${datasetId}$`));
    const deleteButton = editorPage.getByRole("button", { name: "Delete dataset" });
    await expect(deleteButton).toBeVisible();
    const otherTab = await editorContext.newPage();
    const otherSignIn = new SignInPage(otherTab);
    await otherTab.goto("/");
    await otherSignIn.signOutNow();
    await otherSignIn.signInAs(DEMO.reviewer, "/");
    await deleteButton.click();
    await expect(editorPage.getByRole("main").getByRole("alert")).toContainText(/editor/i);
    await otherTab.goto("/");
    await otherSignIn.signOutNow();
    await otherSignIn.signInAs(DEMO.editor, "/");

    // The editor edits it, then deletes it: gone from the list, still nothing for the public.
    await editorPage.reload();
    // Its label names it (the field once shared its id with the page's heading, so the label pointed at the heading).
    await editorPage.getByRole("main").getByLabel("Title", { exact: true }).fill(`${title} (edited)`);
    await editorPage.getByRole("button", { name: "Save dataset" }).click();
    await expect(editorPage.getByRole("heading", { level: 1, name: `${title} (edited)` })).toBeVisible();
    await editorPage.getByRole("button", { name: "Delete dataset" }).click();
    await editorPage.waitForURL(/\/datasets\?deleted=1$/);
    await expect(editorPage.getByRole("main")).not.toContainText(title);
    expect((await visitor.goto(`/datasets/${datasetId}`))?.status()).toBe(404);
    await editorContext.close();
  } finally {
    await server.close();
  }
});

test("a 50,000-row upload shows its progress, then the stored table", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const lines = ["District,Year,Cases,Population"];
  for (let i = 0; i < 50_000; i++)
    lines.push(`Progress ${stamp} district ${i % 1000},${1975 + (i % 50)},${(i * 7919) % 90000},${100000 + i}`);
  const csv = Buffer.from(`${lines.join("\n")}\n`, "utf8");
  const signIn = new SignInPage(page);
  const datasets = new DatasetsPage(page);
  await signIn.signInAs(DEMO.reviewer, "/datasets/new");
  await page.waitForURL(/\/datasets\/new$/);
  // A slow connection (about 400 KB/s up), so the upload takes seconds as it would over the Internet.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: 4_000_000,
    uploadThroughput: 400_000,
  });
  // Every state of the progress bar, as the person sees it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    setInterval(() => {
      const bar = document.querySelector("progress");
      if (!bar) return;
      const label = document.querySelector(`label[for="${bar.id}"]`)?.textContent ?? "";
      const state = `${label}|${bar.value}/${bar.max}`;
      if (seen.at(-1) !== state) seen.push(state);
    }, 20);
  });
  await datasets.upload("progress.csv", csv, `Progress ${stamp}`);
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await expect(page.getByText(/^Uploading: \d+%$/)).toBeVisible();
  await keepScreenshot(page, testInfo, "dataset-upload-progress");
  // Sent: the bar is full while the server reads and stores the rows.
  await expect(page.getByText("Reading and storing the rows…")).toBeVisible({ timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const percents = seen.filter((s) => s.startsWith("Uploading")).map((s) => Number(/(\d+)%/.exec(s)?.[1]));
  expect(
    percents.some((p) => p > 0 && p < 100),
    seen.join("\n"),
  ).toBe(true);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(seen.at(-1)).toBe(`Reading and storing the rows…|${csv.length}/${csv.length}`);
  await page.waitForURL(/\/datasets\/\d+$/, { timeout: 120_000 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expect(page.getByRole("heading", { level: 1, name: `Progress ${stamp}` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("50,000 rows");
});
