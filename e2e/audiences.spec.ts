import { expect, test, type Page } from "@playwright/test";
import { claimIdByFigure } from "./pages/claim-workflow-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { keepScreenshot } from "./support/screenshot";

/**
 * Each audience on a page made for it (issue 15), at 1280 px and (tagged @phone) 390 px: the role
 * page, the phone chart, the demo accounts, and axe-core on every page type signed out and in.
 * Read-only: nothing here changes what other specs count.
 */
const INTERNAL_STATUS = /\b(Unreviewed|In review|Ready|Not checkable)\b/;

async function sourceIdOf(page: Page, q: string, figure: string): Promise<{ claimId: number; sourceId: number }> {
  const body = (await (await page.request.get(`/api/claims?q=${encodeURIComponent(q)}&limit=100`)).json()) as {
    claims: { id: number; text: string; source: { id: number } }[];
  };
  const claim = body.claims.find((item) => item.text === figure);
  if (!claim) throw new Error(`no claim ${figure}`);
  return { claimId: claim.id, sourceId: claim.source.id };
}

test.describe("the public @phone", () => {
  test("public pages show no workflow status, and the claim opens with who said it", async ({ page }, testInfo) => {
    const { claimId, sourceId } = await sourceIdOf(page, "sex offenders", "213 percent");
    for (const path of ["/", `/claims/${claimId}`, `/sources/${sourceId}`, "/sources"]) {
      await page.goto(path);
      await expect(page.getByRole("main")).not.toContainText(INTERNAL_STATUS);
    }
    // The status filter offers the public's choices only.
    await page.goto("/");
    const options = await page.getByRole("search", { name: "Filter claims" }).getByLabel("Status").locator("option").allTextContents();
    expect(options).toEqual(["Any status", "Verdict published", "Not yet checked"]);

    await page.goto(`/claims/${claimId}`);
    await expect(page.getByTestId("claim-attribution")).toHaveText("Knudsen and the attorneys general said, in an undated release:");
    // The excerpt starts at the sentence, not at a quotation mark the cut left alone.
    await expect(page.getByRole("main").locator("blockquote").first()).toHaveText(/^The number of sex offenders/);
    await keepScreenshot(page, testInfo, "public-claim-opening");
  });

  test("a source page offers its claims early on a phone and explains its underlines", async ({ page }, testInfo) => {
    const { sourceId } = await sourceIdOf(page, "sex offenders", "213 percent");
    await page.goto(`/sources/${sourceId}`);
    await expect(page.getByRole("list", { name: "What the underlines mean" })).toContainText("Not yet checked");
    if (testInfo.project.name === "phone") {
      const jump = page.getByRole("link", { name: /^Jump to the \d+ claims in this release$/ });
      await expect(jump).toBeInViewport();
      await jump.click();
      await expect(page.getByRole("heading", { name: "Claims in this release" })).toBeInViewport();
    }
    await keepScreenshot(page, testInfo, "source-public");
  });
});

