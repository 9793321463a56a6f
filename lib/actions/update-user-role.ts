"use server";

import { updateUserRole } from "@/lib/review/users";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function updateUserRoleAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateUserRole, formData);
}
