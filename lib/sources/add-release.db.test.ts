/**
 * Adding releases on both databases, with real users: what is stored, what a duplicate or a new
 * version does, and that every refusal — bad input, a bad file, a failed write — changes nothing.
 */
import { and, asc, count, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, claims, sources } from "@/db/schema";
import { testDatabase } from "@/db/testing/test-db";
import type { Actor } from "@/lib/core/roles";
import { SIGN_IN_REQUIRED, UNEXPECTED_ERROR } from "@/db/mutation";
import { makeUser } from "@/lib/users/testing";
import { addRelease } from "./import";
import { convertFile } from "@/lib/ingest/convert";
import { toDraft } from "@/lib/ingest/draft";
import { IngestError } from "@/lib/ingest/errors";
import { makePdf } from "@/lib/ingest/testing/make-pdf";
import { metadataToken, updateSourceMetadata } from "./mutations";

let db: Db;
let reviewer: Actor;
let otherReviewer: Actor;
let editor: Actor;

beforeAll(async () => {
  db = testDatabase().db;
  reviewer = await makeUser(db, "reviewer");
  otherReviewer = await makeUser(db, "reviewer");
  editor = await makeUser(db, "editor");
});

let serial = 0;
/** A release text no other test uses (the content hash is unique per call). */
function releaseText(note = "") {
  serial += 1;
  return [
    `County transit report ${serial}${note}`,
    "",
    `Bus ridership rose 14 percent in 2024, to 3.2 million trips, the county said on day ${serial}.`,
    "The county spent $41.5 million on service, up from $38 million a year earlier.",
  ].join("\n");
}

async function counts() {
  const [[s], [c], [a]] = await Promise.all([
    db.select({ n: count() }).from(sources),
    db.select({ n: count() }).from(claims),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { sources: s?.n ?? 0, claims: c?.n ?? 0, audit: a?.n ?? 0 };
}

async function sourceRow(id: number) {
  const [row] = await db.select().from(sources).where(eq(sources.id, id));
  if (!row) throw new Error(`no source ${id}`);
  return row;
}

/** The page's path for a file: convert (the upload route), then add (the form's action). */
async function importFile(actor: Actor, bytes: Uint8Array, filename: string) {
  const draft = toDraft(await convertFile(bytes, { filename }), filename);
  return addRelease(db, actor, draft);
}

describe("adding a release", () => {
  it("stores a pasted release with its claims, its adder and one audit row", async () => {
    const before = await counts();
    const text = releaseText();
    const result = await addRelease(db, reviewer, {
      text,
      title: "  Transit report  ",
      publisher: "County Transit",
      publishedAt: "2024-05-02",
      url: "https://transit.example/news/report",
    });
    if (!result.ok || result.outcome.kind !== "created") throw new Error(JSON.stringify(result));

    const row = await sourceRow(result.outcome.sourceId);
    expect(row).toMatchObject({
      title: "Transit report",
      publisher: "County Transit",
      publishedAt: "2024-05-02",
      url: "https://transit.example/news/report",
      body: text,
      createdById: reviewer.id,
    });
    const stored = await db.select({ text: claims.text }).from(claims).where(eq(claims.sourceId, row.id)).orderBy(asc(claims.start));
    expect(stored.map((claim) => claim.text)).toEqual(expect.arrayContaining(["14 percent", "3.2 million", "$41.5 million"]));
    expect(result.outcome.claims).toBe(stored.length);

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "source"), eq(auditLog.entityId, String(row.id))));
    expect(entry).toMatchObject({ action: "source.imported", actorId: reviewer.id, after: { claims: stored.length } });
    expect(await counts()).toEqual({ sources: before.sources + 1, claims: before.claims + stored.length, audit: before.audit + 1 });
  });

  it("keeps one source for the same text, however its line endings and spaces differ", async () => {
    const text = releaseText();
    const first = await addRelease(db, reviewer, { text, title: "First" });
    if (!first.ok) throw new Error(first.error);
    const before = await counts();

    const again = await addRelease(db, otherReviewer, { text: `\uFEFF${text.replace(/\n/g, " \r\n")}\r\n\r\n`, title: "Second" });
    expect(again).toEqual({ ok: true, outcome: { kind: "unchanged", sourceId: first.outcome.sourceId } });
    expect(await counts()).toEqual(before);
    expect((await sourceRow(first.outcome.sourceId)).title).toBe("First");
  });

  it("makes a changed text at a known address a new version of that source", async () => {
    const url = `https://transit.example/news/versioned-${serial}`;
    const first = await addRelease(db, reviewer, { text: releaseText(), title: "Version one", url });
    if (!first.ok) throw new Error(first.error);
    const second = await addRelease(db, reviewer, {
      text: `${releaseText(" (corrected)")}\n\nRidership figures were revised.`,
      title: "Version two",
      url,
    });
    if (!second.ok || second.outcome.kind !== "new_version") throw new Error(JSON.stringify(second));
    expect(second.outcome.previousSourceId).toBe(first.outcome.sourceId);
    const row = await sourceRow(second.outcome.sourceId);
    expect(row).toMatchObject({ previousVersionId: first.outcome.sourceId, version: 2 });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "source"), eq(auditLog.entityId, String(row.id))));
    expect(entry).toMatchObject({ action: "source.versioned", actorId: reviewer.id, before: { sourceId: first.outcome.sourceId } });
  });

  it("refuses anonymous visitors and bad input, storing nothing", async () => {
    const before = await counts();
    expect(await addRelease(db, null, { text: releaseText(), title: "Anonymous" })).toEqual({ ok: false, error: SIGN_IN_REQUIRED });

    const bad = await addRelease(db, reviewer, {
      text: " \n ",
      title: "",
      publishedAt: "2024-02-30",
      url: "javascript:alert(1)",
      publisher: "x".repeat(201),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.fieldErrors).toEqual({
      text: ["Paste the release's text: there is nothing to import."],
      title: ["Enter the release's title."],
      publishedAt: ["That date does not exist."],
      url: ["Use a web address that starts with http:// or https://."],
      publisher: ["Keep the publisher to 200 characters or fewer."],
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a text over the size limit", async () => {
    const before = await counts();
    const result = await addRelease(db, reviewer, { text: releaseText(), title: "Too long" }, { maxBytes: 100 });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { text: [expect.stringMatching(/^This text is \d+ bytes; the limit is 100 bytes/)] },
    });
    expect(await counts()).toEqual(before);
  });

  it("rolls everything back when the write fails half-way", async () => {
    const before = await counts();
    // An actor id with no user row: the source insert or its audit row breaks a foreign key.
    const ghost: Actor = { id: 2_000_000_000, role: "reviewer" };
    const originalError = console.error;
    console.error = () => {};
    try {
      expect(await addRelease(db, ghost, { text: releaseText(), title: "Ghost" })).toEqual({ ok: false, error: UNEXPECTED_ERROR });
    } finally {
      console.error = originalError;
    }
    expect(await counts()).toEqual(before);
  });
});

