/**
 * What the public may see of a claim: only what an editor published. Shared by the server-only
 * data layer (lib/public/queries.ts), the JSON-LD builder and the exports. Pure types.
 */
import type { Unit } from "@/lib/engine/types";
import type { CitationStance, VerdictRating } from "@/lib/core/fields";

export interface PublishedVerdict {
  rating: VerdictRating;
  /** "Mostly accurate" */
  label: string;
  /** One line. */
  summary: string;
  /** When this verdict was published. */
  publishedAt: Date;
  /** When the claim's first verdict was published (equals publishedAt unless it was updated). */
  firstPublishedAt: Date;
  /** Set when this verdict replaced an earlier published one: "updated on <date>". */
  updatedAt: Date | null;
}

export interface PublicSource {
  title: string;
  publisher: string | null;
  url: string | null;
  /** YYYY-MM-DD, when the release gives one. */
  publishedAt: string | null;
  /**
   * YYYY-MM-DD (UTC) the newsroom added the release: the claim was public by then. ClaimReview's
   * itemReviewed.datePublished falls back to it when the release gives no date.
   */
  addedOn?: string | null;
}

/** A claim with a current published verdict: the feed, sitemap, CSV and JSON-LD read this. */
export interface PublishedClaimSummary {
  id: number;
  /** The figure as written: "213 percent". */
  text: string;
  /** The sentence that makes the claim. */
  sentence: string;
  value: number | null;
  unit: Unit;
  subject: string;
  speaker: string | null;
  source: PublicSource;
  verdict: PublishedVerdict;
}

export interface PublicCitation {
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  stance: CitationStance;
  quote: string | null;
  /** The comparable figure this source gives, if any. */
  figure: number | null;
}

/** The public change log: publication events only, no people, notes or internal moves. */
export interface PublicChange {
  event: "published" | "updated" | "retracted";
  at: Date;
  rating: VerdictRating;
  label: string;
}

export interface PublicClaim {
  id: number;
  text: string;
  sentence: string;
  /** The sentence cut around the figure, for highlighting. */
  excerpt: { before: string; figure: string; after: string };
  value: number | null;
  unit: Unit;
  subject: string;
  speaker: string | null;
  timeScope: string | null;
  source: PublicSource;
  /** The current published verdict, or null (never published, retracted, or set aside). */
  verdict: (PublishedVerdict & { rationale: string; /** The editor who published it. */ editorName: string }) | null;
  /** Citations an editor made public. */
  citations: PublicCitation[];
  /** Oldest first. */
  changeLog: PublicChange[];
}
