import { speakerName } from "@/lib/public/speaker";
import { formatDate } from "./claim-format";

/**
 * The words that open a claim, the way published fact-checks do: who made it and when
 * ("Austin Knudsen said on March 3, 2025:"), before the quoted sentence. The speaker is the one the
 * release quotes, else its publisher; the date is the release's own, and is left out when the
 * release gives none rather than guessed. Pure.
 */
export function attributionLead(claim: {
  speaker: string | null;
  source: { publisher: string | null; publishedAt: string | null };
}): string {
  const who = claim.speaker?.trim() ? speakerName(claim.speaker) : claim.source.publisher?.trim() || null;
  const when = claim.source.publishedAt ? formatDate(claim.source.publishedAt) : null;
  if (!who) return when ? `A release said on ${when}:` : "The release says:";
  const subject = who.charAt(0).toUpperCase() + who.slice(1);
  return when ? `${subject} said on ${when}:` : `${subject} said, in an undated release:`;
}
