import type { Unit } from "@/lib/engine/types";
import type { ClaimListItem, ClaimStatus } from "@/lib/claims/types";
import type { VerdictRating } from "@/lib/core/fields";
import { formatClaimValue } from "./claim-format";

/**
 * The compact row a claim card of the list (`/`) is rendered from (components/claims/claim-card.tsx,
 * a client component): only what the card shows, in one short array, so the page data carries twenty
 * rows instead of twenty rendered cards beside the HTML (the source page's way: release-tones.ts).
 * Plain code, shared by both sides.
 *
 * id, figure as written, what it measures, the excerpt (words before, the figure, words after), the
 * value as shown, unit, speaker, period, source id and title, the published verdict (rating and
 * summary) or null, and the workflow status only on a staff row: the public's page data never holds it.
 */
export type ClaimCardRow = [
  id: number,
  text: string,
  subject: string,
  before: string,
  figure: string,
  after: string,
  value: string,
  unit: Unit,
  speaker: string | null,
  timeScope: string | null,
  sourceId: number,
  sourceTitle: string,
  verdict: [rating: VerdictRating, summary: string] | null,
  status?: ClaimStatus,
];

/** A list claim's row; `workflow` (signed-in staff) adds the newsroom's status. */
export function claimCardRow(claim: ClaimListItem, workflow: boolean): ClaimCardRow {
  const { excerpt, verdict, source } = claim;
  const row: ClaimCardRow = [
    claim.id,
    claim.text,
    claim.subject,
    excerpt.before,
    excerpt.figure,
    excerpt.after,
    formatClaimValue(claim),
    claim.unit,
    claim.speaker,
    claim.timeScope,
    source.id,
    source.title,
    verdict ? [verdict.rating, verdict.summary] : null,
  ];
  if (workflow) row.push(claim.status);
  return row;
}
