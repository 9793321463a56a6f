"use server";

import { addCitation, deleteCitation, updateCitation } from "./mutations";
import type { ActionState } from "@/lib/actions/action-state";
import { runAction } from "@/lib/actions/safe-action";

export async function addCitationAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(addCitation, formData);
}

export async function deleteCitationAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(deleteCitation, formData);
}

export async function updateCitationAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateCitation, formData);
}
