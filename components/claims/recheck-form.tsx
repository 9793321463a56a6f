"use client";

import { useId } from "react";
import { recheckClaimAction } from "@/lib/actions/recheck-claim";
import { LIMITS } from "@/lib/validation/review";
import { FormMessage, secondaryButtonClass, shownValue, TextField } from "@/components/review/form-parts";
import { MoveOutcome, useClaimMove } from "@/components/workflow/claim-move-form";

/**
 * An editor's "Mark re-checked" beside the "Text changed after review" badge: clears the flag, with
 * an optional line on what was checked (kept in the claim's history). It sits in the header's badge
 * row and takes a line of its own below it (order-last, full width).
 */
export function RecheckForm({ claimId, version, available }: { claimId: number; version: number; available: boolean }) {
  const [state, formAction, pending] = useClaimMove(recheckClaimAction, version);
  const id = useId();
  return (
    // Always mounted, so the outcome stays (focused) once the badge and the form are gone.
    <div className="order-last basis-full empty:hidden">
      {available ? (
        <form action={formAction} aria-label="Mark re-checked" className="flex flex-wrap items-end gap-x-3 gap-y-2" noValidate>
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="version" value={version} />
          <p id={`${id}-hint`} className="basis-full text-sm text-stone-700">
            Checked the review against the new text? Mark it re-checked to clear the badge.
          </p>
          <div className="min-w-0 grow basis-64">
            <TextField
              state={state}
              id={`${id}-note`}
              name="note"
              label="What did you check?"
              optional
              maxLength={LIMITS.recheckNote}
              defaultValue={shownValue(state, "note")}
              placeholder="e.g. the new figure matches the cited table"
            />
          </div>
          <button type="submit" disabled={pending} aria-describedby={`${id}-hint`} className={`${secondaryButtonClass} mb-px`}>
            {pending ? "Saving…" : "Mark re-checked"}
          </button>
          <div className="basis-full empty:hidden">
            <FormMessage state={state && !state.ok ? state : null} />
          </div>
        </form>
      ) : (
        <MoveOutcome state={state} />
      )}
    </div>
  );
}
