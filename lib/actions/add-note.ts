"use server";

import { addNote } from "@/lib/review/notes";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function addNoteAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(addNote, formData);
}
