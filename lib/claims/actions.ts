"use server";

import { getDb } from "@/db/client";
import { refreshDataMatchesForSources } from "@/lib/datasets/suggestions";
import { addManualClaim, markNotAClaim, restoreClaim, recheckClaim } from "./mutations";
import type { ActionState } from "@/lib/actions/action-state";
import { runAction } from "@/lib/actions/safe-action";

export async function addManualClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  const state = await runAction(addManualClaim, formData);
  // The new claim's data badge, as for a release's claims (the core validated the source id).
  if (state.ok) await refreshDataMatchesForSources(await getDb(), [Number(formData.get("sourceId"))]);
  return state;
}

export async function markNotAClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(markNotAClaim, formData);
}

export async function recheckClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(recheckClaim, formData);
}

export async function restoreClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(restoreClaim, formData);
}
