import { describe, expect, it } from "vitest";
import { historySentence } from "./history-sentence";

const COLUMN_NAMES = /assigneeId|state|republished|isPublic|version|status|replacesVerdictId|publishedOn|timeScope/;

describe("historySentence", () => {
  const people = new Map([[3, "Rita Reviewer"]]);

  it.each([
    [
      "claim.taken",
      { status: "unreviewed", assigneeId: null, version: 1 },
      { status: "in_review", assigneeId: 3, version: 2 },
      "took the claim",
    ],
    [
      "claim.assigned",
      { status: "unreviewed", assigneeId: null },
      { status: "in_review", assigneeId: 3 },
      "assigned the claim to Rita Reviewer",
    ],
    ["claim.submitted", { status: "in_review" }, { status: "ready" }, "sent the claim to the editors"],
    [
      "verdict.published",
      { status: "ready" },
      { status: "published", rating: "mostly_accurate", state: "published", republished: false },
      "published Mostly accurate",
    ],
    [
      "verdict.published",
      { status: "in_review", replacesVerdictId: 4, rating: "accurate" },
      { status: "published", rating: "misleading", state: "published", republished: true },
      "published Misleading, changing the rating from Accurate to Misleading",
    ],
    [
      "verdict.draft_saved",
      { rating: "accurate", summary: "a" },
      { rating: "false", summary: "b", state: "draft" },
      "changed the draft rating from Accurate to False",
    ],
    [
      "verdict.retracted",
      { state: "published", rating: "false" },
      { state: "retracted", reason: "Wrong source" },
      "retracted the verdict (False): “Wrong source”",
    ],
    [
      "citation.visibility_changed",
      { isPublic: false, version: 1 },
      { isPublic: true, version: 2 },
      "showed a citation on the public page",
    ],
    [
      "citation.updated",
      { url: "a", title: "t", publishedOn: null, version: 1 },
      { url: "b", title: "u", publishedOn: "2025-01-01", version: 2 },
      "edited a citation: changed the web address, the title and the date",
    ],
  ])("%s reads as the newsroom says it", (action, before, after, expected) => {
    const sentence = historySentence(action, before, after, people);
    expect(sentence).toBe(expected);
    expect(sentence).not.toMatch(COLUMN_NAMES);
  });

  it("never names a column, whatever the row holds", () => {
    const row = { status: "x", assigneeId: 1, state: "draft", republished: true, version: 9, isPublic: true };
    for (const action of [
      "claim.taken",
      "claim.assigned",
      "claim.set_aside",
      "verdict.published",
      "note.updated",
      "claim.reextracted",
      "something.new_thing",
    ]) {
      expect(historySentence(action, row, row)).not.toMatch(COLUMN_NAMES);
    }
  });
});
