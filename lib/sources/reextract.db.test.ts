import { asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, citations, claims, notes, sources, verdicts } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import { EXTRACTOR_VERSION, extractClaims } from "@/lib/engine";
import type { Claim, Extraction } from "@/lib/engine/types";
import { addCitation } from "@/lib/citations/mutations";
import { addManualClaim, markNotAClaim } from "@/lib/claims/mutations";
import { addNote } from "@/lib/notes/mutations";
import { citationForm, makeUser } from "@/lib/users/testing";
import { publishVerdict, takeClaim } from "@/lib/workflow/mutations";
import { importDocument } from "./import";
import { reextractAll } from "./reextract";

const TEXT = [
  "Regional jobs report",
  "",
  "Employers in the region added 275,000 jobs in February, the statistics office said on Friday.",
  "",
  "Unemployment fell to 3.9 percent, while wages rose 4.3 percent over the year.",
  "",
  "The program enrolled 12,400 apprentices across 85 towns in 2023, at a cost of $310 million.",
  "",
  "Officials expect a further 2 percent rise in hiring next spring.",
].join("\n");

/**
 * An "older extractor": the real one with its percentages missed, its subjects worded differently,
 * and one figure the real extractor does not report ("Friday" read as a count).
 */
function olderExtractor(text: string): Extraction {
  const current = extractClaims(text);
  const kept = current.claims.filter((claim) => claim.unit !== "percent").map((claim) => ({ ...claim, subject: `old: ${claim.subject}` }));
  const start = text.indexOf("Friday");
  const sentenceStart = text.lastIndexOf("\n", start) + 1;
  const bogus: Claim = {
    start,
    end: start + "Friday".length,
    text: "Friday",
    value: 5,
    unit: "count",
    subject: "weekday",
    sentence: { start: sentenceStart, end: text.indexOf("\n", start) },
    checkworthiness: 0.1,
  };
  return { claims: [...kept, bogus].sort((a, b) => a.start - b.start), checks: [] };
}

/** Letters only, so the extractor finds no figure in it. */
const nonce = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

