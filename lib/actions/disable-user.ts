"use server";

import { disableUser } from "@/lib/review/users";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function disableUserAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(disableUser, formData);
}
