import { buildClaimReview } from "@/lib/claims-review/json-ld";
import type { SiteConfig } from "@/lib/claims-review/site";
import type { PublicClaim } from "@/lib/claims-review/types";

/**
 * The schema.org ClaimReview of a published verdict, for search engines and fact-check readers.
 * JSON is not HTML: every "<" is escaped so no text in it (a summary with "</script>") can end the
 * element early.
 */
export function ClaimReviewJsonLd({ claim, site }: { claim: PublicClaim & { verdict: NonNullable<PublicClaim["verdict"]> }; site: SiteConfig }) {
  const review = buildClaimReview(claim, site);
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} />;
}

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
