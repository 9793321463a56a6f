"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { ActionState } from "@/lib/actions/action-state";
import { runAction } from "@/lib/actions/safe-action";
import { deleteDataset, updateDataset } from "@/lib/datasets/mutations";
import { refreshDataMatchesForDataset } from "@/lib/datasets/suggestions";

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
