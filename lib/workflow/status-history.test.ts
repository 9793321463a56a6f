import { describe, expect, it } from "vitest";
import { staleReviewHours } from "./dashboard-config";
import { startOfUtcDay, statusHistory } from "./status-history";

const start = new Date("2026-03-01T00:00:00Z");
const at = (iso: string) => new Date(iso);

describe("statusHistory", () => {
  it("replays moves into end-of-day counts, counting claims from the day they were made", () => {
    const history = statusHistory({
      claims: [
        { id: 1, createdAt: at("2026-02-20T10:00:00Z") },
        { id: 2, createdAt: at("2026-02-25T10:00:00Z") },
        { id: 3, createdAt: at("2026-03-02T12:00:00Z") },
      ],
      before: new Map([[2, "in_review"]]),
      moves: [
        { claimId: 1, at: at("2026-03-01T09:00:00Z"), status: "in_review" },
        { claimId: 1, at: at("2026-03-02T23:59:59Z"), status: "ready" },
        { claimId: 3, at: at("2026-03-03T08:00:00Z"), status: "in_review" },
        { claimId: 99, at: at("2026-03-03T08:00:00Z"), status: "published" },
      ],
      start,
      days: 3,
    });
    expect(history.map((day) => day.day)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03"]);
    expect(history[0]?.counts).toEqual({ unreviewed: 0, in_review: 2, ready: 0, published: 0, not_checkable: 0 });
    expect(history[1]?.counts).toEqual({ unreviewed: 1, in_review: 1, ready: 1, published: 0, not_checkable: 0 });
    // Claim 99 is not counted (marked not a claim): its move is skipped.
    expect(history[2]?.counts).toEqual({ unreviewed: 0, in_review: 2, ready: 1, published: 0, not_checkable: 0 });
  });

  it("cuts days at midnight UTC", () => {
    expect(startOfUtcDay(at("2026-03-01T23:59:59.999Z")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
});

describe("staleReviewHours", () => {
  it("defaults to 72 and reads STALE_REVIEW_HOURS", () => {
    expect(staleReviewHours({})).toBe(72);
    expect(staleReviewHours({ STALE_REVIEW_HOURS: " 24 " })).toBe(24);
    expect(staleReviewHours({ STALE_REVIEW_HOURS: "0.5" })).toBe(0.5);
  });
  it.each(["0", "-3", "abc", "9000"])("refuses %s with a message naming the variable", (value) => {
    expect(() => staleReviewHours({ STALE_REVIEW_HOURS: value })).toThrow(/STALE_REVIEW_HOURS/);
  });
});
