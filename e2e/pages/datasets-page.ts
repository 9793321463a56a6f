import { expect, type Locator, type Page } from "@playwright/test";

/** `/datasets/new` and `/datasets/[id]`. */
export class DatasetsPage {
  readonly file: Locator;
  readonly fetchUrl: Locator;
  readonly title: Locator;
  readonly publisher: Locator;
  readonly licence: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole("main");
    this.file = main.getByLabel("CSV or TSV file");
    this.fetchUrl = main.getByLabel("Or its web address");
    this.title = main.getByLabel(/^Title/);
    this.publisher = main.getByLabel("Publisher");
    this.licence = main.getByLabel("Licence");
    this.submit = main.getByRole("button", { name: "Add dataset" });
    this.alert = main.getByRole("alert");
  }

  async gotoNew() {
    await this.page.goto("/datasets/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "Add a dataset" })).toBeVisible();
  }

  async upload(name: string, csv: string | Buffer, title: string) {
    await this.file.setInputFiles({ name, mimeType: "text/csv", buffer: typeof csv === "string" ? Buffer.from(csv, "utf8") : csv });
    await this.title.fill(title);
    await this.submit.click();
  }

  /** Asks the server to fetch the table from a web address. */
  async fetchFrom(url: string, title: string) {
    await this.fetchUrl.fill(url);
    await this.title.fill(title);
    await this.submit.click();
  }

  /** Uploads and waits for the new dataset's page; returns its id. */
  async add(name: string, csv: string | Buffer, title: string): Promise<number> {
    await this.upload(name, csv, title);
    await this.page.waitForURL(/\/datasets\/\d+$/);
    return Number(/\/datasets\/(\d+)/.exec(this.page.url())?.[1]);
  }
}
