"use client";

import { useActionState, useId, useRef, useState, useTransition } from "react";
import { fetchReleaseAction } from "@/lib/sources/actions";
import { ACCEPT_ATTRIBUTE } from "@/lib/ingest/detect";
import type { DraftState, ReleaseDraft } from "@/lib/ingest/draft";
import { formatBytes } from "@/lib/ingest/format";
import { FieldError, inputClass, invalidProps, labelClass, primaryButtonClass } from "@/components/ui/form-parts";
import { ReleaseDetailsForm } from "./release-details-form";

type Mode = "paste" | "upload" | "url";

const MODES: { value: Mode; label: string }[] = [
  { value: "paste", label: "Paste text" },
  { value: "upload", label: "Upload a file" },
  { value: "url", label: "From a web address" },
];

/**
 * Step one: where the release comes from (pasted, a file, a web address). A file is read by
 * POST /sources/new/convert and a page fetched by fetchReleaseAction; either way the text and the
 * metadata found in it fill step two, ReleaseDetailsForm, where the person checks and adds it.
 */
export function AddReleaseForm({ maxBytes }: { maxBytes: number }) {
  const [mode, setMode] = useState<Mode>("paste");
  const [draft, setDraft] = useState<ReleaseDraft | null>(null);
  const [serial, setSerial] = useState(0);
  const id = useId();

  const choose = (next: Mode) => {
    setMode(next);
    setDraft(null);
  };
  const accept = (next: ReleaseDraft) => {
    setDraft(next);
    setSerial((value) => value + 1);
  };

  return (
    <div className="space-y-8">
      <fieldset>
        <legend className="text-sm font-semibold text-stone-800">How do you want to add it?</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {MODES.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2.5 text-sm font-medium text-stone-800 has-checked:border-accent has-checked:bg-blue-50 has-checked:text-accent has-focus-visible:outline-3 has-focus-visible:outline-accent"
            >
              <input
                type="radio"
                name={`${id}-mode`}
                value={option.value}
                checked={mode === option.value}
                onChange={() => choose(option.value)}
                className="accent-accent"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>

      {mode === "upload" ? <UploadStep maxBytes={maxBytes} onRead={accept} /> : null}
      {mode === "url" ? <FetchStep onRead={accept} /> : null}

      {mode === "paste" || draft ? (
        <ReleaseDetailsForm key={`${mode}-${serial}`} draft={draft} onStartOver={draft ? () => setDraft(null) : undefined} />
      ) : null}
    </div>
  );
}

function UploadStep({ maxBytes, onRead }: { maxBytes: number; onRead: (draft: ReleaseDraft) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const read = (file: File) => {
    setError(null);
    if (file.size === 0) {
      setError(`${file.name} is empty: there is no text to import.`);
      return;
    }
    if (file.size > maxBytes) {
      setError(
        `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}. Import a smaller file, or paste the release's text.`,
      );
      return;
    }
    setReading(file.name);
    startTransition(async () => {
      try {
        const response = await fetch("/sources/new/convert", {
          method: "POST",
          body: file,
          headers: { "Content-Type": file.type || "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
        });
        const answer: unknown = await response.json().catch(() => null);
        if (response.ok && answer && typeof answer === "object" && "draft" in answer) {
          onRead((answer as { draft: ReleaseDraft }).draft);
        } else {
          const message = answer && typeof answer === "object" && "error" in answer ? String((answer as { error: unknown }).error) : null;
          setError(message ?? `The file could not be read (the server answered ${response.status}). Try again.`);
        }
      } catch {
        setError("The upload did not reach the server. Check your connection and try again.");
      } finally {
        setReading(null);
      }
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        Upload a file
      </h2>
      <label htmlFor={`${id}-file`} className={`${labelClass} mt-3`}>
        Release file
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
        Plain text (.txt), Markdown (.md), a saved web page (.html) or a PDF, up to {formatBytes(maxBytes)}.
      </p>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        disabled={pending}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) read(file);
        }}
        className="mt-2 block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-stone-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-stone-800 hover:file:bg-stone-100"
      />
      {reading ? (
        <p role="status" className="mt-3 text-sm text-stone-700">
          Reading {reading}…
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function FetchStep({ onRead }: { onRead: (draft: ReleaseDraft) => void }) {
  const id = useId();
  const [state, formAction, pending] = useActionState<DraftState | null, FormData>(async (previous, formData) => {
    const next = await fetchReleaseAction(previous, formData);
    if (next.ok) onRead(next.draft);
    return next;
  }, null);
  const failed = state && !state.ok ? state : null;
  const fieldState = failed ? { ok: false as const, error: failed.error, fieldErrors: failed.fieldErrors } : null;

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        From a web address
      </h2>
      <form action={formAction} className="mt-3" noValidate>
        <label htmlFor={`${id}-url`} className={labelClass}>
          Web address of the release
        </label>
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
          Claim Desk fetches the page and keeps the article&rsquo;s text, title, publisher and date.
        </p>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">
            <input
              id={`${id}-url`}
              name="url"
              type="url"
              inputMode="url"
              required
              placeholder="https://"
              defaultValue={state?.ok ? state.draft.origin : (failed?.values?.url ?? "")}
              aria-describedby={`${id}-hint`}
              className={`${inputClass} mt-0`}
              {...invalidProps(fieldState, `${id}-url`, "url")}
            />
            <FieldError state={fieldState} id={`${id}-url`} name="url" />
          </div>
          <button type="submit" disabled={pending} className={`${primaryButtonClass} shrink-0 sm:py-2.5`}>
            {pending ? "Fetching…" : "Fetch the page"}
          </button>
        </div>
        {failed && !failed.fieldErrors ? (
          <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            {failed.error}
          </p>
        ) : null}
        {state?.ok ? (
          <p role="status" className="mt-3 text-sm text-emerald-800">
            Fetched. Check the details below.
          </p>
        ) : null}
      </form>
    </section>
  );
}
