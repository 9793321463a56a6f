import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/** The workflow part of `/claims/[id]` (signed in) and the verdict a signed-out visitor reads. */
export class ClaimWorkflowPage {
  readonly workflow: Locator;
  readonly verdictForm: Locator;
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.workflow = page.getByRole("region", { name: "Workflow" });
    this.verdictForm = this.workflow.locator("form").filter({ has: page.getByLabel("One-line summary") });
    this.verdict = page.getByRole("region", { name: "Verdict", exact: true });
  }

  async goto(id: number) {
    const response = await this.page.goto(`/claims/${id}`);
    expect(response?.status()).toBe(200);
  }

  button(name: string | RegExp): Locator {
    return this.workflow.getByRole("button", { name });
  }

  /** The status message or alert the last move left in the workflow panel. */
  message(text: string | RegExp): Locator {
    return this.workflow.getByText(text);
  }

  async fillVerdict(fields: { rating: string; summary: string; rationale: string }) {
    await this.verdictForm.getByRole("radio", { name: new RegExp(`^${fields.rating}`) }).check();
    await this.verdictForm.getByLabel("One-line summary").fill(fields.summary);
    await this.verdictForm.getByLabel("Rationale").fill(fields.rationale);
  }

  /** Every ClaimReview JSON-LD block of the page, parsed. */
  async jsonLd(): Promise<Record<string, unknown>[]> {
    const texts = await this.page.locator('script[type="application/ld+json"]').allTextContents();
    return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
  }
}

/** A seeded claim's id, found by a search and its figure, so each test works on a claim of its own. */
export async function claimIdByFigure(request: APIRequestContext, q: string, figure: string): Promise<number> {
  const response = await request.get(`/api/claims?q=${encodeURIComponent(q)}&limit=100`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { claims: { id: number; text: string }[] };
  const claim = body.claims.find((item) => item.text === figure);
  if (!claim) throw new Error(`no seeded claim "${figure}" for q=${q}`);
  return claim.id;
}
