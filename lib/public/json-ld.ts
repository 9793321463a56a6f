/**
 * schema.org ClaimReview for a published verdict (https://schema.org/ClaimReview, and Google's
 * fact-check markup: https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 * Pure: the same object goes into the public page's <script type="application/ld+json"> and the
 * /api/claim-reviews feed.
 */
import { RATING_LABELS, RATING_VALUES } from "@/lib/workflow/ratings";
import { claimUrl, type SiteConfig } from "@/lib/http/site";
import { speakerKind, speakerName } from "./speaker";
import { trimStrayQuotes } from "@/lib/claims/stray-quotes";
import type { PublishedClaimSummary } from "./types";

export interface ClaimReviewJsonLd {
  "@context"?: "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified?: string;
  author: { "@type": "Organization"; name: string; url: string };
  reviewRating: { "@type": "Rating"; ratingValue: 1 | 2 | 3 | 4 | 5; bestRating: 5; worstRating: 1; alternateName: string };
  reviewBody?: string;
  itemReviewed: {
    "@type": "Claim";
    appearance: { "@type": "CreativeWork"; headline: string; url?: string; publisher?: { "@type": "Organization"; name: string } };
    author?: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
  };
}

/**
 * @param options.context — include "@context" (true for a standalone document; false inside a feed
 * whose envelope carries it).
 */
export function buildClaimReview(
  claim: Pick<PublishedClaimSummary, "id" | "text" | "sentence" | "speaker" | "source" | "verdict">,
  site: SiteConfig,
  options: { context?: boolean } = {},
): ClaimReviewJsonLd {
  const { verdict, source } = claim;
  const author = claimAuthor(claim);
  const claimDate = source.publishedAt ?? source.addedOn ?? null;
  return {
    ...(options.context === false ? {} : { "@context": "https://schema.org" as const }),
    "@type": "ClaimReview",
    url: claimUrl(site, claim.id),
    claimReviewed: claimReviewed(claim),
    datePublished: verdict.firstPublishedAt.toISOString(),
    ...(verdict.updatedAt ? { dateModified: verdict.updatedAt.toISOString() } : {}),
    author: { "@type": "Organization", name: site.newsroomName, url: site.url },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_VALUES[verdict.rating],
      bestRating: 5,
      worstRating: 1,
      alternateName: RATING_LABELS[verdict.rating],
    },
    reviewBody: verdict.summary,
    itemReviewed: {
      "@type": "Claim",
      appearance: {
        "@type": "CreativeWork",
        headline: source.title,
        ...(source.url ? { url: source.url } : {}),
        ...(source.publisher ? { publisher: { "@type": "Organization" as const, name: source.publisher } } : {}),
      },
      ...(author ? { author } : {}),
      // When the claim was made: the release's own date, else the day the newsroom added it (the
      // claim was public by then). Google's fact-check markup recommends the property.
      ...(claimDate ? { datePublished: claimDate } : {}),
    },
  };
}

/**
 * The sentence that makes the claim, one line, without a quotation mark left unpaired by the cut;
 * the figure alone when there is no sentence.
 */
function claimReviewed(claim: Pick<PublishedClaimSummary, "text" | "sentence">): string {
  const sentence = trimStrayQuotes(claim.sentence.replace(/\s+/g, " ").trim());
  return sentence || claim.text;
}

/**
 * Who made the claim: the quoted speaker (a Person, or an Organization when the words name a body
 * or a group, lib/public/speaker.ts), else the release's publisher.
 */
function claimAuthor(claim: Pick<PublishedClaimSummary, "speaker" | "source">): ClaimReviewJsonLd["itemReviewed"]["author"] {
  const speaker = claim.speaker?.trim();
  if (speaker) return { "@type": speakerKind(speaker), name: speakerName(speaker) };
  const publisher = claim.source.publisher?.trim();
  if (publisher) return { "@type": "Organization", name: publisher };
  return undefined;
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON is not HTML: every "<" is escaped
 * (as are the two line separators JavaScript once refused), so no text in it — a summary holding
 * "</script>" — can end the element early.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
