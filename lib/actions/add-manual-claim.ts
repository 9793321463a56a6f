"use server";

import { getDb } from "@/db/client";
import { refreshDataMatchesForSources } from "@/lib/datasets/suggestions";
import { addManualClaim } from "@/lib/review/claims";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function addManualClaimAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  const state = await runAction(addManualClaim, formData);
  // The new claim's data badge, as for a release's claims (the core validated the source id).
  if (state.ok) await refreshDataMatchesForSources(await getDb(), [Number(formData.get("sourceId"))]);
  return state;
}
