import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, citations, claimDataMatches, claims, dataSuggestionDecisions, datasets } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import { importDocument } from "@/lib/sources/import";
import { makeUser } from "@/lib/users/testing";
import { publishVerdict, setCitationPublic, takeClaim } from "@/lib/workflow/mutations";
import type { Actor } from "@/lib/core/roles";
import { acceptSuggestion, deleteDataset, rejectSuggestion, updateDataset } from "./mutations";
import { chunksOf } from "./parse";
import { getDatasetPage, listDatasets } from "./queries";
import { importDataset } from "./store";
import { claimsMatchingDataset, refreshDataMatches, refreshDataMatchesForDataset, suggestionsForClaim } from "./suggestions";

const TABLE = [
  "Enforcement,FY22,FY23,FY24",
  "Office of Field Operations (OFO),551930,1137452,1343823",
  "U.S. Border Patrol (USBP),2214652,2063692,1577319",
  "Total Enforcement Encounters,2766582,3201144,2901142",
].join("\n");

let reviewer: Actor;
let otherReviewer: Actor;
let editor: Actor;
let datasetId: number;
let rightClaim: number;
let wrongClaim: number;

beforeAll(async () => {
  const { db } = testDatabase();
  reviewer = await makeUser(db, "reviewer");
  otherReviewer = await makeUser(db, "reviewer");
  editor = await makeUser(db, "editor");
  const tag = Math.random().toString(36).slice(2, 8);
  const imported = await importDataset(db, {
    source: chunksOf(new TextEncoder().encode(`${TABLE}\nZebra ${tag},1,2,3\n`)),
    details: { title: "CBP enforcement statistics, FY2022–FY2024", publisher: "U.S. Customs and Border Protection" },
    actorId: reviewer.id,
  });
  if (imported.kind !== "created") throw new Error("dataset not created");
  datasetId = imported.datasetId;
  const release = await importDocument(db, {
    text: `CBP release ${tag}\n\nTotal enforcement encounters reached 3.2 million in FY2023, CBP said.\n\nThe Border Patrol recorded 1.9 million encounters in FY2024.`,
  });
  const stored = await db.select({ id: claims.id, text: claims.text }).from(claims).where(eq(claims.sourceId, release.sourceId));
  rightClaim = stored.find((c) => c.text === "3.2 million")?.id ?? 0;
  wrongClaim = stored.find((c) => c.text === "1.9 million")?.id ?? 0;
  expect(rightClaim).toBeGreaterThan(0);
  expect(wrongClaim).toBeGreaterThan(0);
});

