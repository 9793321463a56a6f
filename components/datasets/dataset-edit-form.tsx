"use client";

import { useActionState } from "react";
import { FormMessage, inputClass, labelClass, primaryButtonClass, secondaryButtonClass, TextField } from "@/components/ui/form-parts";
import { deleteDatasetAction, updateDatasetAction } from "@/lib/datasets/actions";
import type { DatasetColumn } from "@/lib/datasets/columns";

interface Props {
  dataset: {
    id: number;
    editVersion: number;
    title: string;
    publisher: string | null;
    url: string | null;
    publishedOn: string | null;
    licence: string | null;
    columns: DatasetColumn[];
  };
  canDelete: boolean;
}

const TYPE_LABELS: Record<DatasetColumn["type"], string> = { period: "Period", category: "Category", number: "Number" };

/** Details and column types (the server decides again who may change them). */
export function DatasetEditForm({ dataset, canDelete }: Props) {
  const [state, action, pending] = useActionState(updateDatasetAction, null);
  const [deleteState, deleteAction, deleting] = useActionState(deleteDatasetAction, null);
  const value = (name: string, stored: string | null) => (state && !state.ok ? (state.values?.[name] ?? stored ?? "") : (stored ?? ""));
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
        <input type="hidden" name="datasetId" value={dataset.id} />
        <input type="hidden" name="editVersion" value={dataset.editVersion} />
        <TextField
          state={state}
          id="dataset-edit-title"
          name="title"
          label="Title"
          defaultValue={value("title", dataset.title)}
          required
          maxLength={300}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            state={state}
            id="dataset-publisher"
            name="publisher"
            label="Publisher"
            optional
            defaultValue={value("publisher", dataset.publisher)}
          />
          <TextField
            state={state}
            id="dataset-url"
            name="url"
            label="Web address"
            optional
            type="url"
            defaultValue={value("url", dataset.url)}
          />
          <TextField
            state={state}
            id="dataset-date"
            name="publishedOn"
            label="Date of the data"
            optional
            type="date"
            defaultValue={value("publishedOn", dataset.publishedOn)}
          />
          <TextField
            state={state}
            id="dataset-licence"
            name="licence"
            label="Licence"
            optional
            defaultValue={value("licence", dataset.licence)}
          />
        </div>
        <fieldset>
          <legend className={labelClass}>Column types</legend>
          <p className="text-xs text-stone-600">
            Periods are years, fiscal years, months; categories are labels; numbers are what is compared.
          </p>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {dataset.columns.map((column, index) => (
              <div key={`${index}-${column.name}`}>
                <label htmlFor={`column-${index}`} className="block text-sm text-stone-800">
                  {column.name}
                </label>
                <select id={`column-${index}`} name="columnTypes" defaultValue={column.type} className={inputClass}>
                  {(["period", "category", "number"] as const).map((type) => (
                    <option key={type} value={type}>
                      {TYPE_LABELS[type]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
        <FormMessage state={state} />
        <button type="submit" className={primaryButtonClass} disabled={pending}>
          {pending ? "Saving…" : "Save dataset"}
        </button>
      </form>
      {canDelete ? (
        <form action={deleteAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="datasetId" value={dataset.id} />
          <input type="hidden" name="editVersion" value={dataset.editVersion} />
          <button type="submit" className={`${secondaryButtonClass} text-red-800`} disabled={deleting}>
            Delete dataset
          </button>
          <FormMessage state={deleteState} />
        </form>
      ) : null}
    </div>
  );
}
