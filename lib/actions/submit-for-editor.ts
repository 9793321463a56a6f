"use server";

import { submitForEditor } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function submitForEditorAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(submitForEditor, formData);
}
