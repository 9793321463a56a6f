/**
 * Verification notes: Markdown, internal to the newsroom. Stored exactly as typed; pages render
 * them escaped (never as HTML). Same ownership rule as citations.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { claims, type Note, notes } from "@/db/schema";
import { type Actor, canChangeAuthoredItem } from "@/lib/core/roles";
import { addNoteSchema, deleteNoteSchema, updateNoteSchema } from "./schema";
import { changeLiveItem, defineMutation } from "@/db/mutation";

const NOT_YOURS = "You can only change notes you wrote. Ask an editor if this one needs fixing.";
const GONE = "This note no longer exists: someone deleted it. Reload to see the current notes.";

const summary = (row: Pick<Note, "body" | "version">) => ({ body: row.body, version: row.version });

async function loadLiveNote(tx: Tx, id: number): Promise<Note | undefined> {
  const [row] = await tx
    .select()
    .from(notes)
    .where(and(eq(notes.id, id), isNull(notes.deletedAt)));
  return row;
}

export const addNote = defineMutation({
  action: "note.added",
  schema: addNoteSchema,
  load: async (tx, input) => {
    const [claim] = await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, input.claimId));
    return claim;
  },
  notFound: "This claim does not exist.",
  authorize: () => true,
  write: async (tx, { actor, row: claim, input }) => {
    const [created] = await tx.insert(notes).values({ claimId: claim.id, authorId: actor.id, body: input.body }).returning();
    if (!created) throw new Error("insert returned no row");
    return {
      id: created.id,
      message: "Note added.",
      audit: { entityType: "note", entityId: created.id, claimId: claim.id, before: null, after: summary(created) },
      affected: { claimId: claim.id },
    };
  },
});

/** What an edit and a delete load and authorize: the live note, changed by its author (or an editor). */
const liveNote = {
  load: (tx: Tx, input: { noteId: number }) => loadLiveNote(tx, input.noteId),
  notFound: GONE,
  authorize: (actor: Actor, row: Note) => canChangeAuthoredItem(actor, row.authorId) || NOT_YOURS,
};

export const updateNote = defineMutation({
  action: "note.updated",
  schema: updateNoteSchema,
  ...liveNote,
  write: (tx, { row, input }) =>
    changeLiveItem(tx, notes, row, input.version, { body: input.body }, { entityType: "note", message: "Note saved.", summary }),
});

export const deleteNote = defineMutation({
  action: "note.deleted",
  schema: deleteNoteSchema,
  ...liveNote,
  write: (tx, { row, input }) =>
    changeLiveItem(tx, notes, row, input.version, "delete", { entityType: "note", message: "Note deleted.", summary }),
});
