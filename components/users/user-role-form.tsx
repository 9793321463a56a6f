"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { updateUserRoleAction } from "@/lib/users/actions";
import { USER_ROLES, type UserRole } from "@/lib/core/fields";
import { secondaryButtonClass } from "@/components/ui/form-parts";

/** One account's role: choose and save; a refusal (e.g. the last admin) shows beside it. */
export function UserRoleForm({ userId, email, role }: { userId: number; email: string; role: UserRole }) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(updateUserRoleAction, null);
  const id = useId();
  const error = state && !state.ok ? [state.error, ...(state.fieldErrors?.role ?? [])].filter((m, i, all) => all.indexOf(m) === i) : [];
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`${id}-role`} className="sr-only">
        Role of {email}
      </label>
      {/* Keyed by the stored role, so the select shows it again after the page revalidates. */}
      <select
        key={role}
        id={`${id}-role`}
        name="role"
        defaultValue={role}
        aria-invalid={error.length > 0 || undefined}
        aria-describedby={error.length > 0 ? `${id}-error` : undefined}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
      >
        {USER_ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Saving…" : "Change role"}
      </button>
      {error.length > 0 ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-800">
          {error.join(" ")}
        </p>
      ) : state?.ok ? (
        <p role="status" className="w-full text-sm text-emerald-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
