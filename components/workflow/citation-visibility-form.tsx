"use client";

import { setCitationPublicAction } from "@/lib/workflow/actions";
import { OneButtonForm } from "@/components/ui/delete-item-form";

/** An editor puts a citation on the public page, or takes it off. */
export function CitationVisibilityForm({ citationId, version, isPublic }: { citationId: number; version: number; isPublic: boolean }) {
  return (
    <OneButtonForm
      action={setCitationPublicAction}
      fields={{ citationId, version, isPublic: isPublic ? "false" : "true" }}
      label={isPublic ? "Make internal" : "Show on the public page"}
      pendingLabel="Saving…"
    />
  );
}
