"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { deleteCitationAction } from "@/lib/citations/actions";
import { deleteNoteAction } from "@/lib/notes/actions";
import { secondaryButtonClass } from "./form-parts";

const ACTIONS = { citation: deleteCitationAction, note: deleteNoteAction } as const;
const ID_FIELDS = { citation: "citationId", note: "noteId" } as const;

/** Deletes a citation or a note at the version the viewer saw; a conflict or refusal shows beside the button. */
export function DeleteItemForm({ kind, id, version }: { kind: "citation" | "note"; id: number; version: number }) {
  return (
    <OneButtonForm
      action={ACTIONS[kind]}
      fields={{ [ID_FIELDS[kind]]: id, version }}
      label={`Delete ${kind}`}
      pendingLabel="Deleting…"
      buttonClassName={`${secondaryButtonClass} text-red-800`}
    />
  );
}

/** A form of hidden fields and one button (an item's version in them); a refusal shows beside the button. */
export function OneButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  buttonClassName = secondaryButtonClass,
}: {
  action: (state: ActionState | null, formData: FormData) => Promise<ActionState>;
  /** Hidden fields, in order. */
  fields: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  buttonClassName?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={buttonClassName}>
        {pending ? pendingLabel : label}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