test.describe("roles @phone", () => {
  test("a reviewer on /dashboard and /admin/users is told whom they are for", async ({ page }, testInfo) => {
    await new SignInPage(page).signInAs(DEMO.reviewer);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "The editor dashboard is for editors and admins" })).toBeVisible();
    await expect(page.getByText("We can’t find that page")).toHaveCount(0);
    await expect(page.getByText("You are signed in as Demo Reviewer, a reviewer.")).toBeVisible();
    await keepScreenshot(page, testInfo, "role-dashboard-reviewer");
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "The accounts page is for admins" })).toBeVisible();
    await keepScreenshot(page, testInfo, "role-admin-users-reviewer");
    await expectNoSeriousA11yViolations(page, "role page");
  });

  test("the dashboard chart opens at today on a phone, with a name, and counts read in number", async ({ page }, testInfo) => {
    await new SignInPage(page).signInAs(DEMO.editor, "/dashboard");
    await page.waitForURL(/\/dashboard$/);
    const scroller = page.getByTestId("status-chart-scroller");
    await expect(scroller).toHaveAccessibleName(/^Chart of claims by status, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}; today at the right/);
    await expect(page.getByRole("img", { name: /^Claims by status at the end of each day/ })).toBeVisible();
    await scroller.scrollIntoViewIfNeeded();
    // The last day's label (today) is on screen without scrolling the chart.
    const labels = scroller.locator("svg text");
    const today = new Date().toISOString().slice(5, 10);
    await expect(labels.filter({ hasText: today })).toBeInViewport();
    if (testInfo.project.name === "phone") {
      const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
    }
    await keepScreenshot(page, testInfo, "dashboard-chart", { fullPage: false });
    // Every count link says its number with the words in number: "16 claims unreviewed", "1 claim …".
    const names = await page
      .getByRole("region", { name: "Claims by status", exact: true })
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.textContent ?? ""));
    for (const name of names) expect(name).toMatch(/^(1 claim |(?!1 )\d[\d,]* claims )[a-z ]+; list them$/);
  });

  test("the sign-in page lists the demo accounts of the embedded database", async ({ page }, testInfo) => {
    await new SignInPage(page).goto();
    const demo = page.getByRole("region", { name: "Demo accounts on this embedded database" });
    for (const email of Object.values(DEMO)) await expect(demo).toContainText(email);
    await expect(demo).toContainText("claimdesk-demo");
    await keepScreenshot(page, testInfo, "sign-in-demo");
  });
});

test.describe("reviewers @phone", () => {
  test("check-worthiness explains itself, and pasting a release fills the title from its headline", async ({ page }, testInfo) => {
    await new SignInPage(page).signInAs(DEMO.reviewer, "/queue");
    await page.waitForURL(/\/queue$/);
    const score = page
      .getByRole("main")
      .locator("summary", { hasText: /^Check-worthiness \d+/ })
      .first();
    await score.click();
    const explained = page.getByRole("main").locator("details[open]").first();
    await expect(explained).toContainText("How likely the figure is worth checking, 0 to 100");
    await expect(explained).toContainText("35 to start");
    await keepScreenshot(page, testInfo, "queue-checkworthiness", { fullPage: false });

    await page.goto("/sources/new");
    await expect(page.getByLabel("Title")).toHaveAccessibleName(/^Title.*\(required\)/);
    await expect(page.getByLabel("Release text")).toHaveAccessibleName(/\(required\)/);
    await page.getByLabel("Release text").fill("State unemployment falls to 3.1 percent\n\nThe rate fell to 3.1 percent in May.");
    await expect(page.getByLabel("Title")).toHaveValue("State unemployment falls to 3.1 percent");
    // A title typed by hand stays when the text changes.
    await page.getByLabel("Title").fill("May jobs report");
    await page.getByLabel("Release text").fill("Another headline\n\nBody.");
    await expect(page.getByLabel("Title")).toHaveValue("May jobs report");
    await keepScreenshot(page, testInfo, "add-release-headline");
  });
});

test.describe("accessibility: axe-core finds no serious or critical violation", () => {
  test("on every page type, signed out", async ({ page }) => {
    // Six pages, each run through axe, some rendered for the first time (the page cache): 20 s
    // alone, past 30 s when the whole suite shares two loaded cores.
    test.setTimeout(90_000);
    const { claimId, sourceId } = await sourceIdOf(page, "sex offenders", "213 percent");
    for (const path of ["/", `/claims/${claimId}`, "/sources", `/sources/${sourceId}`, "/sign-in", "/claims/999999"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page, path);
    }
  });

  test("on every page type, signed in as an editor and an admin", async ({ page }) => {
    test.setTimeout(90_000);
    const claimId = await claimIdByFigure(page.request, "sex offenders", "213 percent");
    const { sourceId } = await sourceIdOf(page, "sex offenders", "213 percent");
    const signIn = new SignInPage(page);
    await signIn.signInAs(DEMO.editor);
    for (const path of ["/", `/claims/${claimId}`, "/queue", "/dashboard", "/sources", `/sources/${sourceId}`, "/sources/new"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page, `editor ${path}`);
    }
    await signIn.signOutNow();
    await signIn.signInAs(DEMO.admin, "/admin/users");
    await page.waitForURL(/\/admin\/users$/);
    await expectNoSeriousA11yViolations(page, "admin /admin/users");
  });
});
