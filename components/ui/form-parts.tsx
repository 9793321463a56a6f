import type { InputHTMLAttributes, ReactNode } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { LIMITS } from "@/lib/core/fields";

/** Shared bits of the review forms: field errors next to their field, the form-level message, echoed values. */

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs aria-[invalid=true]:border-red-600 sm:text-sm";
export const labelClass = "block text-sm font-medium text-stone-800";
export const primaryButtonClass =
  "rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-blue-950 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-50 disabled:opacity-60";

export function fieldErrors(state: ActionState | null, name: string): string[] {
  return state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [];
}

/** What to show in a field: the text the person submitted when it failed, else the stored value. */
export function shownValue(state: ActionState | null, name: string, stored = ""): string {
  return state && !state.ok ? (state.values?.[name] ?? stored) : stored;
}

/** Props that tie a field to its error message for assistive technology. */
export function invalidProps(state: ActionState | null, id: string, name: string) {
  const errors = fieldErrors(state, name);
  return errors.length > 0 ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function FieldError({ state, id, name }: { state: ActionState | null; id: string; name: string }) {
  const errors = fieldErrors(state, name);
  if (errors.length === 0) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
      {errors.join(" ")}
    </p>
  );
}

/**
 * A labelled input with its error message: `optional` adds "(optional)" to the label, and a failed
 * submission marks the input invalid and points it at the message. Other props go to the input.
 */
export function TextField({
  state,
  id,
  name,
  label,
  optional = false,
  ...input
}: { state: ActionState | null; id: string; name: string; label: ReactNode; optional?: boolean } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "className"
>) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
        {optional ? (
          <>
            {" "}
            <span className="font-normal text-stone-600">(optional)</span>
          </>
        ) : null}
      </label>
      <input id={id} name={name} className={inputClass} {...input} {...invalidProps(state, id, name)} />
      <FieldError state={state} id={id} name={name} />
    </div>
  );
}

/** Who published a document and when, side by side and both optional (a citation, a source's details). */
export function PublisherDateFields({
  state,
  id,
  publisher,
  date,
}: {
  state: ActionState | null;
  id: string;
  publisher: string;
  /** The date field's name, id, label and value (a citation's `publishedOn`, a source's `publishedAt`). */
  date: { name: string; id: string; label: string; value: string };
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        state={state}
        id={`${id}-publisher`}
        name="publisher"
        label="Publisher"
        optional
        maxLength={LIMITS.publisher}
        defaultValue={publisher}
      />
      <TextField state={state} id={date.id} name={date.name} label={date.label} optional type="date" defaultValue={date.value} />
    </div>
  );
}

/** Keys with no visible field: their errors belong in the form's message. */
const HIDDEN_FIELDS = ["form", "claimId", "citationId", "noteId", "sourceId", "userId", "version"];

/** The outcome of the last submission: an alert for failures (conflicts included), a status for success. */
export function FormMessage({ state }: { state: ActionState | null }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="text-sm text-emerald-800">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p
      role="alert"
      className={`rounded-md border px-3 py-2 text-sm ${state.conflict ? "border-amber-300 bg-amber-50 text-amber-950" : "border-red-200 bg-red-50 text-red-900"}`}
    >
      {state.error}
      {HIDDEN_FIELDS.flatMap((name) => state.fieldErrors?.[name] ?? []).map((message) => (
        <span key={message}> {message}</span>
      ))}
    </p>
  );
}
