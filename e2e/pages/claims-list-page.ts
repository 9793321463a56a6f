import { expect, type Locator, type Page } from "@playwright/test";

/** The claim list at `/`: its filter form, its result cards and its page links. */
export class ClaimsListPage {
  readonly filters: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly source: Locator;
  readonly unit: Locator;
  readonly submit: Locator;
  readonly results: Locator;
  readonly cards: Locator;
  readonly nextPage: Locator;
  readonly firstPage: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByRole("search", { name: "Filter claims" });
    this.search = this.filters.getByLabel("Search");
    this.status = this.filters.getByLabel("Status");
    this.source = this.filters.getByLabel("Source");
    this.unit = this.filters.getByLabel("Unit");
    this.submit = this.filters.getByRole("button", { name: "Show claims" });
    this.results = page.getByRole("region", { name: "Results" });
    this.cards = this.results.getByRole("article");
    this.nextPage = page.getByRole("navigation", { name: "Pages of claims" }).getByRole("link", { name: "Next page" });
    this.firstPage = page.getByRole("navigation", { name: "Pages of claims" }).getByRole("link", { name: "First page" });
    this.alert = page.getByRole("main").getByRole("alert");
  }

  async goto(search = "") {
    const response = await this.page.goto(`/${search}`);
    expect(response?.status()).toBe(200);
    await expect(this.page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  }

  /** Submits the filter form and waits for the URL it produces. */
  async apply(expectedUrl: RegExp) {
    await this.submit.click();
    await this.page.waitForURL(expectedUrl);
    await expect(this.filters).toBeVisible();
  }

  /** The link of each card's figure, in order: what identifies a page of results. */
  async claimLinks(): Promise<string[]> {
    const links = this.cards.getByRole("heading").getByRole("link");
    return links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  }

  card(figure: string): Locator {
    return this.cards.filter({ has: this.page.getByRole("heading", { name: figure, exact: true }) });
  }

  /** A card's value for one of its labelled facts ("Unit", "Source", "Said by", "Period"). */
  fact(card: Locator, term: string): Locator {
    return card.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
  }
}
