"use server";

import { createUser, disableUser, enableUser, updateUserRole } from "./mutations";
import type { ActionState } from "@/lib/actions/action-state";
import { runAction } from "@/lib/actions/safe-action";

export async function createUserAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(createUser, formData);
}

export async function disableUserAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(disableUser, formData);
}

export async function enableUserAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(enableUser, formData);
}

export async function updateUserRoleAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateUserRole, formData);
}
