"use server";

import { restoreClaim } from "@/lib/review/claims";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function restoreClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(restoreClaim, formData);
}
