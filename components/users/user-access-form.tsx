"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { disableUserAction, enableUserAction } from "@/lib/users/actions";
import { secondaryButtonClass } from "@/components/ui/form-parts";

/** Disable an account (its sessions end at once) or enable it again; the outcome shows beside it. */
export function UserAccessForm({ userId, email, disabled }: { userId: number; email: string; disabled: boolean }) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(disabled ? enableUserAction : disableUserAction, null);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${disabled ? "Enable" : "Disable"} ${email}`}
        aria-describedby={state ? `${id}-outcome` : undefined}
        className={secondaryButtonClass}
      >
        {pending ? "Saving…" : disabled ? "Enable" : "Disable"}
      </button>
      {state && !state.ok ? (
        <p id={`${id}-outcome`} role="alert" className="w-full text-sm text-red-800">
          {state.error}
        </p>
      ) : state?.ok ? (
        <p id={`${id}-outcome`} role="status" className="w-full text-sm text-emerald-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
