"use server";

import { deleteCitation } from "@/lib/review/citations";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function deleteCitationAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(deleteCitation, formData);
}
