/**
 * "Also stated in" on PGlite and PostgreSQL, over short releases written for this test and the
 * engine's own extraction of them: linked when the statistic is the same, not when the value, the
 * unit or the subject differs; never the claim's own release or another version of it; the public
 * never sees a draft verdict or a workflow status.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { claims, sources } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import { listRelatedClaims } from "./related";
import { makeUser } from "@/lib/users/testing";
import { importDocument } from "@/lib/sources/import";
import { publishVerdict, saveVerdictDraft, takeClaim } from "@/lib/workflow/mutations";

let db: Db;
let editor: Actor;
let reviewer: Actor;

/** Stores a release through importDocuments (engine claims, quote selectors); returns its first claim. */
async function release(title: string, body: string, options: { previousVersionId?: number; publishedAt?: string } = {}) {
  const outcome = await importDocument(db, { text: body, title, publishedAt: options.publishedAt ?? null }, { extractorVersion: "test" });
  if (outcome.kind !== "created") throw new Error(`${title} was not created: ${outcome.kind}`);
  if (options.previousVersionId) {
    // Marked as a later version by hand: importing at the same URL would move the claims across.
    await db.update(sources).set({ previousVersionId: options.previousVersionId, version: 2 }).where(eq(sources.id, outcome.sourceId));
  }
  const [first] = await db
    .select({ id: claims.id, text: claims.text })
    .from(claims)
    .where(eq(claims.sourceId, outcome.sourceId))
    .orderBy(claims.start)
    .limit(1);
  if (!first) throw new Error(`the engine found no storable claim in ${JSON.stringify(body)}`);
  return { sourceId: outcome.sourceId, claimId: first.id, text: first.text };
}

const rel = {} as Record<
  "loans" | "loansDigits" | "loansRounded" | "loansEarlier" | "fluShots" | "loansMoney" | "oldVersion" | "newVersion" | "setAside",
  Awaited<ReturnType<typeof release>>
>;

beforeAll(async () => {
  db = testDatabase().db;
  editor = await makeUser(db, "editor");
  reviewer = await makeUser(db, "reviewer");
  rel.loans = await release("Libraries report", "Riverton libraries recorded 1.8 million library loans in 2023, the council said.", {
    publishedAt: "2024-01-10",
  });
  rel.loansDigits = await release(
    "Council annual report",
    "The council reported 1,800,000 library loans across Riverton branches last year.",
    { publishedAt: "2024-02-01" },
  );
  rel.loansRounded = await release("Branch figures", "In 2023 the branches handled 1.82 million library loans, a record.");
  rel.loansEarlier = await release("Libraries report 2019", "Riverton libraries recorded 1.5 million library loans in 2019.");
  rel.fluShots = await release("Clinic report", "Riverton clinics gave out 1.8 million flu shots in 2023.");
  rel.loansMoney = await release("Spending report", "The council spent $1.8 million on library loans in 2023.");
  // A release replaced by a newer version: only the newer one is shown.
  rel.oldVersion = await release("Mayor's letter", "Our branches lent 1.8 million library loans this year, the mayor wrote.");
  rel.newVersion = await release("Mayor's letter", "Our branches lent 1.8 million library loans this year, the mayor wrote in March.", {
    previousVersionId: rel.oldVersion.sourceId,
  });
  rel.setAside = await release("Newsletter", "Volunteers shelved 1.8 million library loans, the newsletter joked.");
  await db.update(claims).set({ notAClaim: true }).where(eq(claims.id, rel.setAside.claimId));
});

async function version(claimId: number): Promise<string> {
  const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, claimId));
  return String(row?.v);
}

async function ok(result: Promise<{ state: { ok: boolean } }>) {
  const { state } = await result;
  expect(state, JSON.stringify(state)).toMatchObject({ ok: true });
}

const ids = async (claimId: number, viewer: Actor | null = null) =>
  (await listRelatedClaims({ claimId, viewer })).claims.map((claim) => claim.id);

