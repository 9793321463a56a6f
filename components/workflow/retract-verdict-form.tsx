"use client";

import { useId } from "react";
import { MoveOutcome, useClaimMove } from "./claim-move-form";
import { retractVerdictAction } from "@/lib/workflow/actions";
import { VERDICT_LIMITS } from "@/lib/workflow/schema";
import { FieldError, FormMessage, inputClass, invalidProps, labelClass, secondaryButtonClass, shownValue } from "@/components/ui/form-parts";

/** An editor withdraws the public verdict; the claim goes back to review. */
export function RetractVerdictForm({ claimId, version, available = true }: { claimId: number; version: number; available?: boolean }) {
  const [state, formAction, pending] = useClaimMove(retractVerdictAction, version);
  const id = useId();
  if (!available) return <MoveOutcome state={state} />;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <div>
        <label htmlFor={`${id}-reason`} className={labelClass}>
          Reason <span className="font-normal text-stone-600">(optional, internal)</span>
        </label>
        <input
          id={`${id}-reason`}
          name="reason"
          maxLength={VERDICT_LIMITS.reason}
          defaultValue={shownValue(state, "reason")}
          className={inputClass}
          {...invalidProps(state, `${id}-reason`, "reason")}
        />
        <FieldError state={state} id={`${id}-reason`} name="reason" />
      </div>
      <button type="submit" disabled={pending} className={`${secondaryButtonClass} text-red-800`}>
        {pending ? "Retracting…" : "Retract the published verdict"}
      </button>
    </form>
  );
}
