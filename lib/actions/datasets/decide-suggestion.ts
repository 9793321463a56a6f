"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import type { ActionState } from "@/lib/actions/action-state";
import { currentSite } from "@/lib/claims-review/current-site";
import { runAction } from "@/lib/actions/safe-action";
import { acceptSuggestion, rejectSuggestion } from "@/lib/datasets/mutations";
import { refreshDataMatches } from "@/lib/datasets/suggestions";

async function afterDecision(state: ActionState, formData: FormData): Promise<ActionState> {
  if (state.ok) {
    const claimId = Number(formData.get("claimId"));
    // The badge follows what the newsroom decided (a rejected best match is no longer shown).
    try {
      await refreshDataMatches(await getDb(), [claimId]);
    } catch (error) {
      console.error("badge not refreshed", error);
    }
    revalidatePath(`/datasets/${String(formData.get("datasetId"))}`);
  }
  return state;
}

export async function acceptSuggestionAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  // The citation links to the dataset's page on this site: SITE_URL, or else the request's origin.
  formData.set("siteOrigin", (await currentSite()).url);
  return afterDecision(await runAction(acceptSuggestion, formData), formData);
}

export async function rejectSuggestionAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  return afterDecision(await runAction(rejectSuggestion, formData), formData);
}
