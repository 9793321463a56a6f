"use client";

import { useActionState } from "react";
import { FormMessage, primaryButtonClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { acceptSuggestionAction, rejectSuggestionAction } from "@/lib/datasets/actions";

/** Accept (becomes a citation) or reject (remembered) one suggestion; the server recomputes it. */
export function SuggestionActions({
  claimId,
  datasetId,
  candidateKey,
  label,
}: {
  claimId: number;
  datasetId: number;
  candidateKey: string;
  label: string;
}) {
  const [accepted, accept, accepting] = useActionState(acceptSuggestionAction, null);
  const [rejected, reject, rejecting] = useActionState(rejectSuggestionAction, null);
  const fields = (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="datasetId" value={datasetId} />
      <input type="hidden" name="candidateKey" value={candidateKey} />
    </>
  );
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <form action={accept}>
        {fields}
        <button type="submit" className={primaryButtonClass} disabled={accepting || rejecting} aria-label={`Cite as source: ${label}`}>
          {accepting ? "Citing…" : "Cite as source"}
        </button>
      </form>
      <form action={reject}>
        {fields}
        <button type="submit" className={secondaryButtonClass} disabled={accepting || rejecting} aria-label={`Not this one: ${label}`}>
          Not this one
        </button>
      </form>
      <FormMessage state={accepted ?? rejected} />
    </div>
  );
}
