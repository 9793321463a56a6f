import { expect, test } from "@playwright/test";
import { makePdf } from "../lib/ingest/testing/make-pdf";
import { AddReleasePage } from "./pages/add-release-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { SourcePage } from "./pages/source-page";
import { collectBrowserProblems } from "./support/console";
import { keepScreenshot } from "./support/screenshot";

/**
 * Adding releases: by paste, by upload (.html, .pdf), a bad file, a duplicate. These add sources,
 * which changes the lists other specs read: the file runs in the "desktop-writes" project after
 * them (playwright.config.ts); its @phone test only looks and writes nothing.
 *
 * Every text is unique to the run (a stamp), so a rerun against the same database still creates.
 */
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

function pastedRelease(label: string) {
  return [
    `Harbor district report ${label} ${stamp}`,
    "",
    "Container traffic at the port rose 11 percent in 2024, to 2.6 million units, the harbor board said.",
    "The board spent $84 million on new cranes, and 1,150 people now work on the docks.",
  ].join("\n");
}

async function sourceCount(page: import("@playwright/test").Page): Promise<number> {
  await page.goto("/sources");
  return page.getByRole("main").getByRole("listitem").count();
}

test.describe("adding a release", () => {
  test("an anonymous visitor is sent to sign in and brought back", async ({ page }) => {
    await page.goto("/sources/new");
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Fsources%2Fnew$/);
    const signIn = new SignInPage(page);
    await signIn.fill(DEMO.reviewer, "claimdesk-demo");
    await page.waitForURL(/\/sources\/new$/);
    await expect(new AddReleasePage(page).heading).toBeVisible();
  });

  test("a reviewer pastes a release, sees its claims at once, and corrects its title", async ({ page }, testInfo) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.reviewer);
    await page.getByRole("banner").getByRole("link", { name: "Add release" }).click();
    const form = new AddReleasePage(page);
    await expect(form.heading).toBeVisible();
    await expect(form.paste).toBeChecked();

    // Nothing filled in: clear messages, nothing stored.
    await form.submit.click();
    await expect(form.alert).toContainText("Check the highlighted fields.");
    await expect(form.title).toHaveAttribute("aria-invalid", "true");
    await expect(form.details).toContainText("Enter the release's title.");

    await form.title.fill(`Harbor report ${stamp}`);
    await form.publisher.fill("Harbor Board");
    await form.publishedAt.fill("2024-04-12");
    await form.text.fill(pastedRelease("pasted"));
    await keepScreenshot(page, testInfo, "add-release-paste");
    const id = await form.add();

    const source = new SourcePage(page);
    await expect(source.title).toHaveText(`Harbor report ${stamp}`);
    await expect(page.getByRole("status").filter({ hasText: "Release added." })).toBeVisible();
    await expect(source.claimList.getByRole("link", { name: "11 percent" })).toBeVisible();
    await expect(source.claimList.getByRole("link", { name: "$84 million" })).toBeVisible();
    await expect(source.markedClaim("2.6 million")).toBeVisible();
    await keepScreenshot(page, testInfo, "add-release-added");

    // The one who added it may correct its details.
    await page.getByText("Edit details").click();
    const edit = page.getByRole("main").locator("details form");
    await edit.getByLabel("Title").fill(`Harbor district report ${stamp}`);
    await keepScreenshot(page, testInfo, "source-edit-details");
    await edit.getByRole("button", { name: "Save details" }).click();
    await expect(source.title).toHaveText(`Harbor district report ${stamp}`);
    expect(page.url()).toContain(`/sources/${id}`);
    expect(problems).toEqual([]);
  });

  test("a range in a release reads as a range on the public claim page, the claim list and the source page", async ({
    page,
    browser,
  }, testInfo) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.reviewer);
    const form = new AddReleasePage(page);
    await form.goto();
    await form.title.fill(`Enrollment outlook ${stamp}`);
    await form.text.fill(
      `School district outlook ${stamp}\n\nEnrollment is expected to grow between 4 and 5 percent next year, the district said.\n\nThe county's mills shipped 3.2 million metric tons of steel in 2024.`,
    );
    const id = await form.add();

    // The engine reads "4 and 5 percent" as one claim: value 4, upper end 5 (issue 11).
    const source = new SourcePage(page);
    const listed = source.claimList.getByRole("listitem").filter({ has: page.getByRole("link", { name: /4 and 5 percent/ }) });
    await expect(listed).toContainText("Percentage · 4–5%");
    // A unit of measure stands beside the value (the engine names it: "metric tons").
    const tons = source.claimList.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^3\.2 million/ }) });
    await expect(tons.locator("div > span").first()).toHaveText(/ · 3\.2 million metric tons$/);
    const href = await listed.getByRole("link").getAttribute("href");
    expect(href).toMatch(/^\/claims\/\d+$/);

    // What the public reads: signed out, the claim page and the list's card give both ends.
    const visitor = await browser.newPage();
    await visitor.goto(href ?? "");
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText("4 and 5 percent");
    const facts = visitor.getByRole("region", { name: "The claim" });
    await expect(facts.locator("dt:text-is('Value') + dd")).toHaveText("4–5%");
    await expect(facts.locator("dt:text-is('Unit') + dd")).toHaveText("Percentage");
    await keepScreenshot(visitor, testInfo, "claim-range-public");
    await visitor.goto(`/?sourceId=${id}`);
    const card = visitor.getByRole("article").filter({ has: visitor.getByRole("heading", { name: /4 and 5 percent/ }) });
    await expect(card.locator("dt:text-is('Value') + dd")).toHaveText("4–5%");
    await visitor.close();
    expect(problems).toEqual([]);
  });

  test("a reviewer uploads a saved web page; its title, publisher and date fill the form", async ({ page }, testInfo) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.reviewer);
    const form = new AddReleasePage(page);
    await form.goto();
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <title>Clinic waits | Health Office</title>
      <meta property="og:title" content="Clinic waiting times fall ${stamp}">
      <meta property="og:site_name" content="Health Office">
      <meta property="article:published_time" content="2024-08-19T10:00:00-04:00">
      <link rel="canonical" href="https://health.example/news/clinic-waits-${stamp}"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Clinic waiting times fall</h1>
      <p>Average waits at city clinics fell 23 percent this year, to 41 minutes, the health office said.</p>
      <p>The clinics saw 128,000 patients, and 9 in 10 were seen the same day.</p></article>
      <footer>Health Office. Privacy. Accessibility.</footer></body></html>`;
    await form.uploadFile({ name: "clinic-waits.html", mimeType: "text/html", buffer: Buffer.from(html) });

    await expect(form.details).toContainText("Read clinic-waits.html as HTML");
    await expect(form.title).toHaveValue(`Clinic waiting times fall ${stamp}`);
    await expect(form.publisher).toHaveValue("Health Office");
    await expect(form.publishedAt).toHaveValue("2024-08-19");
    await expect(form.url).toHaveValue(`https://health.example/news/clinic-waits-${stamp}`);
    await expect(form.text).toHaveValue(/^Clinic waiting times fall\n\nAverage waits at city clinics fell 23 percent/);
    await expect(form.text).not.toHaveValue(/Privacy/);
    await keepScreenshot(page, testInfo, "add-release-upload-html");
    await form.add();

    const source = new SourcePage(page);
    await expect(source.title).toHaveText(`Clinic waiting times fall ${stamp}`);
    await expect(source.claimList.getByRole("link", { name: "23 percent" })).toBeVisible();
    await expect(source.claimList.getByRole("link", { name: "128,000" })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("a reviewer uploads a PDF; its text keeps its paragraphs and its claims are listed", async ({ page }) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.reviewer);
    const form = new AddReleasePage(page);
    await form.goto();
    const pdf = makePdf({
      title: `Road repairs ${stamp}`,
      pages: [
        [
          ["Crews repaved 212 lane miles in 2024, 18 percent more than the year", "before, the roads department said."],
          ["The work cost $63 million."],
        ],
      ],
    });
    await form.uploadFile({ name: "road-repairs.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await expect(form.title).toHaveValue(`Road repairs ${stamp}`);
    await expect(form.text).toHaveValue(
      "Crews repaved 212 lane miles in 2024, 18 percent more than the year before, the roads department said.\n\nThe work cost $63 million.",
    );
    await form.add();

    const source = new SourcePage(page);
    await expect(source.title).toHaveText(`Road repairs ${stamp}`);
    await expect(source.claimList.getByRole("link", { name: "18 percent" })).toBeVisible();
    await expect(source.claimList.getByRole("link", { name: "$63 million" })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("a bad file gets a clear error and adds nothing", async ({ page }, testInfo) => {
    await new SignInPage(page).signInAs(DEMO.reviewer);
    const before = await sourceCount(page);
    const form = new AddReleasePage(page);
    await form.goto();

    await form.uploadFile({
      name: "release.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    await expect(form.alert).toHaveText(/This file is a PNG image, not a press release/);
    await expect(form.details).toHaveCount(0);
    await expect(form.file).toHaveAttribute("aria-invalid", "true");
    await keepScreenshot(page, testInfo, "add-release-bad-file");

    await form.file.setInputFiles({
      name: "broken.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(makePdf({ pages: [[["Cut short."]]] }).slice(0, 150)),
    });
    await expect(form.alert).toHaveText(/This PDF could not be read: the file is damaged or incomplete/);
    await form.file.setInputFiles({ name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
    await expect(form.alert).toHaveText(/empty\.md is empty/);
    await expect(form.details).toHaveCount(0);

    expect(await sourceCount(page)).toBe(before);
  });

  test("the upload route refuses anonymous callers, and an oversized file before reading it", async ({ page, request, baseURL }) => {
    // A browser sends Origin with every upload; proxy.ts refuses a POST without it.
    const headers = { "Content-Type": "text/plain", "X-File-Name": "prices.txt", Origin: baseURL ?? "" };
    const anonymous = await request.post("/sources/new/convert", { data: Buffer.from("Prices rose 4 percent."), headers });
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Sign in to do this." });

    await new SignInPage(page).signInAs(DEMO.reviewer);
    const tooBig = await page.request.post("/sources/new/convert", { data: Buffer.alloc(21_000_000, 0x61), headers });
    expect(tooBig.status()).toBe(413);
    expect(await tooBig.json()).toEqual({ code: "too_large", error: expect.stringMatching(/^This file is 21 MB; the limit is 20 MB\./) });

    const read = await page.request.post("/sources/new/convert", { data: Buffer.from("Prices rose 4 percent.\r\n"), headers });
    expect(read.status()).toBe(200);
    expect(await read.json()).toEqual({
      draft: {
        text: "Prices rose 4 percent.",
        title: "Prices rose 4 percent.",
        publisher: "",
        publishedAt: "",
        url: "",
        format: "text",
        origin: "prices.txt",
      },
    });
  });

  test("the same text added again goes to the source already there", async ({ page }) => {
    await new SignInPage(page).signInAs(DEMO.reviewer);
    const form = new AddReleasePage(page);
    await form.goto();
    const text = pastedRelease("duplicate");
    await form.title.fill(`Duplicate check ${stamp}`);
    await form.text.fill(text);
    const first = await form.add();
    const before = await sourceCount(page);

    // The same release as a .txt file with Windows line endings: one source all the same.
    await form.goto();
    await form.uploadFile({ name: "same-release.txt", mimeType: "text/plain", buffer: Buffer.from(text.replace(/\n/g, "\r\n")) });
    await expect(form.title).toHaveValue(`Harbor district report duplicate ${stamp}`);
    const second = await form.add();
    expect(second).toBe(first);
    await expect(page.getByRole("status").filter({ hasText: "This release is already in Claim Desk." })).toBeVisible();
    await expect(new SourcePage(page).title).toHaveText(`Duplicate check ${stamp}`);
    expect(await sourceCount(page)).toBe(before);
  });
});

test.describe("the add-release page @phone", () => {
  test("fits the screen and works from the keyboard", async ({ page }, testInfo) => {
    const problems = collectBrowserProblems(page);
    await new SignInPage(page).signInAs(DEMO.editor);
    const form = new AddReleasePage(page);
    await form.goto();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await keepScreenshot(page, testInfo, "add-release");

    // The mode is a radio group: arrow keys move between the three ways.
    await form.paste.focus();
    await page.keyboard.press("ArrowRight");
    await expect(form.upload).toBeChecked();
    await expect(form.file).toBeVisible();
    await keepScreenshot(page, testInfo, "add-release-upload");
    await page.keyboard.press("ArrowRight");
    await expect(form.fromWeb).toBeChecked();
    await form.webAddress.fill("ftp://example.org/release.txt");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toContainText("Use a web address that starts with http:// or https://.");
    await form.webAddress.fill("http://127.0.0.1:9/internal");
    await form.fetch.click();
    await expect(form.alert).toContainText("127.0.0.1 is a private or local network address");
    await keepScreenshot(page, testInfo, "add-release-url");
    expect(problems).toEqual([]);
  });
});
