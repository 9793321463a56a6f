"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { markNotAClaimAction, restoreClaimAction } from "@/lib/claims/actions";
import { LIMITS } from "@/lib/core/fields";
import { FieldError, FormMessage, inputClass, invalidProps, labelClass, secondaryButtonClass } from "@/components/ui/form-parts";

/** "Not a claim": mark the figure with a reason, or restore it; both are kept in the history. */
export function NotAClaimForm({
  claimId,
  version,
  notAClaim,
  reason,
}: {
  claimId: number;
  version: number;
  notAClaim: boolean;
  reason: string | null;
}) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(
    notAClaim ? restoreClaimAction : markNotAClaimAction,
    null,
  );
  const id = useId();

  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {notAClaim ? (
        <>
          <p className="text-sm text-stone-800">
            Marked as <strong>not a claim</strong>
            {reason ? <>: “{reason}”</> : " (no reason given)"}. It is hidden from the claim list.
          </p>
          <button type="submit" disabled={pending} className={secondaryButtonClass}>
            {pending ? "Restoring…" : "Restore as a claim"}
          </button>
        </>
      ) : (
        <>
          <div>
            <label htmlFor={`${id}-reason`} className={labelClass}>
              Why is this not a claim? <span className="font-normal text-stone-600">(optional)</span>
            </label>
            <input
              id={`${id}-reason`}
              name="reason"
              maxLength={LIMITS.reason}
              placeholder="e.g. a phone number, a street address"
              defaultValue={state && !state.ok ? (state.values?.reason ?? "") : ""}
              className={inputClass}
              {...invalidProps(state, `${id}-reason`, "reason")}
            />
            <FieldError state={state} id={`${id}-reason`} name="reason" />
          </div>
          <button type="submit" disabled={pending} className={secondaryButtonClass}>
            {pending ? "Marking…" : "Mark as not a claim"}
          </button>
        </>
      )}
    </form>
  );
}
