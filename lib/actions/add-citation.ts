"use server";

import { addCitation } from "@/lib/review/citations";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function addCitationAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(addCitation, formData);
}
