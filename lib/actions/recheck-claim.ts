"use server";

import { recheckClaim } from "@/lib/review/recheck";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function recheckClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(recheckClaim, formData);
}
