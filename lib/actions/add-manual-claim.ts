"use server";

import { addManualClaim } from "@/lib/review/claims";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function addManualClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(addManualClaim, formData);
}
