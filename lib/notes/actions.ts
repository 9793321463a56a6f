"use server";

import { addNote, deleteNote, updateNote } from "./mutations";
import type { ActionState } from "@/lib/actions/action-state";
import { runAction } from "@/lib/actions/safe-action";

export async function addNoteAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(addNote, formData);
}

export async function deleteNoteAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(deleteNote, formData);
}

export async function updateNoteAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateNote, formData);
}
