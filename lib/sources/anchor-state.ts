/**
 * What re-extraction and new versions have recorded about a claim's text, for the claim page's
 * badges (components/claims/anchor-badge.tsx). Public like the claim itself: three booleans, and
 * the claim's version for the editors' "Mark re-checked" form.
 */
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { claims } from "@/db/schema";
import { isRowId } from "@/lib/core/params";

export interface AnchorState {
  /** The current extractor no longer reports this figure (kept, with its review). */
  missingFromExtraction: boolean;
  /** The figure or its sentence changed in a newer version after the claim was reviewed. */
  changedAfterReview: boolean;
  /** The newest version of the release no longer contains the figure. */
  orphaned: boolean;
}

export async function getAnchorState({ claimId }: { claimId: number }): Promise<(AnchorState & { version: number }) | null> {
  if (!isRowId(claimId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      missingFromExtraction: claims.missingFromExtraction,
      changedAfterReview: claims.changedAfterReview,
      orphaned: claims.orphaned,
      version: claims.version,
    })
    .from(claims)
    .where(eq(claims.id, claimId));
  return row ?? null;
}
