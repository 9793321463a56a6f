import type { ClaimStatus, PublicStatus } from "@/lib/claims/types";
import { PUBLIC_STATUS_LABELS, STATUS_LABELS } from "@/components/claims/claim-format";

// The colours are the classes .status-badge and .badge-<status> of app/globals.css (each pair keeps
// at least 4.5:1 contrast); the label, not the colour, carries the meaning.

export function StatusBadge({ status, className = "" }: { status: ClaimStatus; className?: string }) {
  return (
    <span className={`status-badge badge-${status}${className ? ` ${className}` : ""}`}>
      <span className="sr-only">Status: </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

/** The public's side of a claim's progress: "Not yet checked" (a published verdict shows its rating instead). */
export function PublicStatusBadge({ status, className = "" }: { status: PublicStatus; className?: string }) {
  return <span className={`status-badge badge-${status}${className ? ` ${className}` : ""}`}>{PUBLIC_STATUS_LABELS[status]}</span>;
}
