import { expect, type Locator, type Page } from "@playwright/test";

/** `/dashboard`: counts, the status chart, ready and stale work, and bulk assignment. */
export class DashboardPage {
  readonly ready: Locator;
  readonly stale: Locator;
  readonly counts: Locator;
  readonly chart: Locator;
  readonly bySource: Locator;
  readonly bulk: Locator;

  constructor(readonly page: Page) {
    this.ready = page.getByRole("region", { name: /^Ready for the editor/ });
    this.stale = page.getByRole("region", { name: /^Stale/ });
    this.counts = page.getByRole("region", { name: "Claims by status" });
    this.chart = page.getByRole("region", { name: /^Claims by status over the last/ });
    this.bySource = page.getByRole("region", { name: "Claims by source" });
    this.bulk = page.getByRole("region", { name: "Assign claims" });
  }

  async goto() {
    const response = await this.page.goto("/dashboard");
    expect(response?.status()).toBe(200);
    await expect(this.page.getByRole("heading", { level: 1, name: "Editor dashboard" })).toBeVisible();
  }

  /** Ticks the claims whose label starts with each of `labels`, picks a person, submits. */
  async bulkAssign(labels: RegExp[], person: string) {
    for (const label of labels) await this.bulk.getByRole("checkbox", { name: label }).check();
    await this.bulk.getByLabel("Assign the selected claims to").selectOption({ label: person });
    await this.bulk.getByRole("button", { name: "Assign selected" }).click();
  }
}
