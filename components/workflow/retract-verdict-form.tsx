"use client";

import { ReasonMoveForm } from "./reason-move-form";
import { retractVerdictAction } from "@/lib/workflow/actions";
import { secondaryButtonClass } from "@/components/ui/form-parts";

/** An editor withdraws the public verdict; the claim goes back to review. */
export function RetractVerdictForm({ claimId, version, available = true }: { claimId: number; version: number; available?: boolean }) {
  return (
    <ReasonMoveForm
      action={retractVerdictAction}
      claimId={claimId}
      version={version}
      available={available}
      label={
        <>
          Reason <span className="font-normal text-stone-600">(optional, internal)</span>
        </>
      }
      button="Retract the published verdict"
      buttonPending="Retracting…"
      buttonClassName={`${secondaryButtonClass} text-red-800`}
    />
  );
}
