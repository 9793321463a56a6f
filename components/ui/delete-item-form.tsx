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
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(ACTIONS[kind], null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name={ID_FIELDS[kind]} value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={`${secondaryButtonClass} text-red-800`}>
        {pending ? "Deleting…" : `Delete ${kind}`}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
