import { expect, type Locator, type Page } from "@playwright/test";

/** The review part of `/claims/[id]`: citations, notes, not-a-claim and history. */
export class ClaimReviewPage {
  readonly review: Locator;
  readonly citations: Locator;
  readonly citationItems: Locator;
  readonly addCitation: Locator;
  readonly notes: Locator;
  readonly noteItems: Locator;
  readonly addNote: Locator;
  readonly history: Locator;
  readonly notAClaim: Locator;

  constructor(readonly page: Page) {
    // Signed out: "Review" (what an editor published); signed in: "Workflow" (the steps of the work).
    this.review = page.getByRole("region", { name: /^(Review|Workflow)$/ });
    this.citations = page.getByRole("region", { name: "Citations" });
    this.citationItems = this.citations.getByRole("listitem");
    this.addCitation = this.citations.locator("form").filter({ has: page.getByRole("button", { name: "Add citation" }) });
    this.notes = page.getByRole("region", { name: "Verification notes" });
    this.noteItems = this.notes.getByRole("listitem");
    this.addNote = this.notes.locator("form").filter({ has: page.getByRole("button", { name: "Add note" }) });
    this.history = page.getByRole("region", { name: "History" });
    this.notAClaim = page.getByRole("region", { name: "Not a claim?" });
  }

  /** Opens a claim by id; returns its path. */
  async goto(id: number) {
    const response = await this.page.goto(`/claims/${id}`);
    expect(response?.status()).toBe(200);
    await expect(this.review).toBeVisible();
  }

  /** The id of the first claim in the list: a real claim of the seeded database. */
  async firstClaimId(): Promise<number> {
    const response = await this.page.request.get("/api/claims?limit=1");
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { claims: { id: number }[] };
    const id = body.claims[0]?.id;
    if (id === undefined) throw new Error("the seeded database has no claims");
    return id;
  }

  async submitCitation(fields: {
    url: string;
    title: string;
    quote: string;
    publisher?: string;
    publishedOn?: string;
    stance?: "Supports" | "Contradicts" | "Context";
    figure?: string;
  }) {
    const form = this.addCitation;
    await form.getByLabel("Web address").fill(fields.url);
    await form.getByLabel("Title").fill(fields.title);
    if (fields.publisher) await form.getByLabel("Publisher").fill(fields.publisher);
    if (fields.publishedOn) await form.getByLabel("Published on").fill(fields.publishedOn);
    await form.getByLabel("Passage from the source").fill(fields.quote);
    if (fields.stance) await form.getByRole("radio", { name: fields.stance }).check();
    if (fields.figure) await form.getByLabel("Figure the source gives").fill(fields.figure);
    await form.getByRole("button", { name: "Add citation" }).click();
  }

  async submitNote(body: string) {
    await this.addNote.getByLabel("New note").fill(body);
    await this.addNote.getByRole("button", { name: "Add note" }).click();
  }

  citation(title: string): Locator {
    return this.citationItems.filter({ has: this.page.getByRole("link", { name: title }) });
  }
}
