"use server";

import { enableUser } from "@/lib/review/users";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function enableUserAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(enableUser, formData);
}
