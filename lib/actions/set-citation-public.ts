"use server";

import { setCitationPublic } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function setCitationPublicAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(setCitationPublic, formData);
}
