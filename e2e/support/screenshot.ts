import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";

/**
 * Keeps a full-page picture of what the test saw, per project (desktop, phone), under
 * e2e/artifacts/ (gitignored), so a reviewer can look at every page after a run.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join("e2e", "artifacts", testInfo.project.name, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
}
