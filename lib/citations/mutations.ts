/**
 * Citations on a claim: anyone signed in adds; the author, editors and admins update and delete.
 * A citation an editor put on the public page is the editor's: only editors change or delete it
 * (a reviewer's edit would change the public page without an editor).
 * Deletion is soft (deleted_at) so the audit history keeps pointing at something.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Citation, citations, claims } from "@/db/schema";
import { type Actor, canChangeAuthoredItem, hasRole } from "@/lib/core/roles";
import { addCitationSchema, type AddCitationInput, deleteCitationSchema, updateCitationSchema } from "./schema";
import { changeLiveItem, defineMutation } from "@/db/mutation";

const NOT_YOURS = "You can only change citations you added. Ask an editor if this one needs fixing.";
const PUBLIC_EDITORS_ONLY = "This citation is on the public page: only an editor can change it. Ask an editor to make it internal first.";
const GONE = "This citation no longer exists: someone deleted it. Reload to see the current list.";

function mayChangeCitation(actor: Actor, row: Citation): true | string {
  if (!canChangeAuthoredItem(actor, row.authorId)) return NOT_YOURS;
  return !row.isPublic || hasRole(actor, "editor") || PUBLIC_EDITORS_ONLY;
}

function fields(input: Omit<AddCitationInput, "claimId">) {
  return {
    url: input.url,
    title: input.title,
    publisher: input.publisher ?? null,
    publishedOn: input.publishedOn ?? null,
    quote: input.quote,
    stance: input.stance,
    figure: input.figure ?? null,
  };
}

/** What the audit log keeps of a citation. */
function summary(row: Pick<Citation, "url" | "title" | "publisher" | "publishedOn" | "quote" | "stance" | "figure" | "version">) {
  return {
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.publishedOn,
    quote: row.quote,
    stance: row.stance,
    figure: row.figure,
    version: row.version,
  };
}

async function loadLiveCitation(tx: Tx, id: number): Promise<Citation | undefined> {
  const [row] = await tx
    .select()
    .from(citations)
    .where(and(eq(citations.id, id), isNull(citations.deletedAt)));
  return row;
}

export const addCitation = defineMutation({
  action: "citation.added",
  schema: addCitationSchema,
  load: async (tx, input) => {
    const [claim] = await tx.select({ id: claims.id, sourceId: claims.sourceId }).from(claims).where(eq(claims.id, input.claimId));
    return claim;
  },
  notFound: "This claim does not exist.",
  authorize: () => true,
  write: async (tx, { actor, row: claim, input }) => {
    const [created] = await tx
      .insert(citations)
      .values({ claimId: claim.id, authorId: actor.id, ...fields(input) })
      .returning();
    if (!created) throw new Error("insert returned no row");
    return {
      id: created.id,
      message: "Citation added.",
      audit: { entityType: "citation", entityId: created.id, claimId: claim.id, before: null, after: summary(created) },
      affected: { claimId: claim.id, sourceId: claim.sourceId },
    };
  },
});

/** What an edit and a delete load and authorize: the live citation, changed by whom it may be. */
const liveCitation = {
  load: (tx: Tx, input: { citationId: number }) => loadLiveCitation(tx, input.citationId),
  notFound: GONE,
  authorize: mayChangeCitation,
};

export const updateCitation = defineMutation({
  action: "citation.updated",
  schema: updateCitationSchema,
  ...liveCitation,
  write: (tx, { row, input }) =>
    changeLiveItem(tx, citations, row, input.version, fields(input), { entityType: "citation", message: "Citation saved.", summary }),
});

export const deleteCitation = defineMutation({
  action: "citation.deleted",
  schema: deleteCitationSchema,
  ...liveCitation,
  write: (tx, { row, input }) =>
    changeLiveItem(tx, citations, row, input.version, "delete", { entityType: "citation", message: "Citation deleted.", summary }),
});
