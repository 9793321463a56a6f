"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { assignClaimAction } from "@/lib/workflow/actions";
import { FieldError, FormMessage, inputClass, invalidProps, labelClass, secondaryButtonClass, shownValue } from "@/components/ui/form-parts";

export interface AssigneeOption {
  id: number;
  name: string;
  role: string;
}

/** An editor gives the claim to someone (it moves to in review, assigned to them). */
export function AssignClaimForm({
  claimId,
  version,
  assignees,
  currentAssigneeId,
}: {
  claimId: number;
  version: number;
  assignees: AssigneeOption[];
  currentAssigneeId: number | null;
}) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(assignClaimAction, null);
  const id = useId();
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor={`${id}-assignee`} className={labelClass}>
            Assign to
          </label>
          <select
            id={`${id}-assignee`}
            name="assigneeId"
            defaultValue={shownValue(state, "assigneeId", currentAssigneeId === null ? "" : String(currentAssigneeId))}
            className={inputClass}
            {...invalidProps(state, `${id}-assignee`, "assigneeId")}
          >
            <option value="">Choose a person…</option>
            {assignees.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.role})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? "Assigning…" : "Assign"}
        </button>
      </div>
      <FieldError state={state} id={`${id}-assignee`} name="assigneeId" />
    </form>
  );
}
