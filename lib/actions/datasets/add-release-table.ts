"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { ActionState } from "@/lib/actions/action-state";
import { formValues } from "@/lib/actions/safe-action";
import { getCurrentUser } from "@/lib/auth/current-user";
import { addReleaseTable, type AddReleaseTableResult } from "@/lib/datasets/add-release-table";
import { refreshDataMatchesForDataset } from "@/lib/datasets/suggestions";
import { UNEXPECTED_ERROR } from "@/lib/review/mutation";

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
