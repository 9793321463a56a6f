"use server";

import { updateSourceMetadata } from "@/lib/ingest/update-metadata";
import type { ActionState } from "./action-state";
import { runAction } from "./safe-action";

export async function updateSourceMetadataAction(_prevState: ActionState | null, formData: FormData): Promise<ActionState> {
  return runAction(updateSourceMetadata, formData);
}
