import type { Page } from "@playwright/test";

/** Collects what the browser complains about (script errors, console errors and warnings) on a page. */
export function collectBrowserProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console: ${message.text()}`);
  });
  return problems;
}
