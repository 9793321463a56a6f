"use client";

import { useActionState, useId, useMemo, useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { addReleaseAction } from "@/lib/sources/actions";
import { formatName } from "@/lib/ingest/detect";
import type { ReleaseDraft } from "@/lib/ingest/draft";
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

type Field = "title" | "publisher" | "publishedAt" | "url" | "text";

/**
 * Step two: the release's details and text, prefilled from the document when there is one, all
 * editable; "Add release" imports it (addReleaseAction), which opens the new source's page.
 * Controlled fields: a failed submission keeps what was typed without sending the text back.
 */
export function ReleaseDetailsForm({ draft, onStartOver }: { draft: ReleaseDraft | null; onStartOver?: () => void }) {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(addReleaseAction, null);
  const [values, setValues] = useState<Record<Field, string>>({
    title: draft?.title ?? "",
    publisher: draft?.publisher ?? "",
    publishedAt: draft?.publishedAt ?? "",
    url: draft?.url ?? "",
    text: draft?.text ?? "",
  });
  const id = useId();
  // The title follows the text's headline (its first line) until the person types a title of their own.
  const [titleFollowsText, setTitleFollowsText] = useState(!draft?.title);
  const bind = (name: Field) => ({
    id: `${id}-${name}`,
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const next = event.currentTarget.value;
      if (name === "title") setTitleFollowsText(next === "");
      setValues((current) => ({ ...current, [name]: next, ...(name === "text" && titleFollowsText ? { title: headline(next) } : {}) }));
    },
    ...invalidProps(state, `${id}-${name}`, name),
  });
  // Of the document as read (not re-counted on every keystroke: a release can be megabytes).
  const paragraphs = useMemo(() => (draft ? draft.text.split(/\n\s*\n/).filter((block) => block.trim() !== "").length : 0), [draft]);

  return (
    <form
      action={formAction}
      aria-labelledby={`${id}-heading`}
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={`${id}-heading`} className="text-base font-semibold">
          {draft ? "Check the details" : "The release"}
        </h2>
        {onStartOver ? (
          <button type="button" onClick={onStartOver} className={secondaryButtonClass}>
            Start over
          </button>
        ) : null}
      </div>
      {draft ? (
        <p role="status" className="rounded-md border border-blue-100 bg-blue-50 px-3 py-2 text-sm text-blue-950">
          Read <span className="font-medium break-all">{draft.origin}</span> as {formatName(draft.format)}:{" "}
          {paragraphs.toLocaleString("en-US")} {paragraphs === 1 ? "paragraph" : "paragraphs"}. The details below were taken from the
          document where it states them; correct anything that is wrong.
        </p>
      ) : null}
      <FormMessage state={state} />
      <p className="text-sm text-stone-600">
        Fields marked <Required /> must be filled in.
      </p>

      <div>
        <label htmlFor={`${id}-title`} className={labelClass}>
          Title <Required />
        </label>
        {draft ? null : (
          <p id={`${id}-title-hint`} className="mt-0.5 text-sm text-stone-600">
            Filled in from the headline, the first line of the text you paste; change it if it is not the title.
          </p>
        )}
        <input
          {...bind("title")}
          required
          aria-required="true"
          maxLength={LIMITS.title}
          autoComplete="off"
          aria-describedby={draft ? undefined : `${id}-title-hint`}
          className={inputClass}
        />
        <FieldError state={state} id={`${id}-title`} name="title" />
      </div>

      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-publisher`} className={labelClass}>
            Publisher <span className="font-normal text-stone-600">(optional)</span>
          </label>
          <input {...bind("publisher")} maxLength={LIMITS.publisher} placeholder="e.g. Department of Labor" className={inputClass} />
          <FieldError state={state} id={`${id}-publisher`} name="publisher" />
        </div>
        <div>
          <label htmlFor={`${id}-publishedAt`} className={labelClass}>
            Date published <span className="font-normal text-stone-600">(optional)</span>
          </label>
          <input {...bind("publishedAt")} type="date" className={inputClass} />
          <FieldError state={state} id={`${id}-publishedAt`} name="publishedAt" />
        </div>
      </div>

      <div>
        <label htmlFor={`${id}-url`} className={labelClass}>
          Web address of the original <span className="font-normal text-stone-600">(optional)</span>
        </label>
        <p id={`${id}-url-hint`} className="mt-0.5 text-sm text-stone-600">
          A changed text added later at the same address becomes a new version of this release.
        </p>
        <input
          {...bind("url")}
          type="url"
          inputMode="url"
          placeholder="https://"
          maxLength={LIMITS.url}
          aria-describedby={state && !state.ok && state.fieldErrors?.url ? `${id}-url-hint ${id}-url-error` : `${id}-url-hint`}
          className={inputClass}
        />
        <FieldError state={state} id={`${id}-url`} name="url" />
      </div>

      <div>
        <label htmlFor={`${id}-text`} className={labelClass}>
          Release text <Required />
        </label>
        <textarea
          {...bind("text")}
          required
          aria-required="true"
          rows={draft ? 12 : 14}
          spellCheck={false}
          placeholder={draft ? undefined : "Paste the whole release here: headline, body and the boilerplate at the end."}
          className={`${inputClass} font-[inherit] leading-relaxed`}
        />
        <p className="mt-1 text-xs text-stone-600">{values.text.length.toLocaleString("en-US")} characters</p>
        <FieldError state={state} id={`${id}-text`} name="text" />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Adding and finding claims…" : "Add release"}
        </button>
        <p className="text-sm text-stone-600">Its claims are listed on the next page.</p>
      </div>
    </form>
  );
}

/** The text's first non-empty line, as a title: its headline. */
export function headline(text: string): string {
  const line = text.split("\n").find((candidate) => candidate.trim() !== "") ?? "";
  return line.trim().replace(/\s+/g, " ").slice(0, LIMITS.title);
}

function Required() {
  return (
    <span className="font-normal text-red-800">
      <span aria-hidden="true">*</span>
      <span className="sr-only">(required)</span>
    </span>
  );
}
