"use client";

import Link from "next/link";
import { startTransition, useActionState, useEffect, useId, useRef } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { assignClaimsAction } from "@/lib/workflow/actions";
import { FieldError, FormMessage, primaryButtonClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { AssigneeSelect, type AssigneeOption } from "./assign-claim-form";
import { STATUS_LABELS } from "@/components/claims/claim-format";
import type { ClaimStatus } from "@/lib/claims/types";

export interface BulkClaim {
  id: number;
  version: number;
  text: string;
  subject: string;
  status: ClaimStatus;
  sourceTitle: string;
  assigneeName: string | null;
}

/** Select claims with their checkboxes, choose a person, assign them all in one go (all or nothing). */
export function BulkAssignForm({ claims, assignees }: { claims: BulkClaim[]; assignees: AssigneeOption[] }) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(assignClaimsAction, null);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const setAll = (checked: boolean) => {
    for (const box of formRef.current?.querySelectorAll<HTMLInputElement>('input[name="claims"]') ?? []) box.checked = checked;
  };
  // Submitted by hand so a refusal keeps the ticks (React resets a form after its action returns);
  // after a success they are cleared here instead.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  useEffect(() => {
    if (state?.ok) setAll(false);
  }, [state]);

  if (claims.length === 0) return <p className="text-sm text-stone-600">No open claims to assign.</p>;
  return (
    <form ref={formRef} action={formAction} onSubmit={submit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FieldError state={state} id={`${id}-claims`} name="claims" />
      <div className="flex flex-wrap items-end gap-3">
        <AssigneeSelect
          state={state}
          id={`${id}-assignee`}
          label="Assign the selected claims to"
          className="min-w-56"
          assignees={assignees}
          defaultValue=""
        />
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Assigning…" : "Assign selected"}
        </button>
        <button type="button" onClick={() => setAll(true)} className={secondaryButtonClass}>
          Select all
        </button>
        <button type="button" onClick={() => setAll(false)} className={secondaryButtonClass}>
          Clear
        </button>
      </div>
      <FieldError state={state} id={`${id}-assignee`} name="assigneeId" />
      <fieldset>
        <legend className="sr-only">Open claims</legend>
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
          {claims.map((claim) => (
            <li key={claim.id} className="flex items-start gap-3 px-3 py-2.5">
              <input
                id={`${id}-claim-${claim.id}`}
                type="checkbox"
                name="claims"
                value={`${claim.id}:${claim.version}`}
                className="mt-1 size-4 shrink-0"
              />
              <div className="min-w-0 flex-1 text-sm">
                <label htmlFor={`${id}-claim-${claim.id}`} className="cursor-pointer">
                  <span className="font-semibold text-ink tabular-nums">{claim.text}</span>{" "}
                  <span className="text-stone-700">{claim.subject}</span>
                </label>
                <p className="text-xs text-stone-600">
                  {STATUS_LABELS[claim.status]} · {claim.assigneeName ? `with ${claim.assigneeName}` : "nobody"} · {claim.sourceTitle} ·{" "}
                  <Link href={`/claims/${claim.id}`} className="text-accent underline underline-offset-2">
                    open<span className="sr-only"> claim {claim.text}</span>
                  </Link>
                </p>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    </form>
  );
}
