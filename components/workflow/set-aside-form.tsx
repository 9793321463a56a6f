"use client";

import { ReasonMoveForm } from "./reason-move-form";
import { setAsideAction } from "@/lib/workflow/actions";

/** An editor sets the claim aside as not checkable, with an internal reason (never public). */
export function SetAsideForm({ claimId, version, available = true }: { claimId: number; version: number; available?: boolean }) {
  return (
    <ReasonMoveForm
      action={setAsideAction}
      claimId={claimId}
      version={version}
      available={available}
      label={
        <>
          Why can it not be checked? <span className="font-normal text-stone-600">(internal)</span>
        </>
      }
      multiline={{ placeholder: "e.g. the agency publishes no data for this period" }}
      button="Set aside as not checkable"
      buttonPending="Setting aside…"
    />
  );
}
