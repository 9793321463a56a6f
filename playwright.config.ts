import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { APP_PORT, BROKEN_DB_PORT, BROKEN_DB_URL, DATA_SERVER_HOST } from "./e2e/support/servers";

const PORT = APP_PORT;
const baseURL = `http://127.0.0.1:${PORT}`;
const cacheDir = path.resolve(".cache");
/** `next start` runs in production mode, which requires a session secret: a fixed one for tests only. */
const E2E_AUTH_SECRET = "claimdesk-e2e-only-secret-0123456789abcdef";

/**
 * Every run gets a fresh embedded database, migrated and seeded by the server's first start.
 * The folder is chosen once, in the runner's main process; workers inherit it through the
 * environment (this file is evaluated again in each worker). Folders of earlier runs are removed
 * so a half-written one can never be picked up again.
 */
if (!process.env.E2E_PGLITE_DIR) {
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const entry of fs.readdirSync(cacheDir)) {
    if (entry.startsWith("e2e-pglite-")) fs.rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
  }
  process.env.E2E_PGLITE_DIR = path.join(cacheDir, `e2e-pglite-${Date.now()}`);
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Two cores: two browsers at a time keep the server responsive.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not available here.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      testIgnore:
        /(manual-claim|workflow|add-release|related-after-add-release|recheck-after-add-release|audience-writes|datasets|page-cache-servers)\.spec\.ts/,
    },
    {
      // Specs that change what the claim list shows run after every test that reads it, one at a
      // time: they count sources and claims, so two writing at once would miscount each other.
      name: "desktop-writes",
      workers: 1,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      testMatch:
        /(manual-claim|workflow|add-release|related-after-add-release|recheck-after-add-release|audience-writes|datasets|page-cache-servers)\.spec\.ts/,
      dependencies: ["desktop", "phone"],
    },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } }, grep: /@phone/ },
  ],
  webServer: [
    {
      // Runs the production build: `npm run build` comes first (the e2e script and CI do it).
      command: `npm run start -- -p ${PORT} -H 127.0.0.1`,
      url: `${baseURL}/api/health`,
      // The first request opens the database, migrates and seeds it.
      timeout: 180_000,
      reuseExistingServer: false,
      env: {
        PGLITE_DIR: process.env.E2E_PGLITE_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        // A PostgreSQL server in the environment would bypass the fresh embedded database.
        DATABASE_URL: "",
        NEXTAUTH_SECRET: E2E_AUTH_SECRET,
        NEXTAUTH_URL: baseURL,
        // The one loopback address the app may fetch from: e2e/datasets.spec.ts serves a table there
        // (DATA_SERVER_HOST). 127.0.0.1, the app itself, stays refused like any private address.
        CLAIMDESK_FETCH_ALLOW: DATA_SERVER_HOST,
      },
    },
    {
      // What people see when the database fails (e2e/database-down.spec.ts).
      command: `npm run start -- -p ${BROKEN_DB_PORT} -H 127.0.0.1`,
      // Ready as soon as it serves a static file: its database never will.
      url: `${BROKEN_DB_URL}/icon.svg`,
      timeout: 120_000,
      reuseExistingServer: false,
      // Its logs are the expected failures; they would only bury the real server's.
      stderr: "ignore",
      env: {
        // A folder that cannot be created (/dev/null is a file), so every query fails.
        PGLITE_DIR: "/dev/null/claim-desk-e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: "",
        NEXTAUTH_SECRET: E2E_AUTH_SECRET,
        NEXTAUTH_URL: BROKEN_DB_URL,
      },
    },
  ],
});