describe("suggestions for a stored claim", () => {
  it("finds the dataset in the database and ranks the matching cell first, agreeing or differing", async () => {
    const { db } = testDatabase();
    const [best] = await suggestionsForClaim(db, rightClaim);
    expect(best).toMatchObject({ datasetId, description: "Total Enforcement Encounters, FY2023", value: 3_201_144, decision: null });
    expect(best?.agreement.sentence).toBe("3.2 million covers 3,150,000–3,250,000: agrees");
    const [wrong] = await suggestionsForClaim(db, wrongClaim);
    expect(wrong).toMatchObject({ datasetId, description: "U.S. Border Patrol (USBP), FY2024", value: 1_577_319 });
    expect(wrong?.agreement.sentence).toBe("differs by 20% from 1,577,319");
    expect(await refreshDataMatches(db, [rightClaim, wrongClaim])).toBe(2);
  });

  it("accepting makes a citation with the dataset as source and the value as figure, in one audited transaction", async () => {
    const { db } = testDatabase();
    const [best] = await suggestionsForClaim(db, wrongClaim);
    if (!best) throw new Error("no suggestion");
    const input = { claimId: String(wrongClaim), datasetId: String(datasetId), candidateKey: best.key, siteOrigin: "https://desk.example" };
    expect((await acceptSuggestion(db, null, input)).state).toMatchObject({ ok: false, error: "Sign in to do this." });
    const accepted = await acceptSuggestion(db, reviewer, input);
    expect(accepted.state.ok).toBe(true);
    const citationId = accepted.state.ok ? (accepted.state.id ?? 0) : 0;
    const [citation] = await db.select().from(citations).where(eq(citations.id, citationId));
    expect(citation).toMatchObject({
      claimId: wrongClaim,
      title: "CBP enforcement statistics, FY2022–FY2024",
      figure: 1_577_319,
      stance: "contradicts",
      authorId: reviewer.id,
    });
    expect(citation?.url).toBe(`https://desk.example/datasets/${datasetId}`);
    expect(citation?.quote).toContain("U.S. Border Patrol (USBP), FY2024: 1,577,319");
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "data_suggestion.accepted"), eq(auditLog.entityId, String(citationId))));
    expect(audit).toHaveLength(1);
    expect((await acceptSuggestion(db, reviewer, input)).state).toMatchObject({
      ok: false,
      error: "This suggestion is already a citation.",
    });
    // A key the server does not offer is refused, whatever the form says.
    expect((await acceptSuggestion(db, reviewer, { ...input, candidateKey: "cell|x|y||FY2024|" })).state.ok).toBe(false);
    const [after] = await suggestionsForClaim(db, wrongClaim);
    expect(after?.decision).toBe("accepted");
  });

  it("remembers a rejection and offers the rejected candidate last", async () => {
    const { db } = testDatabase();
    const before = await suggestionsForClaim(db, rightClaim);
    const first = before[0];
    if (!first) throw new Error("no suggestion");
    const rejected = await rejectSuggestion(db, otherReviewer, {
      claimId: String(rightClaim),
      datasetId: String(datasetId),
      candidateKey: first.key,
    });
    expect(rejected.state.ok).toBe(true);
    const after = await suggestionsForClaim(db, rightClaim);
    expect(after[0]?.key).not.toBe(first.key);
    expect(after.at(-1)).toMatchObject({ key: first.key, decision: "rejected" });
    const [row] = await db
      .select()
      .from(dataSuggestionDecisions)
      .where(and(eq(dataSuggestionDecisions.claimId, rightClaim), eq(dataSuggestionDecisions.candidateKey, first.key)));
    expect(row).toMatchObject({ decision: "rejected", actorId: otherReviewer.id, citationId: null });
  });
});

