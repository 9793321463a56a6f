"use client";

import { useId } from "react";
import { type MoveAction, MoveOutcome, useClaimMove } from "./claim-move-form";
import { VERDICT_LIMITS } from "@/lib/workflow/schema";
import {
  FieldError,
  FormMessage,
  inputClass,
  invalidProps,
  labelClass,
  secondaryButtonClass,
  shownValue,
} from "@/components/ui/form-parts";

/** A move of the claim that carries an internal reason: set aside, retract. */
export function ReasonMoveForm({
  action,
  claimId,
  version,
  available,
  label,
  multiline,
  button,
  buttonPending,
  buttonClassName = secondaryButtonClass,
}: {
  action: MoveAction;
  claimId: number;
  version: number;
  available: boolean;
  label: React.ReactNode;
  /** A two-line box with an example, instead of a one-line input. */
  multiline?: { placeholder: string };
  button: string;
  buttonPending: string;
  buttonClassName?: string;
}) {
  const [state, formAction, pending] = useClaimMove(action, version);
  const id = useId();
  if (!available) return <MoveOutcome state={state} />;
  const field = {
    id: `${id}-reason`,
    name: "reason",
    maxLength: VERDICT_LIMITS.reason,
    defaultValue: shownValue(state, "reason"),
    className: inputClass,
    ...invalidProps(state, `${id}-reason`, "reason"),
  };
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <div>
        <label htmlFor={`${id}-reason`} className={labelClass}>
          {label}
        </label>
        {multiline ? <textarea rows={2} placeholder={multiline.placeholder} {...field} /> : <input {...field} />}
        <FieldError state={state} id={`${id}-reason`} name="reason" />
      </div>
      <button type="submit" disabled={pending} className={buttonClassName}>
        {pending ? buttonPending : button}
      </button>
    </form>
  );
}
