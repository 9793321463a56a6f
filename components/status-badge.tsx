import type { ClaimStatus, PublicStatus } from "@/lib/data/types";
import { PUBLIC_STATUS_LABELS, STATUS_LABELS } from "@/components/claim-format";

// Each pair keeps at least 4.5:1 contrast; the label, not the colour, carries the meaning.
const STATUS_STYLES: Record<ClaimStatus, string> = {
  unreviewed: "bg-stone-100 text-stone-700 ring-stone-300",
  in_review: "bg-sky-50 text-sky-800 ring-sky-200",
  ready: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  published: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  not_checkable: "bg-zinc-100 text-zinc-700 ring-zinc-300",
};

export function StatusBadge({ status, className = "" }: { status: ClaimStatus; className?: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STATUS_STYLES[status]} ${className}`}
    >
      <span className="sr-only">Status: </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

/** The public's side of a claim's progress: "Not yet checked" (a published verdict shows its rating instead). */
export function PublicStatusBadge({ status, className = "" }: { status: PublicStatus; className?: string }) {
  const style = status === "published" ? STATUS_STYLES.published : "bg-white text-stone-700 ring-stone-300";
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${style} ${className}`}
    >
      {PUBLIC_STATUS_LABELS[status]}
    </span>
  );
}
