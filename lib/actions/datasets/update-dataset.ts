"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/action-state";
import { runAction } from "@/lib/actions/safe-action";
import { deleteDataset, updateDataset } from "@/lib/datasets/mutations";

export async function updateDatasetAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const state = await runAction(updateDataset, formData, ["columnTypes"]);
  if (state.ok) revalidatePath(`/datasets/${String(formData.get("datasetId"))}`);
  return state;
}

export async function deleteDatasetAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const state = await runAction(deleteDataset, formData);
  if (!state.ok) return state;
  revalidatePath("/datasets");
  redirect("/datasets?deleted=1");
}
