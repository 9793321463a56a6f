"use client";

import { useId, useState } from "react";
import { MoveOutcome, useClaimMove } from "./claim-move-form";
import { publishVerdictAction, saveVerdictDraftAction } from "@/lib/workflow/actions";
import { RATING_LABELS } from "@/lib/workflow/ratings";
import { VERDICT_LIMITS } from "@/lib/workflow/schema";
import { VERDICT_RATINGS, type VerdictRating } from "@/lib/core/fields";
import {
  FieldError,
  FormMessage,
  inputClass,
  invalidProps,
  labelClass,
  primaryButtonClass,
  secondaryButtonClass,
  shownValue,
} from "@/components/ui/form-parts";

const RATING_HINTS: Record<VerdictRating, string> = {
  accurate: "The figure is right and fairly used.",
  mostly_accurate: "Close, or right with a caveat the release leaves out.",
  misleading: "The number may be right, but the framing gives a false impression.",
  false: "The evidence contradicts the figure.",
  unsupported: "No evidence found either way.",
};

export interface VerdictFormValues {
  rating: VerdictRating | "";
  summary: string;
  rationale: string;
}

type Intent = "draft" | "publish";

/**
 * The verdict's working text: the assignee or an editor saves it as a draft (only the newsroom sees
 * it); an editor publishes it. One form, two buttons: the text typed stays after any failure.
 */
export function VerdictForm({
  claimId,
  version,
  initial,
  canPublish,
  canSaveDraft,
}: {
  claimId: number;
  version: number;
  initial: VerdictFormValues;
  canPublish: boolean;
  canSaveDraft: boolean;
}) {
  // Neither move applies any more (just published): only the outcome stays.
  const [intent, setIntent] = useState<Intent>("draft");
  const [state, formAction, pending] = useClaimMove(
    (previous, formData) =>
      formData.get("intent") === "publish" ? publishVerdictAction(previous, formData) : saveVerdictDraftAction(previous, formData),
    version,
  );
  const id = useId();
  const rating = shownValue(state, "rating", initial.rating);
  if (!canPublish && !canSaveDraft) return <MoveOutcome state={state} />;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <fieldset {...invalidProps(state, `${id}-rating`, "rating")}>
        <legend className={labelClass}>Rating</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {VERDICT_RATINGS.map((value) => (
            <label
              key={value}
              className="flex cursor-pointer gap-2 rounded-md border border-stone-200 bg-white p-2.5 text-sm has-checked:border-accent has-checked:bg-blue-50 has-focus-visible:outline-2 has-focus-visible:outline-accent"
            >
              <input type="radio" name="rating" value={value} defaultChecked={rating === value} className="mt-0.5" />
              <span>
                <span className="font-medium text-ink">{RATING_LABELS[value]}</span>
                <span className="block text-stone-600">{RATING_HINTS[value]}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError state={state} id={`${id}-rating`} name="rating" />
      </fieldset>
      <div>
        <label htmlFor={`${id}-summary`} className={labelClass}>
          One-line summary <span className="font-normal text-stone-600">(public once published)</span>
        </label>
        <input
          id={`${id}-summary`}
          name="summary"
          maxLength={VERDICT_LIMITS.summary}
          defaultValue={shownValue(state, "summary", initial.summary)}
          className={inputClass}
          {...invalidProps(state, `${id}-summary`, "summary")}
        />
        <FieldError state={state} id={`${id}-summary`} name="summary" />
      </div>
      <div>
        <label htmlFor={`${id}-rationale`} className={labelClass}>
          Rationale <span className="font-normal text-stone-600">(Markdown; public once published)</span>
        </label>
        <textarea
          id={`${id}-rationale`}
          name="rationale"
          rows={6}
          maxLength={VERDICT_LIMITS.rationale}
          defaultValue={shownValue(state, "rationale", initial.rationale)}
          className={inputClass}
          {...invalidProps(state, `${id}-rationale`, "rationale")}
        />
        <FieldError state={state} id={`${id}-rationale`} name="rationale" />
      </div>
      <div className="flex flex-wrap gap-3">
        {canSaveDraft ? (
          <button
            type="submit"
            name="intent"
            value="draft"
            disabled={pending}
            onClick={() => setIntent("draft")}
            className={secondaryButtonClass}
          >
            {pending && intent === "draft" ? "Saving draft…" : "Save draft"}
          </button>
        ) : null}
        {canPublish ? (
          <button
            type="submit"
            name="intent"
            value="publish"
            disabled={pending}
            onClick={() => setIntent("publish")}
            className={primaryButtonClass}
          >
            {pending && intent === "publish" ? "Publishing…" : "Publish verdict"}
          </button>
        ) : null}
      </div>
    </form>
  );
}
