"use server";

import { retractVerdict } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function retractVerdictAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(retractVerdict, formData);
}
