import { expect, type Locator, type Page } from "@playwright/test";

/** `/sources/new`: choose paste / upload / web address, then check the details and add the release. */
export class AddReleasePage {
  readonly heading: Locator;
  readonly paste: Locator;
  readonly upload: Locator;
  readonly fromWeb: Locator;
  readonly file: Locator;
  readonly webAddress: Locator;
  readonly fetch: Locator;
  readonly details: Locator;
  readonly title: Locator;
  readonly publisher: Locator;
  readonly publishedAt: Locator;
  readonly url: Locator;
  readonly text: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1, name: "Add a release" });
    this.paste = main.getByRole("radio", { name: "Paste text" });
    this.upload = main.getByRole("radio", { name: "Upload a file" });
    this.fromWeb = main.getByRole("radio", { name: "From a web address" });
    this.file = main.getByLabel("Release file");
    this.webAddress = main.getByLabel("Web address of the release");
    this.fetch = main.getByRole("button", { name: "Fetch the page" });
    this.details = main.getByRole("form");
    this.title = this.details.getByLabel("Title");
    this.publisher = this.details.getByLabel("Publisher");
    this.publishedAt = this.details.getByLabel("Date published");
    this.url = this.details.getByLabel("Web address of the original");
    this.text = this.details.getByLabel("Release text");
    this.submit = this.details.getByRole("button", { name: "Add release" });
    this.alert = main.getByRole("alert");
  }

  async goto() {
    await this.page.goto("/sources/new");
    await expect(this.heading).toBeVisible();
  }

  /** Uploads a file made in the test (name, type and bytes) and waits until it was read or refused. */
  async uploadFile(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.upload.check();
    await this.file.setInputFiles(file);
  }

  /** Adds the release and waits for its source page. */
  async add(): Promise<number> {
    await this.submit.click();
    await this.page.waitForURL(/\/sources\/\d+\?added=/);
    const match = /\/sources\/(\d+)/.exec(this.page.url());
    return Number(match?.[1]);
  }
}
