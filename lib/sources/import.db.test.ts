import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, citations, claims, notes, sources } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import { addCitation } from "@/lib/citations/mutations";
import { addNote } from "@/lib/notes/mutations";
import { citationForm, makeUser } from "@/lib/users/testing";
import type { Claim, Extraction } from "@/lib/engine/types";
import { ImportError, importDocument, importDocuments } from "./import";
import { sha256Hex } from "@/lib/ingest/normalize";

let serial = 0;
/** A release of a few paragraphs with figures, unique per call. */
// Letters only in the tag: a random "6-5k" in the text would be read as one more figure.
function release(
  tag = `r${"abcdefghij"[++serial % 10]}-${Math.random()
    .toString(36)
    .slice(2, 8)
    .replace(/\d/g, (d) => "klmnopqrst"[Number(d)]!)}`,
) {
  return [
    `Agency report ${tag}`,
    "",
    `The agency said border officials recorded 1.8 million known gotaways in fiscal year 2023, up 12 percent from the year before.`,
    "",
    `Unemployment in the region fell to 3.9 percent in March, the lowest rate since 2019, according to the ${tag} survey.`,
    "",
    `The program spent $4.2 billion on 310 new schools, and 45 percent of them opened ahead of schedule.`,
  ].join("\n");
}

async function claimsOf(sourceId: number) {
  const { db } = testDatabase();
  return db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.start));
}

describe("importDocument", () => {
  it("creates a source with its claims and an audit row", async () => {
    const { db } = testDatabase();
    const text = release();
    const outcome = await importDocument(db, { text, title: "Border report", publisher: "Agency", publishedAt: "2024-01-05" });
    expect(outcome.kind).toBe("created");
    if (outcome.kind !== "created") return;
    expect(outcome.claims).toBeGreaterThanOrEqual(4);
    const stored = await claimsOf(outcome.sourceId);
    expect(stored).toHaveLength(outcome.claims);
    expect(stored.map((c) => c.text)).toContain("1.8 million");
    const [source] = await db.select().from(sources).where(eq(sources.id, outcome.sourceId));
    expect(source).toMatchObject({
      title: "Border report",
      publisher: "Agency",
      publishedAt: "2024-01-05",
      version: 1,
      contentHash: sha256Hex(text),
    });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "source"), eq(auditLog.entityId, String(outcome.sourceId))));
    expect(audit.map((a) => a.action)).toEqual(["source.imported"]);
  });

  it("treats the same text as one source, whatever its line endings or metadata", async () => {
    const { db } = testDatabase();
    const text = release();
    const first = await importDocument(db, { text });
    const again = await importDocument(db, { text: `\uFEFF${text.replaceAll("\n", "\r\n")}  \n\n\n`, title: "Other title" });
    expect(again).toEqual({ kind: "unchanged", sourceId: first.sourceId });
  });

  it("derives a title from the first line when none is given", async () => {
    const { db } = testDatabase();
    const outcome = await importDocument(db, { text: release("titled") + " extra" });
    const [source] = await db.select({ title: sources.title }).from(sources).where(eq(sources.id, outcome.sourceId));
    expect(source?.title).toBe("Agency report titled");
  });

  it("refuses an empty text and bad metadata with a clear message, writing nothing", async () => {
    const { db } = testDatabase();
    const before = await db.$count(sources);
    await expect(importDocument(db, { text: " \n\t " })).rejects.toThrow(new ImportError("empty", "The release has no text."));
    await expect(importDocument(db, { text: release(), publishedAt: "31/03/2026" })).rejects.toThrow(/calendar date/);
    await expect(importDocument(db, { text: release(), url: "ftp://example.org/x" })).rejects.toThrow(/http/);
    // A batch with one bad document stores none of them.
    await expect(importDocuments(db, [{ text: release() }, { text: "" }])).rejects.toThrow(ImportError);
    expect(await db.$count(sources)).toBe(before);
  });

  it("imports a batch in order: duplicates within it are unchanged, a repeated URL becomes a version", async () => {
    const { db } = testDatabase();
    const a = release();
    const b = release();
    const url = `https://example.org/press/${serial}`;
    const outcomes = await importDocuments(db, [{ text: a, url }, { text: a }, { text: b, url }, { text: release() }]);
    expect(outcomes.map((o) => o.kind)).toEqual(["created", "unchanged", "new_version", "created"]);
    expect(outcomes[1]?.sourceId).toBe(outcomes[0]?.sourceId);
    const third = outcomes[2];
    expect(third?.kind === "new_version" && third.previousSourceId).toBe(outcomes[0]?.sourceId);
  });
});

