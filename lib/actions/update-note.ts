"use server";

import { updateNote } from "@/lib/review/notes";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function updateNoteAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateNote, formData);
}
