"use server";

import { publishVerdict } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function publishVerdictAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(publishVerdict, formData);
}
