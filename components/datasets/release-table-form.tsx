"use client";

import { useActionState } from "react";
import { FormMessage, primaryButtonClass } from "@/components/ui/form-parts";
import { addReleaseTableAction } from "@/lib/datasets/actions";

export function ReleaseTableForm({ sourceId, tableIndex, caption }: { sourceId: number; tableIndex: number; caption: string }) {
  const [state, action, pending] = useActionState(addReleaseTableAction, null);
  return (
    <form action={action} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="tableIndex" value={tableIndex} />
      <button type="submit" className={primaryButtonClass} disabled={pending} aria-label={`Add as a dataset: ${caption}`}>
        {pending ? "Adding…" : "Add as a dataset"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
