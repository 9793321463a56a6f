"use server";

import { deleteNote } from "@/lib/review/notes";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function deleteNoteAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(deleteNote, formData);
}
