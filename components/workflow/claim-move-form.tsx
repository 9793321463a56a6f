"use client";

import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { reopenClaimAction, submitForEditorAction, takeClaimAction } from "@/lib/workflow/actions";
import { FormMessage, primaryButtonClass, secondaryButtonClass } from "@/components/ui/form-parts";

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
  available = true,
  describedBy,
}: {
  move: OneStepMove;
  claimId: number;
  version: number;
  /** Overrides the button's words (e.g. "Take" in the queue); give the claim in it for screen readers. */
  label?: React.ReactNode;
  primary?: boolean;
  /** In a list row: the message goes beside the button. */
  compact?: boolean;
  /**
   * False once the move no longer applies (the claim was just taken): the button goes, the
   * outcome stays and takes the focus, so a keyboard user is not dropped at the top of the page.
   */
  available?: boolean;
  /** The id of a warning the button should be read with ("no citation yet"). */
  describedBy?: string;
}) {
  const { action, label: defaultLabel, pending: pendingLabel } = MOVES[move];
  const [state, formAction, pending] = useClaimMove(action, version);
  if (!available) return <MoveOutcome state={state} />;
  return (
    <form action={formAction} className={compact ? "flex flex-wrap items-center gap-2" : "space-y-2"}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={describedBy}
        className={primary ? primaryButtonClass : secondaryButtonClass}
      >
        {pending ? pendingLabel : (label ?? defaultLabel)}
      </button>
      {/* A success moves the claim on and takes the button away, so only refusals show here. */}
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

export type MoveAction = (previous: ActionState | null, formData: FormData) => Promise<ActionState>;

/**
 * useActionState for a move on a claim at `version`. A success is reported only while the claim
 * is still at the version that success produced: once anything moves it again (say a reopen after
 * a publish), the old "Verdict published." no longer describes it and is dropped.
 */
export function useClaimMove(action: MoveAction, version: number): [ActionState | null, (formData: FormData) => void, boolean] {
  // The version the form was sent at lives in the action's state, not in a ref read during render.
  const [outcome, formAction, pending] = useActionState<{ state: ActionState; sentAt: number } | null, FormData>(
    async (previous, formData) => ({ state: await action(previous?.state ?? null, formData), sentAt: Number(formData.get("version")) }),
    null,
  );
  const state = outcome?.state ?? null;
  const stale = outcome !== null && state?.ok === true && version > outcome.sentAt + 1;
  return [stale ? null : state, formAction, pending];
}

/**
 * What a form leaves behind once its move no longer applies (the claim moved on): the success
 * message, focused, so a keyboard user stays where they were and a screen reader reads it.
 */
export function MoveOutcome({ state }: { state: ActionState | null }) {
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state?.ok) outcome.current?.focus();
  }, [state]);
  return state?.ok && state.message ? (
    <p ref={outcome} tabIndex={-1} role="status" className="text-sm font-medium text-emerald-800">
      {state.message}
    </p>
  ) : null;
}
