import { PUBLIC_STATUS_LABELS, STATUS_LABELS } from "@/components/claims/claim-format";
import type { Unit } from "@/lib/engine/types";
import type { ClaimStatus, PublicStatus } from "@/lib/claims/types";

/**
 * The compact rows a release's page hands its client components (components/sources/release-text.tsx,
 * check-list.tsx): one short array a claim, so the page data does not carry the rendered tree a
 * second time beside the HTML. Built by components/sources/source-text.tsx; plain code, shared by both sides.
 */

export type SourceTextAudience = "public" | "staff";
/** Where a claim stands for this audience: a workflow status for staff, published / not checked for the public. */
export type Tone = ClaimStatus | PublicStatus;
/**
 * One claim of the release, in text order: id, start and end in the body, tone, unit, value as
 * shown, 1 when it is drawn in the text (overlapping spans are not), and its text only when it is
 * not body.slice(start, end).
 */
export type ClaimRow = [id: number, start: number, end: number, tone: Tone, unit: Unit, value: string, drawn: 0 | 1, text?: string];

export function toneLabel(tone: Tone, audience: SourceTextAudience): string {
  return audience === "staff" ? STATUS_LABELS[tone as ClaimStatus] : PUBLIC_STATUS_LABELS[tone as PublicStatus];
}

export function rowText(body: string, row: ClaimRow): string {
  return row[7] ?? body.slice(row[1], row[2]);
}
