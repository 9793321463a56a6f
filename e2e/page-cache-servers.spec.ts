import fs from "node:fs";
import path from "node:path";
import { type Browser, expect, test } from "@playwright/test";
import { desc, eq } from "drizzle-orm";
import { type Db, openPglite, openPostgres } from "@/db/client";
import { claims } from "@/db/schema";
import { seedDatabase, seedDemoAccounts } from "@/db/seed/seed-database";
import { adminUrl, dropDatabase, withAdmin } from "@/db/testing/postgres-admin";
import { ClaimWorkflowPage } from "./pages/claim-workflow-page";
import { DEMO, SignInPage } from "./pages/sign-in-page";
import { EXTRA_PORTS, publishAsEditor, startApp } from "./support/app-server";
import { keepScreenshot } from "./support/screenshot";

/**
 * The page cache across restarts and app servers (issue 14): a cache never outlives its
 * database, and a publish on one app server shows on another. These start app servers of their
 * own (EXTRA_PORTS), so this file runs in "desktop-writes", one test at a time.
 */

async function anonymous(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** The claim the list shows first (most check-worthy), so `/` shows its card too. */
async function topClaim(db: Db): Promise<number> {
  const [claim] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.notAClaim, false))
    .orderBy(desc(claims.checkworthiness), desc(claims.id))
    .limit(1);
  if (!claim) throw new Error("no seeded claim");
  return claim.id;
}

