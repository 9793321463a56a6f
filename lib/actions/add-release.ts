"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { addRelease, type AddReleaseResult } from "@/lib/ingest/add-release";
import { refreshDataMatchesForSources } from "@/lib/datasets/suggestions";
import { CLAIM_LIST_TAG, MISSING_CLAIMS_TAG, PUBLIC_CLAIMS_TAG } from "@/lib/data/cache-tags";
import { isDatabaseUnavailable } from "@/lib/errors";
import { DATABASE_UNAVAILABLE_WRITE, UNEXPECTED_ERROR } from "@/lib/review/mutation";
import type { ActionState } from "./action-state";
import { formValues } from "./safe-action";

/**
 * Adds the release the form describes, then opens its source page (where the claims are listed).
 * The outcome travels in the URL: `created`, `unchanged` (the same text was already there) or
 * `new_version` (a changed text at a known URL).
 */
export async function addReleaseAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  let result: AddReleaseResult;
  try {
    const [db, actor] = await Promise.all([getDb(), getCurrentUser()]);
    result = await addRelease(db, actor, formValues(formData));
  } catch (error) {
    console.error("add release failed", error);
    return { ok: false, error: isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_WRITE : UNEXPECTED_ERROR };
  }
  // The form keeps its own values (controlled fields), so the megabytes of text are not echoed back.
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors };
  const { outcome } = result;
  if (outcome.kind !== "unchanged") await refreshDataMatchesForSources(await getDb(), [outcome.sourceId]);
  if (outcome.kind !== "unchanged") {
    // New claims (a cached 404 for their id must go), a new version's changed claims, and "Also
    // stated in" on the other releases' claim pages: every public claim page and the list.
    for (const tag of [MISSING_CLAIMS_TAG, PUBLIC_CLAIMS_TAG, CLAIM_LIST_TAG]) updateTag(tag);
  }
  revalidatePath("/sources");
  revalidatePath("/");
  revalidatePath(`/sources/${outcome.sourceId}`);
  redirect(`/sources/${outcome.sourceId}?added=${outcome.kind}`);
}
