import { describe, expect, it } from "vitest";
import { buildClaimReview } from "./json-ld";
import { siteConfig } from "@/lib/http/site";
import { speakerKind, speakerName } from "./speaker";
import type { PublishedClaimSummary } from "./types";

describe("speakerKind", () => {
  it.each([
    "Jane Doe",
    "Austin Knudsen",
    "House Homeland Security Committee Chairman Mark Green",
    "Mississippi Attorney General Lynn Fitch",
    "Sen. Ted Cruz",
  ])("%s is a Person", (speaker) => {
    expect(speakerKind(speaker)).toBe("Person");
  });

  it.each([
    "Knudsen and the attorneys general",
    "the senators",
    "The letter, citing the highly reputable Polaris Project",
    "the Census Bureau",
    "U.S. Department of Homeland Security",
    "Syracuse University’s Transactional Records Access Clearinghouse",
    "ICE",
    "a coalition of 18 states",
  ])("%s is an Organization", (speaker) => {
    expect(speakerKind(speaker)).toBe("Organization");
  });

  it("names the speaker without the source they cite", () => {
    expect(speakerName("House Homeland Security Committee Chairman Mark Green, citing DHS numbers")).toBe(
      "House Homeland Security Committee Chairman Mark Green",
    );
  });
});

describe("ClaimReview itemReviewed.author and claimReviewed", () => {
  const at = new Date("2026-03-02T10:00:00.000Z");
  const base: PublishedClaimSummary = {
    id: 7,
    text: "213 percent",
    sentence: "“The number of sex offenders arrested increased by an astounding 213 percent over the last fiscal year.",
    value: 213,
    unit: "percent",
    subject: "sex offenders arrested",
    speaker: "Knudsen and the attorneys general",
    source: { title: "Release", publisher: null, url: null, publishedAt: null, addedOn: "2026-01-05" },
    verdict: { rating: "accurate", label: "Accurate", summary: "Right.", publishedAt: at, firstPublishedAt: at, updatedAt: null },
  };
  const site = siteConfig(null, { SITE_URL: "https://facts.example.org", NEWSROOM_NAME: "Desk" });

  it("is an Organization when a group speaks", () => {
    expect(buildClaimReview(base, site).itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "Knudsen and the attorneys general",
    });
  });

  it("is a Person when a person speaks", () => {
    expect(buildClaimReview({ ...base, speaker: "Austin Knudsen" }, site).itemReviewed.author).toEqual({
      "@type": "Person",
      name: "Austin Knudsen",
    });
  });

  it("never starts claimReviewed with a stray opening quote", () => {
    expect(buildClaimReview(base, site).claimReviewed).toBe(
      "The number of sex offenders arrested increased by an astounding 213 percent over the last fiscal year.",
    );
  });
});
