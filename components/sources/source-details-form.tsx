"use client";

import { useId } from "react";
import { Disclosure, useActionThatCloses } from "@/components/ui/disclosure";
import { FormMessage, primaryButtonClass, PublisherDateFields, shownValue, TextField } from "@/components/ui/form-parts";
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
  const [state, formAction, pending] = useActionThatCloses(updateSourceMetadataAction);
  const id = useId();
  const value = (name: "title" | "publisher" | "publishedAt" | "url") => shownValue(state, name, details[name]);

  return (
    <form action={formAction} className="mt-3 max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <input type="hidden" name="sourceId" value={details.sourceId} />
      <input type="hidden" name="seen" value={details.seen} />
      <FormMessage state={state} />
      <TextField
        state={state}
        id={`${id}-title`}
        name="title"
        label="Title"
        required
        maxLength={LIMITS.title}
        defaultValue={value("title")}
      />
      <PublisherDateFields
        state={state}
        id={id}
        publisher={value("publisher")}
        date={{ name: "publishedAt", id: `${id}-publishedAt`, label: "Date published", value: value("publishedAt") }}
      />
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
