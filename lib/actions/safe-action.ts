import "server-only";
/**
 * The Next side of every review action: resolve the session to a user re-read from the database,
 * run the mutation core (db/mutation.ts: parse → authenticate → authorize on the row →
 * write + audit in one transaction), revalidate what changed, return a small ActionState.
 *
 * Each action file ("use server") is one line on top of this; the session is all this adds, so
 * tests exercise the real logic by calling the cores with real users.
 */
import { revalidatePath, updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CLAIM_LIST_TAG, claimTag } from "@/lib/cache/cache-tags";
import type { Affected, MutationCore } from "@/db/mutation";
import { markDatabaseDown } from "@/db/health";
import { isDatabaseUnavailable } from "@/lib/core/errors";
import { DATABASE_UNAVAILABLE_WRITE, UNEXPECTED_ERROR } from "@/db/mutation";
import { echoValues } from "@/lib/core/form";
import type { ActionState } from "./action-state";

/** Pages that show a claim, its source, the claim list, the work queue, or the accounts list. */
export function pathsFor(affected: Affected): string[] {
  const paths: string[] = [];
  for (const claimId of claimIdsOf(affected)) paths.push(`/claims/${claimId}`, "/", "/queue", "/dashboard");
  if (affected.sourceId !== undefined) paths.push(`/sources/${affected.sourceId}`, "/sources");
  if (affected.userId !== undefined) paths.push("/admin/users");
  return [...new Set(paths)];
}

function claimIdsOf(affected: Affected): number[] {
  return [...(affected.claimId !== undefined ? [affected.claimId] : []), ...(affected.claimIds ?? [])];
}

/**
 * Cache tags to expire now: the public page data of every claim the write touched
 * (lib/public/cached-public.ts). updateTag, not revalidateTag: the next visitor waits for fresh data
 * instead of being served the page from before the publish.
 */
export function tagsFor(affected: Affected): string[] {
  const claimIds = claimIdsOf(affected);
  // The public claim list shows each card's verdict: any write to a claim may change it.
  return [...new Set(claimIds.map(claimTag)), ...(claimIds.length ? [CLAIM_LIST_TAG] : [])];
}

/** FormData's text fields as a plain object (files and Next's internal $ACTION fields dropped). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export async function runAction(
  core: MutationCore,
  formData: FormData,
  /** For fields a form repeats (checkboxes): these keys arrive as arrays of every value. */
  repeated: readonly string[] = [],
): Promise<ActionState> {
  const input: Record<string, string | string[]> = formValues(formData);
  for (const key of repeated) input[key] = formData.getAll(key).filter((value) => typeof value === "string");
  let result;
  try {
    const [db, actor] = await Promise.all([getDb(), getCurrentUser()]);
    result = await core(db, actor, input);
  } catch (error) {
    // The database or the session could not be reached; the core catches everything after that.
    console.error("review action failed", error);
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) markDatabaseDown(error);
    return { ok: false, error: unavailable ? DATABASE_UNAVAILABLE_WRITE : UNEXPECTED_ERROR, values: echoValues(input) };
  }
  if (result.affected) {
    for (const tag of tagsFor(result.affected)) updateTag(tag);
    for (const path of pathsFor(result.affected)) revalidatePath(path);
  }
  return result.state;
}
