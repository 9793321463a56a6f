"use server";

import { reopenClaim } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function reopenClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(reopenClaim, formData);
}
