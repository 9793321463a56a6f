/** A verification note's input. No server-only import (the form reads the limits). */
import { z } from "zod";
import { LIMITS, version } from "@/lib/core/fields";
import { formRowId as id } from "@/lib/core/params";

const noteBody = z
  .string({ error: "Write the note." })
  .max(LIMITS.noteBody, `Keep the note to ${LIMITS.noteBody.toLocaleString("en-US")} characters or fewer.`)
  .refine((value) => value.trim().length > 0, "Write the note.");

export const addNoteSchema = z.object({ claimId: id("The claim"), body: noteBody });
export const updateNoteSchema = z.object({ noteId: id("The note"), version, body: noteBody });
export const deleteNoteSchema = z.object({ noteId: id("The note"), version });

export type AddNoteInput = z.infer<typeof addNoteSchema>;
export type UpdateNoteInput = z.infer<typeof updateNoteSchema>;
export type DeleteNoteInput = z.infer<typeof deleteNoteSchema>;
