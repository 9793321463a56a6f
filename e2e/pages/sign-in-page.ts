import { expect, type Locator, type Page } from "@playwright/test";

/** The demo accounts the embedded database creates on its first start. */
export const DEMO_PASSWORD = "claimdesk-demo";
export const DEMO = { reviewer: "reviewer@claimdesk.test", editor: "editor@claimdesk.test", admin: "admin@claimdesk.test" } as const;

/** `/sign-in` and the signed-in part of the site header. */
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
  readonly account: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Password");
    this.submit = page.getByRole("main").getByRole("button", { name: "Sign in" });
    this.alert = page.getByRole("main").getByRole("alert");
    this.account = page.getByRole("banner").getByRole("group", { name: "Signed in" });
    this.signOut = this.account.getByRole("button", { name: "Sign out" });
  }

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
    await expect(this.page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  }

  async fill(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits for the header to show the account. */
  async signInAs(email: string, callbackUrl?: string) {
    await this.goto(callbackUrl);
    await this.fill(email, DEMO_PASSWORD);
    await expect(this.account).toBeVisible();
  }

  async signOutNow() {
    await this.signOut.click();
    await expect(this.page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  }
}