describe("a new version of a source", () => {
  it("moves the claims with their reviews, re-anchored; flags changed reviewed text; keeps lost quotes as orphans", async () => {
    const { db } = testDatabase();
    const reviewer = await makeUser(db, "reviewer");
    const url = `https://example.org/press/versioned-${++serial}`;
    const oldText = release();
    const first = await importDocument(db, { text: oldText, url, title: "First" });
    const old = await claimsOf(first.sourceId);
    const byText = (rows: typeof old, text: string) => {
      const found = rows.find((c) => c.text === text);
      if (!found) throw new Error(`no claim ${text} in ${rows.map((c) => c.text).join(", ")}`);
      return found;
    };
    const gotaways = byText(old, "1.8 million");
    const unemployment = byText(old, "3.9 percent");
    const schools = byText(old, "310");
    const citation = await addCitation(db, reviewer, citationForm(gotaways.id));
    expect(citation.state.ok).toBe(true);
    expect((await addNote(db, reviewer, { claimId: String(unemployment.id), body: "Check the survey." })).state.ok).toBe(true);

    // Edited release: a paragraph inserted at the top (everything shifts), the unemployment figure
    // revised, the schools sentence removed.
    const newText = oldText
      .replace("\n\nThe agency said", "\n\nCorrection appended on Friday after a reader's question.\n\nThe agency said")
      .replace("fell to 3.9 percent", "fell to 4.1 percent")
      .replace(/The program spent .*$/, "The program will report again next year.");
    const outcome = await importDocument(db, { text: newText, url });
    expect(outcome).toMatchObject({ kind: "new_version", previousSourceId: first.sourceId, changedAfterReview: 1 });
    if (outcome.kind !== "new_version") return;

    const [source] = await db.select().from(sources).where(eq(sources.id, outcome.sourceId));
    expect(source).toMatchObject({ version: 2, previousVersionId: first.sourceId, title: "First", url });

    const moved = await claimsOf(outcome.sourceId);
    const movedGotaways = moved.find((c) => c.id === gotaways.id);
    expect(movedGotaways).toMatchObject({ text: "1.8 million", changedAfterReview: false, orphaned: false });
    expect(newText.slice(movedGotaways?.start, movedGotaways?.end)).toBe("1.8 million");
    const movedUnemployment = moved.find((c) => c.id === unemployment.id);
    expect(movedUnemployment).toMatchObject({ text: "4.1 percent", value: 4.1, changedAfterReview: true });
    // The citation and note still belong to the same claims.
    const [cited] = await db.select().from(citations).where(eq(citations.claimId, gotaways.id));
    expect(cited?.claimId).toBe(gotaways.id);
    expect(await db.$count(notes, eq(notes.claimId, unemployment.id))).toBe(1);

    // The schools figure is gone from the text: it stays on version 1, marked, not deleted.
    const [orphan] = await db.select().from(claims).where(eq(claims.id, schools.id));
    expect(orphan).toMatchObject({ sourceId: first.sourceId, orphaned: true });
    expect(outcome.reanchored).toBe(moved.filter((c) => old.some((o) => o.id === c.id)).length);

    const history = await db.select().from(auditLog).where(eq(auditLog.claimId, unemployment.id)).orderBy(asc(auditLog.id));
    expect(history.map((h) => h.action)).toEqual(["note.added", "claim.reanchored"]);
    expect(history[1]?.after).toMatchObject({ changedAfterReview: true, textChanged: true });
    expect(await db.$count(auditLog, eq(auditLog.claimId, schools.id))).toBe(1);

    // The same new text again is unchanged.
    expect(await importDocument(db, { text: newText, url })).toEqual({ kind: "unchanged", sourceId: outcome.sourceId });
  });

  it("stores the engine's range and unit of measure, on a new source and on a new version", async () => {
    const { db } = testDatabase();
    const extract = (body: string): Extraction => {
      const found: Claim[] = [];
      for (const [figure, fields] of [
        ["between 4 and 5 percent", { value: 5, upperValue: 4, unit: "percent" }],
        ["3.2 million metric tons", { value: 3_200_000, unit: "count", measure: "metric tons" }],
      ] as const) {
        const start = body.indexOf(figure);
        if (start < 0) continue;
        const sentence = { start: body.lastIndexOf("\n", start) + 1, end: body.indexOf(".", start + figure.length) + 1 };
        found.push({ start, end: start + figure.length, text: figure, subject: "s", sentence, checkworthiness: 0.5, ...fields });
      }
      return { claims: found, checks: [] };
    };
    const url = `https://example.org/outlook-${Math.random().toString(36).slice(2, 8)}`;
    const first = "Outlook\n\nEnrollment is expected to grow between 4 and 5 percent next year.";
    const created = await importDocuments(db, [{ text: first, url }], { extract });
    const [range] = await claimsOf(created[0]?.sourceId ?? -1);
    // The ends came the wrong way round: stored low to high.
    expect(range).toMatchObject({ text: "between 4 and 5 percent", value: 4, upperValue: 5, measure: null });

    const second = `${first}\n\nThe mills shipped 3.2 million metric tons of steel.`;
    const versioned = await importDocument(db, { text: second, url }, { extract });
    expect(versioned.kind).toBe("new_version");
    const after = await claimsOf(versioned.sourceId);
    expect(after.map((c) => [c.id === range?.id, c.text, c.value, c.upperValue, c.measure])).toEqual([
      [true, "between 4 and 5 percent", 4, 5, null],
      [false, "3.2 million metric tons", 3_200_000, null, "metric tons"],
    ]);
  });
});