describe("importing files", () => {
  it("imports an HTML page and a PDF with the metadata they carry", async () => {
    const html = `<!doctype html><html><head><title>Ignored</title><meta property="og:title" content="Parks budget grows">
      <meta property="og:site_name" content="Parks Department"><meta property="article:published_time" content="2024-06-01T09:00:00Z"></head>
      <body><article><h1>Parks budget grows</h1><p>The parks budget grows ${serial + 7} percent to $12.4 million next year.</p>
      <p>Volunteers planted 3,400 trees in 2024.</p></article></body></html>`;
    const fromHtml = await importFile(reviewer, new TextEncoder().encode(html), "parks.html");
    if (!fromHtml.ok) throw new Error(fromHtml.error);
    expect(await sourceRow(fromHtml.outcome.sourceId)).toMatchObject({
      title: "Parks budget grows",
      publisher: "Parks Department",
      publishedAt: "2024-06-01",
    });

    const pdf = makePdf({
      title: "Library report",
      pages: [[[`Library visits rose ${serial + 3} percent to 1.4 million.`], ["Loans reached 3.1 million."]]],
    });
    const fromPdf = await importFile(reviewer, pdf, "library.pdf");
    if (!fromPdf.ok) throw new Error(fromPdf.error);
    const row = await sourceRow(fromPdf.outcome.sourceId);
    expect(row.title).toBe("Library report");
    expect(row.body).toMatch(/^Library visits rose \d+ percent to 1\.4 million\.\n\nLoans reached 3\.1 million\.$/);
  });

  const BAD_FILES: [string, () => Uint8Array, string, RegExp][] = [
    ["an empty file", () => new Uint8Array(), "empty.txt", /empty/],
    ["binary data", () => new Uint8Array([0, 1, 2, 3, 4, 5, 0xff, 0xfe, 0, 0]), "data.txt", /binary|not UTF-8/],
    ["a 100 MB file", () => new Uint8Array(100 * 1024 * 1024).fill(0x61), "huge.txt", /the limit is 20 MB/],
    [
      "an HTML page with no text",
      () => new TextEncoder().encode("<html><body><div><script>x()</script></span>"),
      "broken.html",
      /no readable text/,
    ],
    ["a truncated PDF", () => makePdf({ pages: [[["Spending fell 2 percent."]]] }).slice(0, 200), "cut.pdf", /could not be read/],
    ["a PDF named .txt", () => makePdf({ pages: [[["Spending fell 2 percent."]]] }), "release.txt", /it is a PDF/],
  ];

  for (const [what, bytes, filename, message] of BAD_FILES) {
    it(`refuses ${what} with a clear error and changes nothing`, async () => {
      const before = await counts();
      const error = await importFile(reviewer, bytes(), filename).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).message).toMatch(message);
      expect(await counts()).toEqual(before);
    });
  }
});

