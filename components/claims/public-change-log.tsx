import type { PublicChange } from "@/lib/public/types";
import { formatDateTime } from "@/components/ui/format";

const EVENT_LABELS: Record<PublicChange["event"], string> = {
  published: "Verdict published",
  updated: "Verdict updated",
  retracted: "Verdict retracted",
};

/** Publication events only: when a verdict went public, was replaced, or was withdrawn. */
export function PublicChangeLog({ changes }: { changes: PublicChange[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="change-log-heading">
      <h2 id="change-log-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Change log
      </h2>
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {changes.map((change, index) => (
          <li
            key={`${change.event}-${change.at.toISOString()}-${index}`}
            className="grid gap-1 px-4 py-2.5 text-sm sm:grid-cols-[14rem_1fr] sm:gap-4"
          >
            <time dateTime={change.at.toISOString()} className="text-stone-600 tabular-nums">
              {formatDateTime(change.at)}
            </time>
            <p className="text-stone-900">
              {EVENT_LABELS[change.event]}: <span className="font-medium">{change.label}</span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
