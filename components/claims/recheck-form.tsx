"use client";

import { useId } from "react";
import { recheckClaimAction } from "@/lib/claims/actions";
import { LIMITS } from "@/lib/core/fields";
import {
  FieldError,
  FormMessage,
  inputClass,
  invalidProps,
  labelClass,
  secondaryButtonClass,
  shownValue,
} from "@/components/ui/form-parts";
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
        <form
          action={formAction}
          aria-label="Mark re-checked"
          className="space-y-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200 ring-inset"
          noValidate
        >
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="version" value={version} />
          <p id={`${id}-hint`} className="text-sm text-stone-800">
            Checked the review against the new text? Mark it re-checked to clear the badge.
          </p>
          <div>
            <label htmlFor={`${id}-note`} className={labelClass}>
              What did you check? <span className="font-normal text-stone-600">(optional)</span>
            </label>
            {/* The button sits at the end of the field's line; an error goes under both. */}
            <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
              <div className="min-w-0 grow basis-60">
                <input
                  id={`${id}-note`}
                  name="note"
                  maxLength={LIMITS.recheckNote}
                  defaultValue={shownValue(state, "note")}
                  placeholder="e.g. the new figure matches the cited table"
                  className={inputClass}
                  {...invalidProps(state, `${id}-note`, "note")}
                />
              </div>
              <button type="submit" disabled={pending} aria-describedby={`${id}-hint`} className={secondaryButtonClass}>
                {pending ? "Saving…" : "Mark re-checked"}
              </button>
            </div>
            <FieldError state={state} id={`${id}-note`} name="note" />
          </div>
          <FormMessage state={state && !state.ok ? state : null} />
        </form>
      ) : (
        <MoveOutcome state={state} />
      )}
    </div>
  );
}
