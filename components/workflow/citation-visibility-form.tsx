"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { setCitationPublicAction } from "@/lib/workflow/actions";
import { secondaryButtonClass } from "@/components/ui/form-parts";

/** An editor puts a citation on the public page, or takes it off. */
export function CitationVisibilityForm({ citationId, version, isPublic }: { citationId: number; version: number; isPublic: boolean }) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(setCitationPublicAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="citationId" value={citationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="isPublic" value={isPublic ? "false" : "true"} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Saving…" : isPublic ? "Make internal" : "Show on the public page"}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
