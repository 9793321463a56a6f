"use server";

import {
  assignClaim,
  assignClaims,
  publishVerdict,
  reopenClaim,
  retractVerdict,
  saveVerdictDraft,
  setAside,
  setCitationPublic,
  submitForEditor,
  takeClaim,
} from "./mutations";
import type { ActionState } from "@/lib/actions/action-state";
import { runAction } from "@/lib/actions/safe-action";

export async function assignClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(assignClaim, formData);
}

/** Form fields: assigneeId, and one `claims` checkbox per claim with the value "<claimId>:<version>". */
export async function assignClaimsAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(assignClaims, formData, ["claims"]);
}

export async function publishVerdictAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(publishVerdict, formData);
}

export async function reopenClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(reopenClaim, formData);
}

export async function retractVerdictAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(retractVerdict, formData);
}

export async function saveVerdictDraftAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(saveVerdictDraft, formData);
}

export async function setAsideAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(setAside, formData);
}

export async function setCitationPublicAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(setCitationPublic, formData);
}

export async function submitForEditorAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(submitForEditor, formData);
}

export async function takeClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(takeClaim, formData);
}
