import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";

/**
 * Keeps a full-page picture of what the test saw, per project (desktop, phone), under
 * e2e/artifacts/ (gitignored; kept between runs, unlike test-results/), and attaches it to the
 * test's report, so CI's HTML report (playwright-report/) carries it too.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const file = path.join("e2e", "artifacts", testInfo.project.name, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