describe("who may edit and delete a dataset, and who sees it", () => {
  it("lets the person who added it and editors edit, not another reviewer; checks the version", async () => {
    const { db } = testDatabase();
    const [row] = await db.select().from(datasets).where(eq(datasets.id, datasetId));
    if (!row) throw new Error("no dataset");
    const form = (editVersion: number, title: string) => ({
      datasetId: String(datasetId),
      editVersion: String(editVersion),
      title,
      publisher: "U.S. Customs and Border Protection",
      columnTypes: row.columns.map((c) => c.type),
    });
    expect((await updateDataset(db, otherReviewer, form(row.editVersion, "Hijacked"))).state).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Only the person who added/),
    });
    expect((await updateDataset(db, reviewer, form(row.editVersion, "CBP enforcement statistics, FY2022–FY2024"))).state.ok).toBe(true);
    expect((await updateDataset(db, editor, form(row.editVersion, "Stale"))).state).toMatchObject({ ok: false, conflict: true });
    const [stored] = await db
      .select({ title: datasets.title, editVersion: datasets.editVersion })
      .from(datasets)
      .where(eq(datasets.id, datasetId));
    expect(stored).toEqual({ title: "CBP enforcement statistics, FY2022–FY2024", editVersion: row.editVersion + 1 });
  });

  it("shows the public a dataset only once a published verdict cites it publicly", async () => {
    const { db } = testDatabase();
    expect(await getDatasetPage(db, null, datasetId)).toBeNull();
    expect((await listDatasets(db, null)).map((d) => d.id)).not.toContain(datasetId);
    expect((await getDatasetPage(db, reviewer, datasetId))?.title).toBe("CBP enforcement statistics, FY2022–FY2024");

    const [citation] = await db.select().from(citations).where(eq(citations.claimId, wrongClaim));
    if (!citation) throw new Error("no citation");
    expect(
      (await setCitationPublic(db, editor, { citationId: String(citation.id), version: String(citation.version), isPublic: "true" })).state
        .ok,
    ).toBe(true);
    expect(await getDatasetPage(db, null, datasetId)).toBeNull();
    const [claim] = await db.select({ version: claims.version }).from(claims).where(eq(claims.id, wrongClaim));
    expect((await takeClaim(db, editor, { claimId: String(wrongClaim), version: String(claim?.version) })).state.ok).toBe(true);
    const [taken] = await db.select({ version: claims.version }).from(claims).where(eq(claims.id, wrongClaim));
    const published = await publishVerdict(db, editor, {
      claimId: String(wrongClaim),
      version: String(taken?.version),
      rating: "false",
      summary: "CBP's table gives 1,577,319.",
      rationale: "The data says 1.58 million.",
    });
    expect(published.state.ok).toBe(true);
    const page = await getDatasetPage(db, null, datasetId);
    expect(page?.checkedClaims.map((c) => c.claimId)).toEqual([wrongClaim]);
    expect(page?.addedBy).toBeNull();
    expect((await listDatasets(db, null)).map((d) => d.id)).toContain(datasetId);
  });

  it("lets only editors delete, and not while a citation uses it", async () => {
    const { db } = testDatabase();
    const [row] = await db.select({ editVersion: datasets.editVersion }).from(datasets).where(eq(datasets.id, datasetId));
    const form = { datasetId: String(datasetId), editVersion: String(row?.editVersion) };
    expect((await deleteDataset(db, reviewer, form)).state).toMatchObject({ ok: false, error: "Only editors and admins can do this." });
    expect((await deleteDataset(db, editor, form)).state).toMatchObject({
      ok: false,
      error: expect.stringMatching(/1 citation use this dataset/),
    });
    const [other] = await db
      .select({ id: datasets.id, editVersion: datasets.editVersion })
      .from(datasets)
      .where(
        eq(
          datasets.id,
          await importDataset(db, {
            source: chunksOf(new TextEncoder().encode(`a,b\nx${Math.random()},1\n`)),
            details: { title: "scratch" },
            actorId: reviewer.id,
          }).then((o) => o.datasetId),
        ),
      );
    expect((await deleteDataset(db, editor, { datasetId: String(other?.id), editVersion: String(other?.editVersion) })).state.ok).toBe(
      true,
    );
    expect(await getDatasetPage(db, editor, other?.id ?? 0)).toBeNull();
  });
});

describe("a table inside a release", () => {
  it("becomes a dataset described by its release; a visitor cannot add one", async () => {
    const { db } = testDatabase();
    const { addReleaseTable } = await import("./add-release-table");
    const tag = Math.random().toString(36).slice(2, 8);
    const release = await importDocument(db, {
      text: `Monthly apprehensions ${tag}\n\nUACs | Family Members | All | |\n---|---|---|---|\nJuly 2015 | 4,182 | 4,503 | 28,388 |\nAugust 2015 | 4,638 | 5,159 | 30,239 |\n`,
      title: `DHS statement ${tag}`,
      publisher: "DHS",
    });
    expect(await addReleaseTable(db, null, { sourceId: String(release.sourceId), tableIndex: "0" })).toEqual({
      ok: false,
      error: "Sign in to do this.",
    });
    expect(await addReleaseTable(db, reviewer, { sourceId: String(release.sourceId), tableIndex: "3" })).toEqual({
      ok: false,
      error: "This release has no such table.",
    });
    const added = await addReleaseTable(db, reviewer, { sourceId: String(release.sourceId), tableIndex: "0" });
    if (!added.ok || added.outcome.kind !== "created") throw new Error("not added");
    expect(added.outcome.columns).toEqual([
      { name: "Label", type: "period" },
      { name: "UACs", type: "number" },
      { name: "Family Members", type: "number" },
      { name: "All", type: "number" },
    ]);
    const [stored] = await db
      .select({ title: datasets.title, publisher: datasets.publisher, rowCount: datasets.rowCount })
      .from(datasets)
      .where(eq(datasets.id, added.outcome.datasetId));
    expect(stored).toEqual({ title: `DHS statement ${tag} (table)`, publisher: "DHS", rowCount: 2 });
  });
});

