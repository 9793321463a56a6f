"use server";

import { markNotAClaim } from "@/lib/review/claims";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function markNotAClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(markNotAClaim, formData);
}
