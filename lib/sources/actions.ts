"use server";

/**
 * Fetches a release from a web address (SSRF-guarded, time and size limited: lib/ingest/fetch-url)
 * and returns its text and metadata for the form to show. Writes nothing: the person checks the
 * details and adds the release with addReleaseAction.
 */
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { type DraftState, toDraft } from "@/lib/ingest/draft";
import { fetchUrl } from "@/lib/ingest/fetch-url";
import { isIngestError } from "@/lib/ingest/errors";
import { SIGN_IN_REQUIRED, UNEXPECTED_ERROR, DATABASE_UNAVAILABLE_WRITE } from "@/db/mutation";
import { fieldErrorsOf } from "@/lib/core/form";
import { fetchReleaseSchema } from "./schema";
import { formValues, runAction } from "@/lib/actions/safe-action";
import { getDb } from "@/db/client";
import { addRelease, type AddReleaseResult } from "./import";
import { updateSourceMetadata } from "./mutations";
import { refreshDataMatchesForSources } from "@/lib/datasets/suggestions";
import { CLAIM_LIST_TAG, MISSING_CLAIMS_TAG, PUBLIC_CLAIMS_TAG } from "@/lib/cache/cache-tags";
import { isDatabaseUnavailable } from "@/lib/core/errors";
import type { ActionState } from "@/lib/actions/action-state";

export async function fetchReleaseAction(_prevState: DraftState | null, formData: FormData): Promise<DraftState> {
  const values = formValues(formData);
  const parsed = fetchReleaseSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, error: "Check the web address.", fieldErrors: fieldErrorsOf(parsed.error), values: { url: values.url ?? "" } };
  }
  try {
    const actor = await getCurrentUser();
    if (!actor) return { ok: false, error: SIGN_IN_REQUIRED, values: { url: parsed.data.url } };
    const document = await fetchUrl(parsed.data.url);
    return { ok: true, draft: toDraft(document, parsed.data.url) };
  } catch (error) {
    if (isIngestError(error)) return { ok: false, error: error.message, code: error.code, values: { url: parsed.data.url } };
    console.error("fetch release failed", error);
    return { ok: false, error: UNEXPECTED_ERROR, values: { url: parsed.data.url } };
  }
}

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

export async function updateSourceMetadataAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateSourceMetadata, formData);
}
