import { getDb } from "@/db/client";
import { dataMatchesFor } from "@/lib/datasets/queries";
import { DataMatchBadge } from "./data-match-badge";

/** The staff claim page's badge: the claim's strongest data match, stored when a release or dataset was added. */
export async function ClaimDataBadge({ claimId }: { claimId: number }) {
  const matches = await dataMatchesFor(await getDb(), [claimId]);
  return <DataMatchBadge match={matches.get(claimId)} />;
}
