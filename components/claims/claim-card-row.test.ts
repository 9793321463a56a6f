import { describe, expect, it } from "vitest";
import type { ClaimListItem } from "@/lib/claims/types";
import { claimCardRow } from "./claim-card-row";

const claim: ClaimListItem = {
  id: 42,
  text: "1.8 million",
  subject: "encounters at the border",
  speaker: null,
  timeScope: "last year",
  status: "in_review",
  checkworthiness: 0.75,
  value: 1_800_000,
  unit: "count",
  denominator: null,
  upperValue: null,
  measure: null,
  currency: null,
  source: { id: 7, title: "Border report" },
  excerpt: { before: "There were ", figure: "1.8 million", after: " encounters." },
  verdict: null,
};

describe("claimCardRow", () => {
  it("carries what the card shows, the value as a reader sees it", () => {
    expect(claimCardRow(claim, false)).toEqual([
      42,
      "1.8 million",
      "encounters at the border",
      "There were ",
      "1.8 million",
      " encounters.",
      "1.8 million",
      "count",
      null,
      "last year",
      7,
      "Border report",
      null,
    ]);
  });

  it("never gives the public the workflow status; staff rows end with it", () => {
    expect(claimCardRow(claim, false)).toHaveLength(13);
    expect(claimCardRow(claim, false)).not.toContain("in_review");
    expect(claimCardRow(claim, true)[13]).toBe("in_review");
  });

  it("keeps a published verdict's rating and summary, not its date", () => {
    const published = {
      ...claim,
      verdict: { rating: "misleading" as const, summary: "Counts repeat crossings.", publishedAt: new Date(0) },
    };
    expect(claimCardRow(published, false)[12]).toEqual(["misleading", "Counts repeat crossings."]);
  });
});