describe("editing a source's details", () => {
  async function addedBy(actor: Actor) {
    const result = await addRelease(db, actor, { text: releaseText(), title: "Original title", publisher: "Transit" });
    if (!result.ok) throw new Error(result.error);
    return sourceRow(result.outcome.sourceId);
  }
  const form = (row: Awaited<ReturnType<typeof sourceRow>>, changes: Record<string, string>) => ({
    sourceId: String(row.id),
    seen: metadataToken(row),
    title: row.title,
    publisher: row.publisher ?? "",
    publishedAt: row.publishedAt ?? "",
    url: row.url ?? "",
    ...changes,
  });

  it("lets the adder change the details, audited with before and after", async () => {
    const row = await addedBy(reviewer);
    const result = await updateSourceMetadata(db, reviewer, form(row, { title: "Corrected title", publishedAt: "2024-07-01" }));
    expect(result.state).toEqual({ ok: true, id: row.id, message: "Details saved." });
    expect(await sourceRow(row.id)).toMatchObject({
      title: "Corrected title",
      publishedAt: "2024-07-01",
      publisher: "Transit",
      body: row.body,
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "source.details_changed"), eq(auditLog.entityId, String(row.id))))
      .orderBy(desc(auditLog.id));
    expect(entry).toMatchObject({
      actorId: reviewer.id,
      before: { title: "Original title", publishedAt: null },
      after: { title: "Corrected title", publishedAt: "2024-07-01" },
    });
  });

  it("refuses another reviewer, allows an editor; seeded sources are for editors only", async () => {
    const row = await addedBy(reviewer);
    const before = await counts();
    const refused = await updateSourceMetadata(db, otherReviewer, form(row, { title: "Hijacked" }));
    expect(refused.state).toMatchObject({
      ok: false,
      error: "Only the person who added this source, editors and admins can change its details.",
    });
    expect(await counts()).toEqual(before);
    expect((await updateSourceMetadata(db, editor, form(row, { title: "Edited by an editor" }))).state.ok).toBe(true);

    const [seeded] = await db.select().from(sources).where(eq(sources.version, 1)).orderBy(asc(sources.id)).limit(1);
    if (!seeded || seeded.createdById !== null) throw new Error("expected a seeded source without an adder");
    expect((await updateSourceMetadata(db, reviewer, form(seeded, { publisher: "Someone" }))).state).toMatchObject({
      ok: false,
      error: "Only editors and admins can change the details of this source.",
    });
    expect(await updateSourceMetadata(db, null, form(seeded, { publisher: "Someone" }))).toMatchObject({
      state: { ok: false, error: SIGN_IN_REQUIRED },
    });
  });

  it("refuses a form opened before someone else's change (a conflict), keeping their change", async () => {
    const row = await addedBy(reviewer);
    const stale = form(row, { title: "Mine" });
    expect((await updateSourceMetadata(db, editor, form(row, { title: "Theirs" }))).state.ok).toBe(true);
    const result = await updateSourceMetadata(db, reviewer, stale);
    expect(result.state).toMatchObject({ ok: false, conflict: true });
    expect((await sourceRow(row.id)).title).toBe("Theirs");
  });
});
