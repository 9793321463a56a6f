"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { Disclosure, useCloseDisclosure } from "@/components/ui/disclosure";
import { FormMessage, primaryButtonClass, shownValue, TextField } from "@/components/ui/form-parts";
import type { ActionState } from "@/lib/actions/action-state";
import { updateSourceMetadataAction } from "@/lib/sources/actions";
import { LIMITS } from "@/lib/core/fields";

export interface SourceDetailsValues {
  sourceId: number;
  /** The digest of the details as shown (a change since is a conflict). */
  seen: string;
  title: string;
  publisher: string;
  publishedAt: string;
  url: string;
}

/** "Edit details" on a source page: title, publisher, date and web address (the text stays as added). */
export function SourceDetailsEditor({ details }: { details: SourceDetailsValues }) {
  return (
    <Disclosure
      summary="Edit details"
      summaryClassName="inline-block rounded text-sm font-medium text-accent underline-offset-2 hover:underline"
      className="mt-3"
    >
      {/* A save re-renders the page: the new digest and the saved values arrive as props. */}
      <SourceDetailsForm details={details} />
    </Disclosure>
  );
}

function SourceDetailsForm({ details }: { details: SourceDetailsValues }) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(updateSourceMetadataAction, null);
  const id = useId();
  const close = useCloseDisclosure();
  const seen = useRef<ActionState | null>(null);
  useEffect(() => {
    if (state?.ok && seen.current !== state) close();
    seen.current = state;
  }, [state, close]);
  const value = (name: "title" | "publisher" | "publishedAt" | "url") => shownValue(state, name, details[name]);

  return (
    <form action={formAction} className="mt-3 max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <input type="hidden" name="sourceId" value={details.sourceId} />
      <input type="hidden" name="seen" value={details.seen} />
      <FormMessage state={state} />
      <TextField state={state} id={`${id}-title`} name="title" label="Title" required maxLength={LIMITS.title} defaultValue={value("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          state={state}
          id={`${id}-publisher`}
          name="publisher"
          label="Publisher"
          optional
          maxLength={LIMITS.publisher}
          defaultValue={value("publisher")}
        />
        <TextField
          state={state}
          id={`${id}-publishedAt`}
          name="publishedAt"
          label="Date published"
          optional
          type="date"
          defaultValue={value("publishedAt")}
        />
      </div>
      <TextField
        state={state}
        id={`${id}-url`}
        name="url"
        label="Web address of the original"
        optional
        type="url"
        inputMode="url"
        maxLength={LIMITS.url}
        placeholder="https://"
        defaultValue={value("url")}
      />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Save details"}
      </button>
    </form>
  );
}