describe("badges follow a dataset", () => {
  it("a dataset added badges the claims it checks; once deleted, they get their next best match", async () => {
    const { db } = testDatabase();
    const tag = Math.random().toString(36).slice(2, 8);
    const copy = await importDataset(db, {
      source: chunksOf(new TextEncoder().encode(`${TABLE}\nYak ${tag},1,2,3\n`)),
      details: { title: `Total enforcement encounters, CBP, FY2022–FY2024 (${tag})` },
      actorId: editor.id,
    });
    if (copy.kind !== "created") throw new Error("dataset not created");
    const badgeOf = async () => (await db.select().from(claimDataMatches).where(eq(claimDataMatches.claimId, rightClaim)))[0];
    await db.delete(claimDataMatches).where(eq(claimDataMatches.claimId, rightClaim));
    expect(await refreshDataMatchesForDataset(db, copy.datasetId)).toMatchObject({ badges: expect.any(Number) });
    const before = await badgeOf();
    expect(before?.agrees).toBe(true);
    expect([datasetId, copy.datasetId]).toContain(before?.datasetId);
    // The badged dataset goes (soft delete, as deleteDataset does): the refresh moves the badge to the other.
    const gone = before?.datasetId ?? -1;
    await db.update(datasets).set({ deletedAt: new Date() }).where(eq(datasets.id, gone));
    try {
      await refreshDataMatchesForDataset(db, gone);
      // The other table's matching cell (its agreeing cell may have been rejected above: then its next best).
      const after = await badgeOf();
      expect(after?.datasetId).toBe(gone === datasetId ? copy.datasetId : datasetId);
    } finally {
      await db.update(datasets).set({ deletedAt: null }).where(eq(datasets.id, gone));
    }
  });
});

describe("claims a dataset is checked against (trigram word similarity)", () => {
  it("asks whether the claim's subject appears among the dataset's names, not the other way round", async () => {
    const { db } = testDatabase();
    const tag = Math.random().toString(36).slice(2, 8);
    // A table with many category names: its search text is long, a subject is a few words of it.
    const rows = Array.from({ length: 150 }, (_, i) => `Quarnwick county ${tag} ${i},${i},${i + 1}`);
    const table = await importDataset(db, {
      source: chunksOf(new TextEncoder().encode(`County,2022,2023\nHospital admissions for asthma ${tag},10,12\n${rows.join("\n")}\n`)),
      details: { title: `Hospital admissions by county (${tag})` },
      actorId: editor.id,
    });
    if (table.kind !== "created") throw new Error("dataset not created");
    const release = await importDocument(db, {
      text: `Health release ${tag}\n\nHospital admissions for asthma ${tag} rose to 12 in 2023.\n\nThe zoo welcomed 4,512 penguins in 2023.`,
    });
    const stored = await db.select({ id: claims.id, text: claims.text }).from(claims).where(eq(claims.sourceId, release.sourceId));
    const admissions = stored.find((c) => c.text === "12")?.id;
    const penguins = stored.find((c) => c.text === "4,512")?.id;
    expect(admissions).toBeDefined();
    expect(penguins).toBeDefined();
    const found = await claimsMatchingDataset(db, table.datasetId);
    // word_similarity(subject, dataset text): the subject is found in the long text. The reverse
    // (the whole dataset text within a short subject) would score every subject near zero.
    expect(found).toContain(admissions);
    expect(found).not.toContain(penguins);
  });
});
