"use server";

import { assignClaims } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

/** Form fields: assigneeId, and one `claims` checkbox per claim with the value "<claimId>:<version>". */
export async function assignClaimsAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(assignClaims, formData, ["claims"]);
}
