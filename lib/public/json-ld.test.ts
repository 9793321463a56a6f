import { describe, expect, it } from "vitest";
import { buildClaimReview, serializeJsonLd } from "./json-ld";
import { RATING_LABELS, RATING_VALUES } from "@/lib/workflow/ratings";
import { siteConfig } from "@/lib/http/site";
import type { PublishedClaimSummary } from "./types";
import { VERDICT_RATINGS } from "@/lib/core/fields";

const published = new Date("2026-03-02T10:00:00.000Z");
const claim: PublishedClaimSummary = {
  id: 42,
  text: "213 percent",
  sentence: "Arrests rose 213 percent\n in 2025, the agency said.",
  value: 213,
  unit: "percent",
  subject: "arrests",
  speaker: "Jane Doe",
  source: { title: "Agency annual report", publisher: "Agency", url: "https://agency.example.gov/report", publishedAt: "2026-02-01" },
  verdict: {
    rating: "mostly_accurate",
    label: "Mostly accurate",
    summary: "Close: 209 percent.",
    publishedAt: published,
    firstPublishedAt: published,
    updatedAt: null,
  },
};
const site = siteConfig(null, { SITE_URL: "https://facts.example.org/", NEWSROOM_NAME: "The Example Desk" });

describe("buildClaimReview", () => {
  it("has the properties of a schema.org ClaimReview", () => {
    expect(buildClaimReview(claim, site)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://facts.example.org/claims/42",
      claimReviewed: "Arrests rose 213 percent in 2025, the agency said.",
      datePublished: "2026-03-02T10:00:00.000Z",
      author: { "@type": "Organization", name: "The Example Desk", url: "https://facts.example.org" },
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly accurate" },
      reviewBody: "Close: 209 percent.",
      itemReviewed: {
        "@type": "Claim",
        appearance: {
          "@type": "CreativeWork",
          headline: "Agency annual report",
          url: "https://agency.example.gov/report",
          publisher: { "@type": "Organization", name: "Agency" },
        },
        author: { "@type": "Person", name: "Jane Doe" },
        datePublished: "2026-02-01",
      },
    });
  });

  it("maps every rating into 1–5 with its label, best 5 and worst 1", () => {
    const values = VERDICT_RATINGS.map((rating) => {
      const review = buildClaimReview({ ...claim, verdict: { ...claim.verdict, rating } }, site);
      expect(review.reviewRating.alternateName).toBe(RATING_LABELS[rating]);
      expect(review.reviewRating).toMatchObject({ bestRating: 5, worstRating: 1 });
      return review.reviewRating.ratingValue;
    });
    expect(values.every((value) => value >= 1 && value <= 5)).toBe(true);
    expect(RATING_VALUES.accurate).toBe(5);
    expect(RATING_VALUES.false).toBe(1);
  });

  it("falls back to the publisher as author, and leaves out what is unknown", () => {
    const review = buildClaimReview(
      { ...claim, speaker: null, source: { title: "Release", publisher: "Ministry", url: null, publishedAt: null } },
      site,
      { context: false },
    );
    expect(review).not.toHaveProperty("@context");
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: { "@type": "CreativeWork", headline: "Release", publisher: { "@type": "Organization", name: "Ministry" } },
      author: { "@type": "Organization", name: "Ministry" },
    });
  });

  it("says when an updated verdict was modified", () => {
    const updatedAt = new Date("2026-04-01T00:00:00.000Z");
    const review = buildClaimReview({ ...claim, verdict: { ...claim.verdict, publishedAt: updatedAt, updatedAt } }, site);
    expect(review.datePublished).toBe("2026-03-02T10:00:00.000Z");
    expect(review.dateModified).toBe("2026-04-01T00:00:00.000Z");
  });

  it("uses the request's own origin when SITE_URL is unset, SITE_URL when set, and refuses one that is not http(s)", () => {
    expect(siteConfig("https://desk.example:8443", {})).toEqual({ url: "https://desk.example:8443", newsroomName: "Claim Desk" });
    expect(siteConfig("https://desk.example", { SITE_URL: "https://facts.example.org/x/" })).toEqual({
      url: "https://facts.example.org/x",
      newsroomName: "Claim Desk",
    });
    expect(() => siteConfig(null, {})).toThrow(/SITE_URL is not set/);
    expect(() => siteConfig("https://desk.example", { SITE_URL: "javascript:alert(1)" })).toThrow(/SITE_URL/);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element it sits in, and parses back to the same object", () => {
    const review = buildClaimReview({ ...claim, verdict: { ...claim.verdict, summary: "</script><script>alert(1)</script>\u2028" } }, site);
    const text = serializeJsonLd(review);
    expect(text).not.toContain("<");
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual(review);
  });
});

describe("itemReviewed.datePublished", () => {
  it("is the release's date, else the day the newsroom added the release", () => {
    const dated = buildClaimReview({ ...claim, source: { ...claim.source, addedOn: "2026-02-10" } }, site);
    expect(dated.itemReviewed.datePublished).toBe("2026-02-01");
    const undated = buildClaimReview({ ...claim, source: { ...claim.source, publishedAt: null, addedOn: "2026-02-10" } }, site);
    expect(undated.itemReviewed.datePublished).toBe("2026-02-10");
  });
});
