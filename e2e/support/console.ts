import type { Page } from "@playwright/test";

/**
 * Collects what the browser complains about (script errors, console errors and warnings) on a page.
 * Chromium's "Failed to load resource" names no address: the failed responses seen so far are added
 * to it, so a failure says which request it was.
 */
export function collectBrowserProblems(page: Page): string[] {
  const problems: string[] = [];
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    const text = message.text();
    const requests = text.startsWith("Failed to load resource") && failed.length ? ` [${failed.splice(0).join("; ")}]` : "";
    problems.push(`console: ${text}${requests}`);
  });
  return problems;
}