test.describe("a cache never outlives its database", () => {
  test("the built app restarted on a fresh database shows none of the old database's verdicts", async ({ browser }) => {
    test.setTimeout(240_000);
    const root = path.resolve(".cache", `e2e-page-cache-${Date.now()}`);
    const [port] = EXTRA_PORTS;
    const first = path.join(root, "first");
    const fresh = path.join(root, "fresh");
    const summary = `Cached verdict ${Date.now()}`;
    try {
      // The first database: made and seeded by the app, then a verdict published in it.
      await (await startApp(port, { PGLITE_DIR: first })).stop();
      const handle = await openPglite({ dir: first });
      let id: number;
      try {
        id = await topClaim(handle.db);
        await publishAsEditor(handle.db, id, summary);
      } finally {
        await handle.close();
      }

      // Served, and so cached (on disk too), by the app on that database.
      let app = await startApp(port, { PGLITE_DIR: first });
      try {
        const visitor = await anonymous(browser, app.url);
        for (const url of [`/claims/${id}`, `/claims/${id}`, "/", "/"])
          expect(await (await visitor.request.get(url)).text()).toContain(summary);
        expect((await visitor.request.get(`/claims/${id}`)).headers()["x-nextjs-cache"]).toBe("HIT");
        await visitor.context().close();
      } finally {
        await app.stop();
      }

      // The same build on a fresh database (its claim ids are the same; no verdict in it).
      app = await startApp(port, { PGLITE_DIR: fresh });
      try {
        const visitor = await anonymous(browser, app.url);
        const claimPage = await visitor.request.get(`/claims/${id}`);
        expect(claimPage.status()).toBe(200);
        const html = await claimPage.text();
        expect(html.includes(summary), "the fresh database's claim page shows the old database's verdict").toBe(false);
        expect(html).toContain("Not fact-checked yet");
        expect((await (await visitor.request.get("/")).text()).includes(summary), "the fresh database's / shows the old verdict").toBe(
          false,
        );
        await visitor.goto(`/claims/${id}`);
        await expect(visitor.getByText("Not fact-checked yet.")).toBeVisible();
        await visitor.context().close();
      } finally {
        await app.stop();
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

test.describe("every app server", () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  test.skip(!serverUrl, "TEST_DATABASE_URL is not set: two app servers need one PostgreSQL");

  test("a publish on one app server shows on the other within a second (LISTEN/NOTIFY)", async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const url = serverUrl ?? "";
    const name = `claimdesk_e2e_cache_${process.pid}_${Date.now()}`;
    await withAdmin(url, (sql) => sql.unsafe(`CREATE DATABASE "${name}"`));
    const databaseUrl = adminUrl(url, name);
    const summary = `Published on one server ${Date.now()}`;
    const servers: { stop(): Promise<void> }[] = [];
    try {
      const handle = openPostgres(databaseUrl, { max: 1 });
      let id: number;
      let sourceId: number;
      try {
        await handle.migrate();
        await seedDatabase(handle.db);
        await seedDemoAccounts(handle.db);
        id = await topClaim(handle.db);
        const [row] = await handle.db.select({ sourceId: claims.sourceId }).from(claims).where(eq(claims.id, id));
        sourceId = row?.sourceId ?? 0;
        // In review, so the editor can publish it from the page.
        await handle.db.update(claims).set({ status: "in_review" }).where(eq(claims.id, id));
      } finally {
        await handle.close();
      }
      const [a, b] = await Promise.all(EXTRA_PORTS.map((port) => startApp(port, { DATABASE_URL: databaseUrl })));
      if (!a || !b) throw new Error("servers did not start");
      servers.push(a, b);

      // Server B has the page cached, without a verdict; both servers have the filtered lists cached.
      const visitor = await anonymous(browser, b.url);
      for (let i = 0; i < 2; i++) expect(await (await visitor.request.get(`/claims/${id}`)).text()).toContain("Not fact-checked yet");
      expect((await visitor.request.get(`/claims/${id}`)).headers()["x-nextjs-cache"]).toBe("HIT");
      const filtered = ["/?status=published", `/?status=published&sourceId=${sourceId}`, "/?status=not_checked"];
      for (const server of [a, b]) {
        for (const path of filtered) {
          await visitor.request.get(`${server.url}${path}`);
          const response = await visitor.request.get(`${server.url}${path}`);
          expect(response.headers()["x-nextjs-cache"], `${server.url}${path}`).toBe("HIT");
          expect(await response.text()).not.toContain(summary);
        }
        expect(await (await visitor.request.get(`${server.url}/?status=not_checked`)).text()).toContain(`href="/claims/${id}"`);
      }

      // An editor publishes on server A, through the page.
      const context = await browser.newContext({ baseURL: a.url });
      const editor = await context.newPage();
      await new SignInPage(editor).signInAs(DEMO.editor, `/claims/${id}`);
      const workflow = new ClaimWorkflowPage(editor);
      await workflow.goto(id);
      await workflow.fillVerdict({ rating: "Misleading", summary, rationale: "Checked against the agency's own table." });
      await workflow.button("Publish verdict").click();
      await expect(workflow.message("Verdict published.")).toBeVisible();
      const published = Date.now();

      // Server B's next request within a second renders it again, from the database.
      let seenAfter = Number.POSITIVE_INFINITY;
      while (Date.now() - published < 5000) {
        if ((await (await visitor.request.get(`/claims/${id}`)).text()).includes(summary)) {
          seenAfter = Date.now() - published;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seenAfter).toBeLessThan(1000);
      expect(await (await visitor.request.get("/")).text()).toContain(summary);
      // The filtered lists, on both servers: the claim moves from "not checked" to "published".
      for (const server of [a, b]) {
        for (const path of filtered.slice(0, 2))
          expect(await (await visitor.request.get(`${server.url}${path}`)).text(), `${server.url}${path}`).toContain(summary);
        expect(await (await visitor.request.get(`${server.url}/?status=not_checked`)).text()).not.toContain(`href="/claims/${id}"`);
      }
      await visitor.goto(`/claims/${id}`);
      await expect(visitor.getByRole("region", { name: "Verdict", exact: true })).toContainText(summary);
      await keepScreenshot(visitor, testInfo, "page-cache-second-server-after-publish");
      await context.close();
      await visitor.context().close();
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await dropDatabase(url, name);
    }
  });
});