describe("listRelatedClaims", () => {
  it("links the same statistic stated in other releases, the closest first", async () => {
    const found = await ids(rel.loans.claimId);
    // 1,800,000 and the newest mayor's letter state it exactly; 1.82 million rounds to 1.8 million.
    expect([...found].sort((a, b) => a - b)).toEqual([rel.loansDigits.claimId, rel.loansRounded.claimId, rel.newVersion.claimId]);
    // The same words and the same value rank first.
    expect(found[0]).toBe(rel.loansDigits.claimId);
    // The link goes both ways.
    expect(await ids(rel.loansDigits.claimId)).toContain(rel.loans.claimId);
    expect(await ids(rel.loansRounded.claimId)).toContain(rel.loans.claimId);
  });

  it("does not link a different value, unit or subject", async () => {
    const found = await ids(rel.loans.claimId);
    expect(found).not.toContain(rel.loansEarlier.claimId); // 1.5 million
    expect(found).not.toContain(rel.loansMoney.claimId); // $1.8 million
    expect(found).not.toContain(rel.fluShots.claimId); // flu shots
    expect(await ids(rel.loansEarlier.claimId)).toEqual([]);
    expect(await ids(rel.fluShots.claimId)).toEqual([]);
    expect(await ids(rel.loansMoney.claimId)).toEqual([]);
  });

  it("never lists the release itself, another version of it, a replaced version or a claim set aside", async () => {
    const found = await ids(rel.loans.claimId);
    expect(found).not.toContain(rel.oldVersion.claimId);
    expect(found).not.toContain(rel.setAside.claimId);
    const fromNewVersion = await ids(rel.newVersion.claimId);
    expect(fromNewVersion).toContain(rel.loans.claimId);
    expect(fromNewVersion).not.toContain(rel.oldVersion.claimId);
    expect(fromNewVersion).not.toContain(rel.newVersion.claimId);
    expect(await ids(rel.setAside.claimId)).toEqual([]);
  });

  it("gives each release's title and date and the sentence around the figure", async () => {
    const { claims: found, total } = await listRelatedClaims({ claimId: rel.loans.claimId, viewer: null, limit: 1 });
    expect(total).toBe(3);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: rel.loansDigits.claimId,
      text: "1,800,000",
      source: { id: rel.loansDigits.sourceId, title: "Council annual report", publishedAt: "2024-02-01" },
      excerpt: { before: "The council reported ", figure: "1,800,000", after: " library loans across Riverton branches last year." },
      verdict: null,
    });
  });

  it("shows the public only published verdicts and no status; staff see the status too", async () => {
    await ok(takeClaim(db, reviewer, { claimId: String(rel.loansDigits.claimId), version: await version(rel.loansDigits.claimId) }));
    await ok(
      saveVerdictDraft(db, reviewer, {
        claimId: String(rel.loansDigits.claimId),
        version: await version(rel.loansDigits.claimId),
        rating: "false",
        summary: "DRAFT-ONLY summary",
        rationale: "DRAFT-ONLY rationale",
      }),
    );
    await ok(takeClaim(db, reviewer, { claimId: String(rel.loansRounded.claimId), version: await version(rel.loansRounded.claimId) }));
    await ok(
      publishVerdict(db, editor, {
        claimId: String(rel.loansRounded.claimId),
        version: await version(rel.loansRounded.claimId),
        rating: "mostly_accurate",
        summary: "The library service's own table gives 1.82 million.",
        rationale: "Rounded in the council's release.",
      }),
    );

    const publicView = await listRelatedClaims({ claimId: rel.loans.claimId, viewer: null });
    expect(JSON.stringify(publicView)).not.toContain("DRAFT-ONLY");
    expect(publicView.claims.every((claim) => !("status" in claim))).toBe(true);
    const draftOnly = publicView.claims.find((claim) => claim.id === rel.loansDigits.claimId);
    expect(draftOnly?.verdict).toBeNull();
    const published = publicView.claims.find((claim) => claim.id === rel.loansRounded.claimId);
    expect(published?.verdict).toMatchObject({ rating: "mostly_accurate", summary: "The library service's own table gives 1.82 million." });

    const staffView = await listRelatedClaims({ claimId: rel.loans.claimId, viewer: reviewer });
    expect(JSON.stringify(staffView)).not.toContain("DRAFT-ONLY");
    expect(staffView.claims.find((claim) => claim.id === rel.loansDigits.claimId)).toMatchObject({ status: "in_review", verdict: null });
    expect(staffView.claims.find((claim) => claim.id === rel.loansRounded.claimId)).toMatchObject({
      status: "published",
      verdict: { rating: "mostly_accurate" },
    });
  });

  it("finds nothing for an unknown id or a claim without a value", async () => {
    expect(await ids(2_147_483_000)).toEqual([]);
    expect(await ids(-5)).toEqual([]);
    await db
      .update(claims)
      .set({ value: null })
      .where(and(eq(claims.id, rel.loansEarlier.claimId)));
    expect(await ids(rel.loansEarlier.claimId)).toEqual([]);
  });
});
