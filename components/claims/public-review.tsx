import Link from "next/link";
import type { PublicClaim } from "@/lib/public/types";
import { PublicChangeLog } from "./public-change-log";
import { PublicCitations } from "./public-citations";
import { PublishedVerdict } from "./published-verdict";

/**
 * What a signed-out visitor sees below the claim: only what an editor published (the data comes
 * from getPublicClaim, which never holds a draft, a note or an internal move).
 */
export function PublicReview({ claim, signInHref }: { claim: PublicClaim | null; signInHref: string }) {
  return (
    <section aria-labelledby="review-heading" className="mt-8">
      <h2 id="review-heading" className="mb-6 text-xl font-semibold tracking-tight">
        Review
      </h2>
      <div className="space-y-10">
        {claim?.verdict ? (
          <PublishedVerdict verdict={claim.verdict} />
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 p-4 text-stone-700">
            <strong className="font-semibold">Not fact-checked yet.</strong> No verdict has been published for this claim.
          </p>
        )}
        {claim ? <PublicCitations citations={claim.citations} claim={claim} /> : null}
        {claim ? <PublicChangeLog changes={claim.changeLog} /> : null}
        <p className="text-sm text-stone-600">
          Reviewers:{" "}
          <Link href={signInHref} className="font-medium text-accent underline underline-offset-2">
            sign in
          </Link>{" "}
          to add citations and notes.
        </p>
      </div>
    </section>
  );
}
