import { type AnchorState, getAnchorState } from "@/lib/sources/queries";
import { RecheckForm } from "./recheck-form";

// Amber asks for attention (the review may not fit any more); stone is informational. Each pair
// keeps at least 4.5:1 contrast, and the words, not the colour, carry the meaning.
const BADGES: { key: keyof AnchorState; label: string; explanation: string; style: string }[] = [
  {
    key: "changedAfterReview",
    label: "Text changed after review",
    explanation:
      "A newer version of the release changed this figure or its sentence after it was reviewed; check that the review still fits.",
    style: "bg-amber-50 text-amber-900 ring-amber-300",
  },
  {
    key: "orphaned",
    label: "Not in the newest version",
    explanation: "The newest version of the release no longer contains this figure; the claim stays on the version it was found in.",
    style: "bg-stone-100 text-stone-700 ring-stone-300",
  },
  {
    key: "missingFromExtraction",
    label: "Not found by the current extractor",
    explanation: "The current extractor no longer reports this figure; the claim and its review are kept.",
    style: "bg-stone-100 text-stone-700 ring-stone-300",
  },
];

/** The badges for a state, nothing when the text is as it was. */
export function AnchorBadgeList({ state }: { state: AnchorState }) {
  const shown = BADGES.filter((badge) => state[badge.key]);
  if (shown.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-center gap-2" aria-label="Changes to the text">
      {shown.map((badge) => (
        <li key={badge.key} className="flex">
          <span
            title={badge.explanation}
            className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${badge.style}`}
          >
            {badge.label}
            <span className="sr-only">: {badge.explanation}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Server component: loads the claim's anchor state itself, so a page adds it with one line.
 * `canRecheck` (editors and admins) adds "Mark re-checked" while the text is flagged as changed;
 * the action decides again on the server.
 */
export async function AnchorBadges({ claimId, canRecheck = false }: { claimId: number; canRecheck?: boolean }) {
  const state = await getAnchorState({ claimId });
  if (!state) return null;
  return (
    <>
      <AnchorBadgeList state={state} />
      {canRecheck ? <RecheckForm claimId={claimId} version={state.version} available={state.changedAfterReview} /> : null}
    </>
  );
}
