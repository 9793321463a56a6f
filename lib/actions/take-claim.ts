"use server";

import { takeClaim } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function takeClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(takeClaim, formData);
}
