"use server";

import { createUser } from "@/lib/review/users";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function createUserAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(createUser, formData);
}