describe("reextract", () => {
  it("keeps every review and claim id, updates engine fields, adds new figures, marks lost ones; a second run changes nothing", async () => {
    const { db } = testDatabase();
    const reviewer = await makeUser(db, "reviewer");
    const editor = await makeUser(db, "editor");
    const imported = await importDocument(
      db,
      { text: `${TEXT}\n\nRun ${nonce()}.` },
      { extract: olderExtractor, extractorVersion: "old-1" },
    );
    const sourceId = imported.sourceId;
    const [source] = await db.select().from(sources).where(eq(sources.id, sourceId));
    const body = source?.body ?? "";
    const before = await db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.start));
    const find = (text: string) => {
      const claim = before.find((c) => c.text === text);
      if (!claim) throw new Error(`no ${text} among ${before.map((c) => c.text).join(", ")}`);
      return claim;
    };
    const jobs = find("275,000");
    const apprentices = find("12,400");
    const cost = find("$310 million");
    const bogus = find("Friday");
    expect(before.some((c) => c.unit === "percent")).toBe(false);

    // Review work of every kind.
    expect((await addCitation(db, reviewer, citationForm(jobs.id))).state.ok).toBe(true);
    expect((await addNote(db, reviewer, { claimId: String(apprentices.id), body: "Ask for the town list." })).state.ok).toBe(true);
    expect((await takeClaim(db, reviewer, { claimId: String(cost.id), version: String(cost.version) })).state.ok).toBe(true);
    const [costNow] = await db.select({ version: claims.version }).from(claims).where(eq(claims.id, cost.id));
    const published = await publishVerdict(db, editor, {
      claimId: String(cost.id),
      version: String(costNow?.version),
      rating: "accurate",
      summary: "Matches the budget.",
      rationale: "The budget line shows $310 million.",
    });
    expect(published.state.ok).toBe(true);
    expect(
      (await markNotAClaim(db, reviewer, { claimId: String(bogus.id), version: String(bogus.version), reason: "A weekday" })).state.ok,
    ).toBe(true);
    const manualStart = body.indexOf("85 towns");
    expect(
      (
        await addManualClaim(db, reviewer, {
          sourceId: String(sourceId),
          start: String(manualStart),
          end: String(manualStart + 8),
          subject: "towns",
        })
      ).state.ok,
    ).toBe(true);

    const reviewed = await db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.id));
    const historyBefore = await db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.claimId,
          reviewed.map((c) => c.id),
        ),
      )
      .orderBy(asc(auditLog.id));

    const summary = await reextractAll(db);
    expect(summary.failed).toEqual([]);
    expect(summary.claimsAdded).toBeGreaterThanOrEqual(3);

    const after = await db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.id));
    // Nothing deleted; every old id is still here with its workflow state.
    for (const old of reviewed) {
      const now = after.find((c) => c.id === old.id);
      expect(now, `claim ${old.id} ${old.text}`).toBeDefined();
      expect(now).toMatchObject({
        status: old.status,
        notAClaim: old.notAClaim,
        assigneeId: old.assigneeId,
        start: old.start,
        end: old.end,
        text: old.text,
        origin: old.origin,
      });
    }
    const byId = (id: number) => after.find((c) => c.id === id);
    // Engine fields now come from the current extractor.
    const current = extractClaims(body).claims.find((c) => c.text === "275,000");
    expect(byId(jobs.id)).toMatchObject({ subject: current?.subject, missingFromExtraction: false, changedAfterReview: false });
    expect(byId(jobs.id)?.subject.startsWith("old:")).toBe(false);
    // The figure the current extractor does not report: kept, marked, still not-a-claim.
    expect(byId(bogus.id)).toMatchObject({ missingFromExtraction: true, notAClaim: true, subject: "weekday" });
    // The manual claim is untouched.
    const manual = after.find((c) => c.origin === "manual");
    expect(manual).toMatchObject({ subject: "towns", missingFromExtraction: false, text: "85 towns" });
    // New figures: the percentages.
    expect(
      after
        .filter((c) => c.unit === "percent")
        .map((c) => c.text)
        .sort(),
    ).toEqual(["2 percent", "3.9 percent", "4.3 percent"]);
    // No duplicates of any span.
    expect(new Set(after.map((c) => `${c.start}:${c.end}:${c.origin}`)).size).toBe(after.length);

    // Reviews still hang on the same ids.
    expect(await db.$count(citations, eq(citations.claimId, jobs.id))).toBe(1);
    expect(await db.$count(notes, eq(notes.claimId, apprentices.id))).toBe(1);
    const [verdict] = await db.select().from(verdicts).where(eq(verdicts.claimId, cost.id));
    expect(verdict).toMatchObject({ state: "published", rating: "accurate" });
    expect(byId(cost.id)?.status).toBe("published");
    // History: everything from before, in order, plus the re-extraction entries.
    const historyAfter = await db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.claimId,
          reviewed.map((c) => c.id),
        ),
      )
      .orderBy(asc(auditLog.id));
    expect(historyAfter.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(historyAfter.slice(historyBefore.length).every((entry) => entry.action === "claim.reextracted")).toBe(true);
    expect(historyAfter.some((entry) => entry.claimId === jobs.id && entry.action === "claim.reextracted")).toBe(true);

    const [updatedSource] = await db.select().from(sources).where(eq(sources.id, sourceId));
    expect(updatedSource?.extractorVersion).toBe(EXTRACTOR_VERSION);

    // Idempotent: a second run writes nothing.
    const auditRows = await db.$count(auditLog);
    const again = await reextractAll(db);
    expect(again).toMatchObject({ sourcesChanged: 0, claimsUpdated: 0, claimsAdded: 0, claimsMarkedMissing: 0, failed: [] });
    expect(await db.$count(auditLog)).toBe(auditRows);
    expect(await db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.id))).toEqual(after);
  });

  it("finds a claim again that an earlier extractor run had marked missing", async () => {
    const { db } = testDatabase();
    const imported = await importDocument(db, { text: `${TEXT}\n\nAgain ${nonce()}.` });
    const dropJobs = (text: string): Extraction => {
      const extraction = extractClaims(text);
      return { ...extraction, claims: extraction.claims.filter((c) => c.text !== "275,000") };
    };
    const first = await reextractAll(db, { extract: dropJobs, extractorVersion: "regressed" });
    expect(first.claimsMarkedMissing).toBeGreaterThanOrEqual(1);
    const [missing] = await db
      .select()
      .from(claims)
      .where(eq(claims.sourceId, imported.sourceId))
      .then((rows) => rows.filter((c) => c.text === "275,000"));
    expect(missing?.missingFromExtraction).toBe(true);
    const second = await reextractAll(db);
    expect(second.claimsFoundAgain).toBeGreaterThanOrEqual(1);
    const [found] = await db
      .select()
      .from(claims)
      .where(eq(claims.id, missing?.id ?? -1));
    expect(found?.missingFromExtraction).toBe(false);
  });

  it("brings a reviewed claim's subject, range, unit of measure and attributes up to date and keeps its review", async () => {
    const { db } = testDatabase();
    const reviewer = await makeUser(db, "reviewer");
    const editor = await makeUser(db, "editor");
    const text = [
      `District outlook ${nonce()}`,
      "",
      "Enrollment is expected to grow between 4 and 5 percent next year, Superintendent Ana Ruiz said.",
      "",
      "The county's mills shipped 3.2 million metric tons of steel in 2024.",
    ].join("\n");
    const tag = text.slice(0, text.indexOf("\n"));
    const at = (body: string, figure: string, fields: Omit<Claim, "start" | "end" | "text" | "sentence" | "checkworthiness">): Claim => {
      const start = body.indexOf(figure);
      const sentence = { start: body.lastIndexOf("\n", start) + 1, end: body.indexOf(".", start + figure.length) + 1 };
      return { start, end: start + figure.length, text: figure, sentence, checkworthiness: 0.8, ...fields };
    };
    // Other sources in this database get the current engine, as the command would give them.
    const only =
      (claimsOf: (body: string) => Claim[]) =>
      (body: string): Extraction =>
        body.startsWith(tag) ? { claims: claimsOf(body), checks: [] } : extractClaims(body);
    // What an extractor before issue 11 stored: the range's low end only, the measure inside the subject.
    const before = only((body) => [
      at(body, "4 and 5 percent", { value: 4, unit: "percent", subject: "old: enrollment" }),
      at(body, "3.2 million", { value: 3_200_000, unit: "count", subject: "old: metric tons of steel" }),
    ]);
    // The engine of issue 11: the range's upper end, the unit of measure, and better attributes.
    const now = only((body) => [
      at(body, "4 and 5 percent", {
        value: 4,
        upperValue: 5,
        unit: "percent",
        subject: "enrollment growth",
        timeScope: "next year",
        speaker: "Superintendent Ana Ruiz",
        bound: "approximate",
        direction: "increase",
      }),
      at(body, "3.2 million metric tons", {
        value: 3_200_000,
        unit: "count",
        measure: "metric tons",
        subject: "steel shipped by the county's mills",
        timeScope: "2024",
      }),
    ]);
    const imported = await importDocument(db, { text }, { extract: before, extractorVersion: "before-11" });
    const stored = await db.select().from(claims).where(eq(claims.sourceId, imported.sourceId)).orderBy(asc(claims.start));
    const [range, tons] = stored;
    if (!range || !tons) throw new Error("the import stored too few claims");
    expect(range).toMatchObject({ subject: "old: enrollment", upperValue: null, measure: null });

    // A full review on the range, a citation and a note on the tonnage.
    expect((await takeClaim(db, reviewer, { claimId: String(range.id), version: String(range.version) })).state.ok).toBe(true);
    expect((await addCitation(db, reviewer, citationForm(range.id))).state.ok).toBe(true);
    expect((await addNote(db, reviewer, { claimId: String(range.id), body: "Ask the district for the model." })).state.ok).toBe(true);
    const [rangeNow] = await db.select({ version: claims.version }).from(claims).where(eq(claims.id, range.id));
    const published = await publishVerdict(db, editor, {
      claimId: String(range.id),
      version: String(rangeNow?.version),
      rating: "mostly_accurate",
      summary: "The model gives 4.2 to 4.9 percent.",
      rationale: "The district's projection.",
    });
    expect(published.state.ok).toBe(true);
    expect((await addNote(db, reviewer, { claimId: String(tons.id), body: "Check the trade figures." })).state.ok).toBe(true);
    const historyBefore = await db.select().from(auditLog).where(eq(auditLog.claimId, range.id)).orderBy(asc(auditLog.id));

    const summary = await reextractAll(db, { extract: now, extractorVersion: "issue-11" });
    expect(summary.failed).toEqual([]);
    const after = await db.select().from(claims).where(eq(claims.sourceId, imported.sourceId)).orderBy(asc(claims.start));
    expect(after.map((c) => c.id)).toEqual([range.id, tons.id]);
    expect(after[0]).toMatchObject({
      id: range.id,
      text: "4 and 5 percent",
      value: 4,
      upperValue: 5,
      subject: "enrollment growth",
      timeScope: "next year",
      speaker: "Superintendent Ana Ruiz",
      bound: "approximate",
      direction: "increase",
      // The review stays: same status and assignee, and the figure's words did not change.
      status: "published",
      assigneeId: reviewer.id,
      changedAfterReview: false,
      missingFromExtraction: false,
    });
    // The widened span keeps its id and takes the unit of measure out of the subject.
    expect(after[1]).toMatchObject({
      id: tons.id,
      text: "3.2 million metric tons",
      measure: "metric tons",
      subject: "steel shipped by the county's mills",
      changedAfterReview: false,
    });

    expect(await db.$count(citations, eq(citations.claimId, range.id))).toBe(1);
    expect(await db.$count(notes, eq(notes.claimId, range.id))).toBe(1);
    expect(await db.$count(notes, eq(notes.claimId, tons.id))).toBe(1);
    expect(
      await db.select({ state: verdicts.state, rating: verdicts.rating }).from(verdicts).where(eq(verdicts.claimId, range.id)),
    ).toEqual([{ state: "published", rating: "mostly_accurate" }]);
    const historyAfter = await db.select().from(auditLog).where(eq(auditLog.claimId, range.id)).orderBy(asc(auditLog.id));
    expect(historyAfter.slice(0, historyBefore.length)).toEqual(historyBefore);
    const reextracted = historyAfter.at(-1);
    expect(reextracted).toMatchObject({
      action: "claim.reextracted",
      before: { subject: "old: enrollment", upperValue: null },
      after: { subject: "enrollment growth", upperValue: 5, extractorVersion: "issue-11" },
    });

    // Idempotent with the new fields too.
    const again = await reextractAll(db, { extract: now, extractorVersion: "issue-11" });
    expect(again).toMatchObject({ sourcesChanged: 0, claimsUpdated: 0, claimsAdded: 0 });
  });
});
