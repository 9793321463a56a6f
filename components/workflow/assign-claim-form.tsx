"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { assignClaimAction } from "@/lib/workflow/actions";
import {
  FieldError,
  FormMessage,
  inputClass,
  invalidProps,
  labelClass,
  secondaryButtonClass,
  shownValue,
} from "@/components/ui/form-parts";

export interface AssigneeOption {
  id: number;
  name: string;
  role: string;
}

/** The labelled choice of a person to assign (one claim, or the queue's selection). */
export function AssigneeSelect({
  state,
  id,
  label,
  className,
  assignees,
  defaultValue,
}: {
  state: ActionState | null;
  id: string;
  label: string;
  className: string;
  assignees: AssigneeOption[];
  defaultValue: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name="assigneeId" defaultValue={defaultValue} className={inputClass} {...invalidProps(state, id, "assigneeId")}>
        <option value="">Choose a person…</option>
        {assignees.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name} ({person.role})
          </option>
        ))}
      </select>
    </div>
  );
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
        <AssigneeSelect
          state={state}
          id={`${id}-assignee`}
          label="Assign to"
          className="min-w-48 flex-1"
          assignees={assignees}
          defaultValue={shownValue(state, "assigneeId", currentAssigneeId === null ? "" : String(currentAssigneeId))}
        />
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? "Assigning…" : "Assign"}
        </button>
      </div>
      <FieldError state={state} id={`${id}-assignee`} name="assigneeId" />
    </form>
  );
}
