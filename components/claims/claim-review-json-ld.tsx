import { buildClaimReview, serializeJsonLd } from "@/lib/public/json-ld";
import type { SiteConfig } from "@/lib/http/site";
import type { PublicClaim } from "@/lib/public/types";

/** The schema.org ClaimReview of a published verdict, for search engines and fact-check readers. */
export function ClaimReviewJsonLd({
  claim,
  site,
}: {
  claim: PublicClaim & { verdict: NonNullable<PublicClaim["verdict"]> };
  site: SiteConfig;
}) {
  const review = buildClaimReview(claim, site);
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} />;
}
