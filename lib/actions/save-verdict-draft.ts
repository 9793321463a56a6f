"use server";

import { saveVerdictDraft } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function saveVerdictDraftAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(saveVerdictDraft, formData);
}
