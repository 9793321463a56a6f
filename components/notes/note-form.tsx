"use client";

import { useId } from "react";
import { addNoteAction, updateNoteAction } from "@/lib/notes/actions";
import { LIMITS } from "@/lib/core/fields";
import { useActionThatCloses } from "@/components/ui/disclosure";
import { FieldError, FormMessage, inputClass, invalidProps, labelClass, primaryButtonClass, shownValue } from "@/components/ui/form-parts";

/** Add a verification note (Markdown) to a claim, or edit one with its version. */
export function NoteForm(props: { claimId: number } | { note: { noteId: number; version: number; body: string } }) {
  const editing = "note" in props ? props.note : null;
  const [state, formAction, pending] = useActionThatCloses(editing ? updateNoteAction : addNoteAction);
  const id = useId();

  return (
    <form action={formAction} className="space-y-3" noValidate>
      {editing ? (
        <>
          <input type="hidden" name="noteId" value={editing.noteId} />
          <input type="hidden" name="version" value={editing.version} />
        </>
      ) : (
        <input type="hidden" name="claimId" value={"claimId" in props ? props.claimId : ""} />
      )}
      <FormMessage state={state} />
      <div>
        <label htmlFor={`${id}-body`} className={labelClass}>
          {editing ? "Note" : "New note"}
        </label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={editing ? 5 : 4}
          maxLength={LIMITS.noteBody}
          defaultValue={shownValue(state, "body", editing?.body ?? "")}
          aria-describedby={`${id}-hint`}
          className={inputClass}
          {...invalidProps(state, `${id}-body`, "body")}
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
          Markdown: **bold**, *italic*, lists, [links](https://example.org). HTML shows as plain text.
        </p>
        <FieldError state={state} id={`${id}-body`} name="body" />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : editing ? "Save note" : "Add note"}
      </button>
    </form>
  );
}
