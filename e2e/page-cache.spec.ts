import { type Browser, expect, test } from "@playwright/test";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { keepScreenshot } from "./support/screenshot";

/**
 * The page cache (issue 14): signed-out pages come from it, and staff get their own rendering of
 * the same URL. What only a restart or a second app server shows: page-cache-servers.spec.ts.
 */

async function anonymous(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test.describe("signed-out pages from the page cache", () => {
  test("the claim page and / are rendered once for the public; staff get their controls at the same URL", async ({
    page,
    browser,
    request,
    baseURL,
  }, testInfo) => {
    const list = (await (await request.get("/api/claims?limit=1")).json()) as { claims: { id: number }[] };
    const id = list.claims[0]?.id;
    if (!id) throw new Error("no claims");

    for (const url of [`/claims/${id}`, "/"]) {
      await request.get(url); // the first visit may render it
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-nextjs-cache"], url).toBe("HIT");
      expect(response.headers()["cache-control"], url).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
      const html = await response.text();
      expect(html).not.toContain("Workflow");
      // One copy for everyone: its nonce is the cached pages' one, the same on every request.
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce).toBeTruthy();
      expect(html).toContain(`nonce="${nonce}"`);
      // Its ETag was made once, when it was cached: a client that holds the page gets 304 and no body.
      const etag = response.headers()["etag"] ?? "";
      expect(etag, url).toMatch(/^W\/"[\w-]{27}"$/);
      const notModified = await request.get(url, { headers: { "If-None-Match": etag } });
      expect(notModified.status(), url).toBe(304);
      expect((await notModified.body()).length, url).toBe(0);
      expect((await request.get(url, { headers: { "If-None-Match": `"other", ${etag}` } })).status(), url).toBe(304);
      expect((await request.get(url, { headers: { "If-None-Match": 'W/"other"' } })).status(), url).toBe(200);
    }
    // A later page is rendered per request; the internal routes are not addresses of their own.
    const later = await request.get("/?cursor=x");
    expect(later.headers()["cache-control"]).toMatch(/private|no-store/);
    expect(later.headers()["etag"]).toBeUndefined();
    expect((await request.get(`/staff/claims/${id}`)).status()).toBe(404);
    expect((await request.get("/cached/claim-list/first")).status()).toBe(404);
    expect((await request.get("/cached/claim-list/status-published")).status()).toBe(404);

    const visitor = await anonymous(browser, baseURL ?? "");
    await visitor.goto(`/claims/${id}`);
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(visitor.getByRole("region", { name: "Workflow" })).toHaveCount(0);
    await keepScreenshot(visitor, testInfo, "page-cache-claim-signed-out");
    await visitor.goto("/");
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Queue" })).toHaveCount(0);
    await expect(visitor.getByRole("main").locator('option[value="unreviewed"]')).toHaveCount(0);
    await keepScreenshot(visitor, testInfo, "page-cache-list-signed-out");

    // The same URLs signed in: the newsroom's rendering, never cached.
    await new SignInPage(page).signInAs(DEMO.editor, `/claims/${id}`);
    await expect(page.getByRole("region", { name: "Workflow" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Dashboard" })).toBeVisible();
    const staff = await page.request.get(`/claims/${id}`);
    expect(staff.headers()["cache-control"]).toMatch(/private/);
    expect(staff.headers()["x-nextjs-cache"]).toBeUndefined();
    await keepScreenshot(page, testInfo, "page-cache-claim-signed-in");
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("group", { name: "Signed in" })).toContainText("Demo Editor");
    // Staff may filter on the workflow status; the public never sees one.
    await expect(page.getByRole("main").locator('option[value="unreviewed"]')).toHaveCount(1);
    await keepScreenshot(page, testInfo, "page-cache-list-signed-in");
  });

  test("the first page of each filter and search is cached for the public, one copy a choice; staff's are not", async ({
    page,
    browser,
    request,
    baseURL,
  }, testInfo) => {
    const sources = (await (await request.get("/api/claims?limit=50")).json()) as { claims: { source: { id: number } }[] };
    const sourceId = sources.claims[0]?.source.id;
    if (!sourceId) throw new Error("no claims");
    const bySource = (await (await request.get(`/api/claims?sourceId=${sourceId}&limit=100`)).json()) as { claims: { id: number }[] };

    const cachedUrls = [
      "/?status=published",
      "/?status=not_checked&unit=percent",
      `/?sourceId=${sourceId}`,
      `/?q=&status=not_checked&sourceId=${sourceId}&unit=`,
      "/?q=percent",
      "/?status=not_checked&q=%22Ciudad%20Ju%C3%A1rez%22",
    ];
    for (const url of cachedUrls) {
      await request.get(url); // the first visit may render it
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["x-nextjs-cache"], url).toBe("HIT");
      expect(response.headers()["cache-control"], url).toMatch(/^public, /);
      expect(await response.text(), url).not.toContain('value="unreviewed"');
    }
    // The cached copy is the list of that filter: the source's own claims, and only them.
    const html = await (await request.get(`/?sourceId=${sourceId}`)).text();
    for (const claim of bySource.claims.slice(0, 20)) expect(html).toContain(`href="/claims/${claim.id}"`);
    expect(html).toContain(`${Math.min(20, bySource.claims.length)} claim`);
    // The same choice written another way is the same copy: already cached.
    expect((await request.get(`/?unit=percent&status=not_checked&utm_source=feed`)).headers()["x-nextjs-cache"]).toBe("HIT");

    // A cached search holds that search's matches, and the same words typed with spaces are that copy.
    const search = (await (await request.get("/api/claims?q=percent&limit=20")).json()) as { claims: { id: number }[] };
    expect(search.claims.length).toBeGreaterThan(0);
    const searchHtml = await (await request.get("/?q=percent")).text();
    for (const claim of search.claims) expect(searchHtml).toContain(`href="/claims/${claim.id}"`);
    expect(searchHtml).toContain(`${search.claims.length} claim`);
    expect((await request.get("/?q=%20percent%20")).headers()["x-nextjs-cache"]).toBe("HIT");

    // Later pages, page sizes and values the public may not use are rendered per request.
    for (const url of [
      "/?status=published&q=percent&limit=5",
      "/?status=in_review",
      "/?unit=money&limit=5",
      "/?status=published&status=not_checked",
    ]) {
      const response = await request.get(url);
      expect(response.headers()["x-nextjs-cache"], url).toBeUndefined();
      expect(response.headers()["cache-control"], url).toMatch(/private|no-store/);
    }
    // A status only staff may filter on is refused to the public, with the list's own message.
    expect(await (await request.get("/?status=in_review")).text()).toContain("status must be one of: published, not_checked");

    const visitor = await anonymous(browser, baseURL ?? "");
    await visitor.goto("/?status=not_checked&unit=percent");
    await expect(visitor.getByRole("main").getByText(/matching status Not (yet )?checked, unit/i)).toBeVisible();
    await keepScreenshot(visitor, testInfo, "page-cache-filtered-list-signed-out");
    await visitor.context().close();

    // Staff get their own rendering of the same filtered URL, never the cached copy.
    await new SignInPage(page).signInAs(DEMO.editor, "/?status=published");
    const staff = await page.request.get("/?status=published");
    expect(staff.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(staff.headers()["cache-control"]).toMatch(/private/);
    expect(await staff.text()).toContain('value="unreviewed"');
    await expect(page.getByRole("main").locator('option[value="unreviewed"]')).toHaveCount(1);
    await keepScreenshot(page, testInfo, "page-cache-filtered-list-signed-in");
  });
});
