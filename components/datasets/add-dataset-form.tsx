"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-parts";

interface Progress {
  sent: number;
  total: number;
}

/**
 * Sends the file itself as the request body (XMLHttpRequest, whose upload events drive the
 * progress bar; fetch has none), with the details in the query string; or asks the server to fetch
 * the file from a web address. The server streams it into the database and refuses a malformed
 * file by row, storing nothing.
 */
export function AddDatasetForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = fileRef.current?.files?.[0] ?? null;
    const fetchUrl = String(form.get("fetchUrl") ?? "").trim();
    if (!file && !fetchUrl) {
      setError("Choose a CSV or TSV file, or give its web address.");
      return;
    }
    if (file && file.size > maxBytes) {
      setError(`This file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most Claim Desk imports as one dataset.`);
      return;
    }
    const params = new URLSearchParams();
    for (const key of ["title", "publisher", "url", "publishedOn", "licence"]) {
      const value = String(form.get(key) ?? "").trim();
      if (value) params.set(key, value);
    }
    if (file) params.set("filename", file.name);
    else params.set("fetchUrl", fetchUrl);
    setBusy(true);
    setError(null);
    setProgress(file ? { sent: 0, total: file.size } : null);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/datasets/upload?${params.toString()}`);
    xhr.setRequestHeader("Content-Type", file?.type || "text/csv");
    xhr.upload.onprogress = (e) => setProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : (file?.size ?? 0) });
    xhr.onerror = () => {
      setBusy(false);
      setError("The upload broke off. Check the connection and try again.");
    };
    xhr.onload = () => {
      let answer: { datasetId?: number; error?: string } = {};
      try {
        answer = JSON.parse(xhr.responseText) as typeof answer;
      } catch {
        answer = { error: "The server's answer could not be read. Try again." };
      }
      if (xhr.status < 300 && answer.datasetId) {
        router.push(`/datasets/${answer.datasetId}${xhr.status === 200 ? "?already=1" : ""}`);
        return;
      }
      setBusy(false);
      setProgress(null);
      setError(answer.error ?? "The dataset could not be added.");
    };
    xhr.send(file ?? null);
  }

  const percent = progress && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : null;
  return (
    <form
      onSubmit={submit}
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-5"
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">The table</legend>
        <div>
          <label htmlFor={`${id}-file`} className={labelClass}>
            CSV or TSV file
          </label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            className={`${inputClass} file:mr-3`}
          />
          <p className="mt-1 text-xs text-stone-600">
            UTF-8, a header row, one cell per column; up to {Math.round(maxBytes / 1024 / 1024)} MB and 1,000,000 rows.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-fetch`} className={labelClass}>
            Or its web address
          </label>
          <input
            id={`${id}-fetch`}
            name="fetchUrl"
            type="url"
            inputMode="url"
            placeholder="https://www.example.gov/data.csv"
            className={inputClass}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">About it</legend>
        <Field id={`${id}-title`} name="title" label="Title" required />
        <Field id={`${id}-publisher`} name="publisher" label="Publisher" />
        <Field id={`${id}-url`} name="url" label="Page of the data (web address)" type="url" />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${id}-date`} name="publishedOn" label="Date of the data" type="date" />
          <Field id={`${id}-licence`} name="licence" label="Licence" placeholder="Public domain, CC BY 4.0 …" />
        </div>
      </fieldset>
      {progress ? (
        <div>
          <label htmlFor={`${id}-progress`} className={labelClass}>
            {percent !== null && percent < 100 ? `Uploading: ${percent}%` : "Reading and storing the rows…"}
          </label>
          <progress id={`${id}-progress`} max={progress.total || 1} value={progress.sent} className="mt-1 h-3 w-full accent-teal-700" />
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <button type="submit" className={primaryButtonClass} disabled={busy}>
        {busy ? "Adding…" : "Add dataset"}
      </button>
    </form>
  );
}

function Field({
  id,
  name,
  label,
  type = "text",
  required = false,
  placeholder,
}: {
  id: string;
  name: string;
  label: string;
  type?: string;
  required?: boolean;
  placeholder?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
        {required ? <span className="text-stone-500"> (required)</span> : null}
      </label>
      <input id={id} name={name} type={type} required={required} placeholder={placeholder} maxLength={2000} className={inputClass} />
    </div>
  );
}
