import { expect, type Locator, type Page } from "@playwright/test";

/** `/queue`: the reviewer's tabs of claims, each row with its figure, source and Take button. */
export class QueuePage {
  readonly tabs: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole("navigation", { name: "Queue views" });
    this.list = page.getByRole("main").getByRole("list").first();
  }

  async goto(view: "waiting" | "mine" | "unassigned" = "waiting") {
    const response = await this.page.goto(view === "waiting" ? "/queue" : `/queue?view=${view}`);
    expect(response?.status()).toBe(200);
    await expect(this.page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  }

  /** The row of a claim, by its figure as written ("1.8 million"). */
  row(figure: string): Locator {
    return this.page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { level: 3, name: figure, exact: true }) });
  }

  figureLink(figure: string): Locator {
    return this.row(figure).getByRole("heading", { level: 3 }).getByRole("link");
  }

  takeButton(figure: string): Locator {
    return this.row(figure).getByRole("button", { name: /^Take/ });
  }
}
