"use client";

import Link from "next/link";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { addManualClaimAction } from "@/lib/claims/actions";
import { LIMITS } from "@/lib/core/fields";
import {
  FieldError,
  FormMessage,
  inputClass,
  invalidProps,
  labelClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "@/components/ui/form-parts";
import { type BodySpan, selectedSpan } from "@/components/sources/source-selection";

/**
 * Wraps the rendered release (server-rendered children) for signed-in reviewers: selecting text in
 * it offers "Add as claim", which sends the selection's exact offsets to addManualClaimAction.
 * The last real selection is kept while the person types a subject (focusing a field clears it).
 */
export function ManualClaimPicker({ sourceId, children }: { sourceId: number; children: React.ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [span, setSpan] = useState<BodySpan | null>(null);
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(addManualClaimAction, null);
  const id = useId();

  useEffect(() => {
    const onSelectionChange = () => {
      const root = container.current?.querySelector("[data-source-body]");
      if (!root) return;
      const next = selectedSpan(root, document.getSelection());
      if (next) setSpan(next);
    };
    // A selection made before hydration counts too.
    onSelectionChange();
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  const created = state?.ok && state.id !== undefined ? state.id : null;
  // A new claim clears the selection: adjusted while rendering when `created` changes, not in an effect.
  const [clearedFor, setClearedFor] = useState(created);
  if (created !== clearedFor) {
    setClearedFor(created);
    if (created !== null) setSpan(null);
  }
  const spanErrors =
    state && !state.ok
      ? [...(state.fieldErrors?.start ?? []), ...(state.fieldErrors?.end ?? [])].filter((message) => message !== state.error)
      : [];

  return (
    <div ref={container}>
      {children}
      {/* Sticky only while there is something to act on, so the hint never covers the release. */}
      <div className={`mt-4 ${span || created !== null ? "sticky bottom-3" : ""}`} aria-live="polite">
        {created !== null ? (
          <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900 shadow-sm">
            Claim added.{" "}
            <Link href={`/claims/${created}`} className="font-semibold underline underline-offset-2">
              Open claim {created}
            </Link>
          </div>
        ) : null}
        {span ? (
          <form
            action={formAction}
            className="mt-2 space-y-3 rounded-lg border border-stone-300 bg-white p-4 shadow-md"
            aria-label="Add the selected text as a claim"
          >
            <input type="hidden" name="sourceId" value={sourceId} />
            <input type="hidden" name="start" value={span.start} />
            <input type="hidden" name="end" value={span.end} />
            <p className="text-sm text-stone-700">
              Selected: <mark className="font-semibold break-words">{span.text}</mark>{" "}
              <span className="text-xs text-stone-600 tabular-nums">
                (characters {span.start}–{span.end})
              </span>
            </p>
            <FormMessage state={state && !state.ok ? state : null} />
            {spanErrors.length > 0 ? <p className="text-sm text-red-800">{spanErrors.join(" ")}</p> : null}
            <div>
              <label htmlFor={`${id}-subject`} className={labelClass}>
                What it measures <span className="font-normal text-stone-600">(optional)</span>
              </label>
              <input
                id={`${id}-subject`}
                name="subject"
                maxLength={LIMITS.subject}
                placeholder="e.g. deportations in fiscal year 2023"
                defaultValue={state && !state.ok ? (state.values?.subject ?? "") : ""}
                className={inputClass}
                {...invalidProps(state, `${id}-subject`, "subject")}
              />
              <FieldError state={state} id={`${id}-subject`} name="subject" />
            </div>
            <div className="flex flex-wrap gap-2">
              <button type="submit" disabled={pending} className={primaryButtonClass}>
                {pending ? "Adding…" : "Add as claim"}
              </button>
              <button type="button" onClick={() => setSpan(null)} className={secondaryButtonClass}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">
            Missed a figure? Select it in the text to add it as a claim.
          </p>
        )}
      </div>
    </div>
  );
}
