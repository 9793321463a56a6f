import { expect, type Locator, type Page } from "@playwright/test";

/** `/admin/users`: the accounts list with a role form per account, and the create form. */
export class AdminUsersPage {
  readonly accounts: Locator;
  readonly create: Locator;

  constructor(readonly page: Page) {
    this.accounts = page.getByRole("region", { name: /Accounts/ });
    this.create = page.getByRole("region", { name: "Create an account" });
  }

  async goto() {
    const response = await this.page.goto("/admin/users");
    expect(response?.status()).toBe(200);
    await expect(this.page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  }

  account(email: string): Locator {
    return this.accounts.getByRole("listitem", { name: email, exact: true });
  }

  async createUser(fields: { email: string; name?: string; role: "reviewer" | "editor" | "admin"; password?: string }) {
    await this.create.getByLabel("Email").fill(fields.email);
    if (fields.name) await this.create.getByLabel("Name").fill(fields.name);
    await this.create.getByLabel("Role").selectOption(fields.role);
    if (fields.password) await this.create.getByLabel("Password").fill(fields.password);
    await this.create.getByRole("button", { name: "Create account" }).click();
  }

  /** Disable or enable an account with its button; waits for the outcome. */
  async setDisabled(email: string, disabled: boolean) {
    const row = this.account(email);
    await row.getByRole("button", { name: `${disabled ? "Disable" : "Enable"} ${email}` }).click();
    await expect(row.getByRole("status")).toContainText(disabled ? "Disabled and signed out everywhere." : "Enabled: can sign in again.");
  }

  async changeRole(email: string, role: "reviewer" | "editor" | "admin") {
    const row = this.account(email);
    await row.getByLabel(`Role of ${email}`).selectOption(role);
    await row.getByRole("button", { name: "Change role" }).click();
  }
}
