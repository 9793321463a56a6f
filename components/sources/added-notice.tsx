/** The banner a source page shows right after "Add release" (the outcome travels in ?added=). */
export const ADDED_OUTCOMES = ["created", "unchanged", "new_version"] as const;
export type AddedOutcome = (typeof ADDED_OUTCOMES)[number];

export function isAddedOutcome(value: unknown): value is AddedOutcome {
  return typeof value === "string" && (ADDED_OUTCOMES as readonly string[]).includes(value);
}

export function AddedNotice({ outcome, claimCount, version }: { outcome: AddedOutcome; claimCount: number; version: number }) {
  const claims = `${claimCount.toLocaleString("en-US")} ${claimCount === 1 ? "claim" : "claims"}`;
  if (outcome === "unchanged") {
    return (
      <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        <strong className="font-semibold">This release is already in Claim Desk.</strong> The same text was added before, so nothing new was
        stored: this is the existing source, with its {claims} and their reviews.
      </p>
    );
  }
  return (
    <p role="status" className="mb-6 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
      {outcome === "new_version" ? (
        <>
          <strong className="font-semibold">Added as version {version} of a release already in Claim Desk</strong> (the same web address, a
          changed text). Claims of the earlier version were matched to this text and keep their reviews; {claims} in all.
        </>
      ) : (
        <>
          <strong className="font-semibold">Release added.</strong> Claim Desk found {claims} in it, marked in the text below.
        </>
      )}
    </p>
  );
}
