"use client";

import { useId } from "react";
import { MoveOutcome, useClaimMove } from "./claim-move-form";
import { setAsideAction } from "@/lib/workflow/actions";
import { VERDICT_LIMITS } from "@/lib/workflow/schema";
import { FieldError, FormMessage, inputClass, invalidProps, labelClass, secondaryButtonClass, shownValue } from "@/components/ui/form-parts";

/** An editor sets the claim aside as not checkable, with an internal reason (never public). */
export function SetAsideForm({ claimId, version, available = true }: { claimId: number; version: number; available?: boolean }) {
  const [state, formAction, pending] = useClaimMove(setAsideAction, version);
  const id = useId();
  if (!available) return <MoveOutcome state={state} />;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <div>
        <label htmlFor={`${id}-reason`} className={labelClass}>
          Why can it not be checked? <span className="font-normal text-stone-600">(internal)</span>
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          maxLength={VERDICT_LIMITS.reason}
          defaultValue={shownValue(state, "reason")}
          placeholder="e.g. the agency publishes no data for this period"
          className={inputClass}
          {...invalidProps(state, `${id}-reason`, "reason")}
        />
        <FieldError state={state} id={`${id}-reason`} name="reason" />
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Setting aside…" : "Set aside as not checkable"}
      </button>
    </form>
  );
}
