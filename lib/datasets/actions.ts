"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { ActionState } from "@/lib/actions/action-state";
import { formValues, runAction } from "@/lib/actions/safe-action";
import { getCurrentUser } from "@/lib/auth/current-user";
import { addReleaseTable, type AddReleaseTableResult } from "./add-release-table";
import { refreshDataMatchesForDataset, refreshDataMatches } from "./suggestions";
import { UNEXPECTED_ERROR } from "@/db/mutation";
import { currentSite } from "@/lib/http/current-site";
import { acceptSuggestion, rejectSuggestion, deleteDataset, updateDataset } from "./mutations";

export async function addReleaseTableAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  let result: AddReleaseTableResult;
  try {
    const [db, actor] = await Promise.all([getDb(), getCurrentUser()]);
    result = await addReleaseTable(db, actor, formValues(formData));
  } catch (error) {
    console.error("add release table failed", error);
    return { ok: false, error: UNEXPECTED_ERROR };
  }
  if (!result.ok) return { ok: false, error: result.error };
  if (result.outcome.kind === "created") {
    await refreshDataMatchesForDataset(await getDb(), result.outcome.datasetId);
    revalidatePath("/queue");
  }
  revalidatePath("/datasets");
  redirect(`/datasets/${result.outcome.datasetId}${result.outcome.kind === "unchanged" ? "?already=1" : ""}`);
}

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

export async function updateDatasetAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const state = await runAction(updateDataset, formData, ["columnTypes"]);
  if (state.ok) {
    // Column types decide the candidates: the badges of the claims it may check follow the edit.
    await refreshDataMatchesForDataset(await getDb(), Number(formData.get("datasetId")));
    revalidatePath(`/datasets/${String(formData.get("datasetId"))}`);
    revalidatePath("/queue");
  }
  return state;
}

export async function deleteDatasetAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const state = await runAction(deleteDataset, formData);
  if (!state.ok) return state;
  // Claims it badged get their next best match (or none).
  await refreshDataMatchesForDataset(await getDb(), Number(formData.get("datasetId")));
  revalidatePath("/datasets");
  revalidatePath("/queue");
  redirect("/datasets?deleted=1");
}
