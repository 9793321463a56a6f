"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { reopenClaimAction } from "@/lib/actions/reopen-claim";
import { submitForEditorAction } from "@/lib/actions/submit-for-editor";
import { takeClaimAction } from "@/lib/actions/take-claim";
import { FormMessage, primaryButtonClass, secondaryButtonClass } from "@/components/review/form-parts";

const MOVES = {
  take: { action: takeClaimAction, label: "Take this claim", pending: "Taking…" },
  submit: { action: submitForEditorAction, label: "Send to the editors", pending: "Sending…" },
  reopen: { action: reopenClaimAction, label: "Reopen for review", pending: "Reopening…" },
} as const;

export type OneStepMove = keyof typeof MOVES;

/** A move that needs nothing but a click: take, submit for the editor, reopen. */
export function ClaimMoveForm({
  move,
  claimId,
  version,
  label,
  primary = false,
  compact = false,
}: {
  move: OneStepMove;
  claimId: number;
  version: number;
  /** Overrides the button's words (e.g. "Take" in the queue); give the claim in it for screen readers. */
  label?: React.ReactNode;
  primary?: boolean;
  /** In a list row: the message goes beside the button. */
  compact?: boolean;
}) {
  const { action, label: defaultLabel, pending: pendingLabel } = MOVES[move];
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(action, null);
  return (
    <form action={formAction} className={compact ? "flex flex-wrap items-center gap-2" : "space-y-2"}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={primary ? primaryButtonClass : secondaryButtonClass}>
        {pending ? pendingLabel : (label ?? defaultLabel)}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
