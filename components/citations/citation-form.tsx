"use client";

import { useId } from "react";
import { useActionThatCloses } from "@/components/ui/disclosure";
import { addCitationAction, updateCitationAction } from "@/lib/citations/actions";
import { CITATION_STANCES, LIMITS } from "@/lib/core/fields";
import { STANCE_HINTS, STANCE_LABELS } from "@/components/ui/format";
import {
  FieldError,
  FormMessage,
  inputClass,
  invalidProps,
  labelClass,
  primaryButtonClass,
  PublisherDateFields,
  shownValue,
  TextField,
} from "@/components/ui/form-parts";

/** What an edit form starts from: the citation as stored (strings, as the form sends them). */
export interface CitationFormValues {
  citationId: number;
  version: number;
  url: string;
  title: string;
  publisher: string;
  publishedOn: string;
  quote: string;
  stance: string;
  figure: string;
}

/** Add a citation to a claim, or edit one (with its version, so a concurrent change is a conflict). */
export function CitationForm(props: { claimId: number } | { citation: CitationFormValues }) {
  const editing = "citation" in props ? props.citation : null;
  const [state, formAction, pending] = useActionThatCloses(editing ? updateCitationAction : addCitationAction);
  const id = useId();

  const value = (name: keyof CitationFormValues) => shownValue(state, name, editing ? String(editing[name]) : "");
  const stance = value("stance") || "supports";

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {editing ? (
        <>
          <input type="hidden" name="citationId" value={editing.citationId} />
          <input type="hidden" name="version" value={editing.version} />
        </>
      ) : (
        <input type="hidden" name="claimId" value={"claimId" in props ? props.claimId : ""} />
      )}
      <FormMessage state={state} />
      <TextField
        state={state}
        id={`${id}-url`}
        name="url"
        label="Web address"
        type="url"
        inputMode="url"
        placeholder="https://"
        maxLength={LIMITS.url}
        defaultValue={value("url")}
      />
      <TextField state={state} id={`${id}-title`} name="title" label="Title" maxLength={LIMITS.title} defaultValue={value("title")} />
      <PublisherDateFields
        state={state}
        id={id}
        publisher={value("publisher")}
        date={{ name: "publishedOn", id: `${id}-published`, label: "Published on", value: value("publishedOn") }}
      />
      <div>
        <label htmlFor={`${id}-quote`} className={labelClass}>
          Passage from the source
        </label>
        <textarea
          id={`${id}-quote`}
          name="quote"
          rows={3}
          maxLength={LIMITS.quote}
          defaultValue={value("quote")}
          className={inputClass}
          {...invalidProps(state, `${id}-quote`, "quote")}
        />
        <FieldError state={state} id={`${id}-quote`} name="quote" />
      </div>
      <fieldset {...invalidProps(state, `${id}-stance`, "stance")}>
        <legend className={labelClass}>What the source does to the claim</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {CITATION_STANCES.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm" title={STANCE_HINTS[option]}>
              <input type="radio" name="stance" value={option} defaultChecked={stance === option} />
              {STANCE_LABELS[option]}
            </label>
          ))}
        </div>
        <FieldError state={state} id={`${id}-stance`} name="stance" />
      </fieldset>
      <div className="sm:max-w-xs">
        <label htmlFor={`${id}-figure`} className={labelClass}>
          Figure the source gives <span className="font-normal text-stone-600">(optional)</span>
        </label>
        <input
          id={`${id}-figure`}
          name="figure"
          inputMode="decimal"
          placeholder="e.g. 4601 or 77.5"
          defaultValue={value("figure")}
          className={inputClass}
          {...invalidProps(state, `${id}-figure`, "figure")}
        />
        <FieldError state={state} id={`${id}-figure`} name="figure" />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : editing ? "Save citation" : "Add citation"}
      </button>
    </form>
  );
}
