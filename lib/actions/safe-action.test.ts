import { describe, expect, it } from "vitest";
import { CLAIM_LIST_TAG, claimTag } from "@/lib/cache/cache-tags";
import { pathsFor, tagsFor } from "./safe-action";

describe("what a write refreshes", () => {
  it("expires the cached public page of every claim it touched", () => {
    expect(tagsFor({ claimId: 3 })).toEqual([claimTag(3), CLAIM_LIST_TAG]);
    expect(tagsFor({ claimIds: [4, 5, 4] })).toEqual(["claim:4", "claim:5", "claim-list"]);
    expect(tagsFor({ userId: 1 })).toEqual([]);
  });

  it("revalidates the claim, the list, the queue and the dashboard", () => {
    expect(pathsFor({ claimId: 3, sourceId: 2 })).toEqual(["/claims/3", "/", "/queue", "/dashboard", "/sources/2", "/sources"]);
    expect(pathsFor({ claimIds: [4, 5] })).toEqual(["/claims/4", "/", "/queue", "/dashboard", "/claims/5"]);
  });
});
