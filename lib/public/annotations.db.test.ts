/**
 * GET /api/annotations on a real database (PGlite and PostgreSQL): W3C shape, selectors that find
 * the figure in the source text, notes only for a signed-in viewer, never a draft verdict.
 */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getAnnotations } from "@/app/api/annotations/route";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { insertSyntheticSource, type SyntheticSource } from "@/db/testing/fixtures";
import { testDatabase } from "@/db/testing/test-db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { addNote } from "@/lib/notes/mutations";
import { makeUser } from "@/lib/users/testing";
import { publishVerdict, saveVerdictDraft, takeClaim } from "@/lib/workflow/mutations";
import type { AnnotationPage } from "./web-annotation";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

let db: Db;
let source: SyntheticSource;
let staff: CurrentUser;

async function version(claimId: number): Promise<string> {
  const [row] = await db.select({ v: claims.version }).from(claims).where(eq(claims.id, claimId));
  return String(row?.v);
}

beforeAll(async () => {
  db = testDatabase().db;
  const editor = await makeUser(db, "editor");
  staff = { id: editor.id, email: editor.email, name: "Ed Itor", role: "editor" };
  source = await insertSyntheticSource(db, 5, "annotations");
  const [published, drafted] = source.claimIds;
  if (published === undefined || drafted === undefined) throw new Error("no claims");
  for (const id of [published, drafted]) await takeClaim(db, editor, { claimId: String(id), version: await version(id) });
  const verdict = { rating: "false", summary: "The table says 12.", rationale: "r" };
  await publishVerdict(db, editor, { claimId: String(published), version: await version(published), ...verdict });
  await saveVerdictDraft(db, editor, { claimId: String(drafted), version: await version(drafted), ...verdict, summary: "SECRET DRAFT" });
  await addNote(db, editor, { claimId: String(published), body: "INTERNAL NOTE: call the agency" });
});

beforeEach(() => {
  session.user = null;
});

async function fetchPage(query: string): Promise<{ response: Response; body: AnnotationPage }> {
  const response = await getAnnotations(new NextRequest(new URL(`/api/annotations?${query}`, "http://localhost:3000")));
  return { response, body: (await response.clone().json()) as AnnotationPage };
}

describe("GET /api/annotations", () => {
  it("is an AnnotationPage of an AnnotationCollection with quote and position selectors", async () => {
    session.user = null;
    const { response, body } = await fetchPage(`sourceId=${source.sourceId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(body).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationPage",
      partOf: { type: "AnnotationCollection", id: `http://localhost:3000/api/annotations?sourceId=${source.sourceId}` },
    });
    expect(body.items).toHaveLength(5);
    for (const item of body.items) {
      expect(item.type).toBe("Annotation");
      const [quote, position] = item.target.selector;
      expect(item.target.source).toMatch(/^(https?:\/\/|urn:claimdesk:source:)/);
      expect(source.body.slice(position.start, position.end)).toBe(quote.exact);
      expect(source.body.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(source.body.slice(position.end).startsWith(quote.suffix)).toBe(true);
    }
    const published = body.items.find((item) => item.id.endsWith(`/claims/${source.claimIds[0]}#claim`));
    expect(published?.motivation).toBe("assessing");
    expect(published?.body[0]).toMatchObject({ type: "TextualBody", purpose: "assessing", value: "False: The table says 12." });
    const drafted = body.items.find((item) => item.id.endsWith(`/claims/${source.claimIds[1]}#claim`));
    expect(drafted?.motivation).toBe("highlighting");
    const text = JSON.stringify(body);
    expect(text).not.toContain("SECRET DRAFT");
    expect(text).not.toContain("INTERNAL NOTE");
    expect(response.headers.get("cache-control")).toMatch(/public/);
  });

  it("adds the newsroom's notes for a signed-in viewer, uncached", async () => {
    session.user = staff;
    const { response, body } = await fetchPage(`sourceId=${source.sourceId}`);
    const notes = body.items.filter((item) => item.motivation === "commenting");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      // The author's name as stored in the database, not as the session says.
      creator: { type: "Person", name: expect.any(String) },
      body: [{ type: "TextualBody", format: "text/markdown", value: "INTERNAL NOTE: call the agency" }],
    });
    expect(JSON.stringify(body)).not.toContain("SECRET DRAFT");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("pages with next links and refuses bad parameters with 400", async () => {
    const first = await fetchPage(`sourceId=${source.sourceId}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    const next = new URL(first.body.next ?? "");
    const second = await fetchPage(next.searchParams.toString());
    expect(second.body.items[0]?.id).not.toBe(first.body.items[0]?.id);
    for (const query of ["limit=0", "sourceId=abc", "cursor=nope!", "limit=1&limit=2"]) {
      const { response } = await fetchPage(query);
      expect(response.status, query).toBe(400);
    }
  });
});
