"use server";

import { updateCitation } from "@/lib/review/citations";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function updateCitationAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateCitation, formData);
}
