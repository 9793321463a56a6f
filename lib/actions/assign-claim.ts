"use server";

import { assignClaim } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function assignClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(assignClaim, formData);
}
