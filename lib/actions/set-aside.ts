"use server";

import { setAside } from "@/lib/review/workflow";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function setAsideAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(setAside, formData);
}
