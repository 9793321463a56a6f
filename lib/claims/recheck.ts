/**
 * Clearing "Text changed after review". A new version of a release (or a re-extraction) flags a
 * reviewed claim whose figure or sentence changed (lib/sources/reconcile.ts); nothing there ever
 * clears it. An editor who has checked the review against the new text says so here: the flag goes,
 * and the audit row records who re-checked it, when, and (optionally) what they checked.
 *
 * Editors and admins only: the flag guards a published verdict, and deciding that a review still
 * fits is an editor's call, like publishing. The claim's status and verdicts are left as they are;
 * if the review no longer fits, the editor reopens or retracts it with the workflow's own moves.
 */
import { and, eq, sql } from "drizzle-orm";
import { claims } from "@/db/schema";
import { recheckClaimSchema } from "@/lib/claims/schema";
import { conflict, defineMutation, Refusal } from "@/db/mutation";

export const recheckClaim = defineMutation({
  action: "claim.rechecked",
  schema: recheckClaimSchema,
  minimumRole: "editor",
  // Locked, so an import flagging the claim again waits for this and is not silently undone.
  load: async (tx, input) => {
    const [row] = await tx
      .select({ id: claims.id, changedAfterReview: claims.changedAfterReview, version: claims.version })
      .from(claims)
      .where(eq(claims.id, input.claimId))
      .for("update");
    return row;
  },
  notFound: "This claim does not exist.",
  authorize: () => true,
  write: async (tx, { row, input }) => {
    // Before the version: when another editor cleared it first, say that rather than "conflict".
    if (!row.changedAfterReview) throw new Refusal("This claim is not marked as changed after review (any more). Reload to see it.");
    const [updated] = await tx
      .update(claims)
      .set({ changedAfterReview: false, version: sql`${claims.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(claims.id, row.id), eq(claims.version, input.version)))
      .returning({ version: claims.version });
    if (!updated) throw conflict();
    return {
      id: row.id,
      message: "Marked as re-checked against the new text.",
      audit: {
        entityType: "claim",
        entityId: row.id,
        claimId: row.id,
        before: { changedAfterReview: true, version: row.version },
        after: { changedAfterReview: false, ...(input.note ? { note: input.note } : {}), version: updated.version },
      },
      // The claim page (the badge is staff-only, so the public cache entry is expired needlessly
      // but harmlessly by the wrapper), the lists and the dashboard's "changed after review" list.
      affected: { claimId: row.id },
    };
  },
});
