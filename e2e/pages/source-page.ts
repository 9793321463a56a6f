import type { Locator, Page } from "@playwright/test";

/** A release at `/sources/[id]`: its text with claims marked in place, its checks and claim list. */
export class SourcePage {
  readonly title: Locator;
  readonly text: Locator;
  readonly marks: Locator;
  readonly checks: Locator;
  readonly claimList: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 });
    this.text = page.getByRole("region", { name: "The release, as published" });
    this.marks = this.text.locator("a[href^='/claims/'] mark");
    this.checks = page.getByRole("region", { name: "Arithmetic checks" });
    this.claimList = page.getByRole("region", { name: "Claims in this release" });
  }

  /** The link around a highlighted figure in the text. */
  markedClaim(figure: string): Locator {
    return this.text.getByRole("link").filter({ has: this.page.locator("mark", { hasText: figure }) });
  }
}
