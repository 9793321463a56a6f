"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { type DraftState, toDraft } from "@/lib/ingest/draft";
import { fetchUrl } from "@/lib/ingest/fetch-url";
import { isIngestError } from "@/lib/ingest/errors";
import { SIGN_IN_REQUIRED, UNEXPECTED_ERROR } from "@/lib/review/mutation";
import { fieldErrorsOf } from "@/lib/validation/form";
import { fetchReleaseSchema } from "@/lib/validation/ingest";
import { formValues } from "./safe-action";

/**
 * Fetches a release from a web address (SSRF-guarded, time and size limited: lib/ingest/fetch-url)
 * and returns its text and metadata for the form to show. Writes nothing: the person checks the
 * details and adds the release with addReleaseAction.
 */
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
