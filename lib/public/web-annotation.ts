/**
 * W3C Web Annotations (https://www.w3.org/TR/annotation-model/) of claims and notes. Pure: the
 * route handler passes rows and URLs in. Each annotation targets the source text with both a
 * TextQuoteSelector (finds the figure again if the text moves) and a TextPositionSelector
 * (character offsets in the text Claim Desk stored; a changed page makes it approximate).
 */
import { RATING_LABELS } from "@/lib/workflow/ratings";
import type { VerdictRating } from "@/lib/core/fields";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export interface ClaimAnnotationInput {
  id: number;
  sourceId: number;
  sourceUrl: string | null;
  text: string;
  subject: string;
  start: number;
  end: number;
  quote: { exact: string; prefix: string; suffix: string };
  verdict: { rating: VerdictRating; summary: string; publishedAt: Date } | null;
}

export interface NoteAnnotationInput {
  id: number;
  claimId: number;
  body: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

interface TextualBody {
  type: "TextualBody";
  value: string;
  format: "text/plain" | "text/markdown";
  purpose: "describing" | "assessing" | "commenting";
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "highlighting" | "assessing" | "commenting";
  created?: string;
  modified?: string;
  creator?: { type: "Person" | "Organization"; name: string };
  body: (TextualBody | { id: string; type: "Text"; format: "text/html" })[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

export interface AnnotationPage {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationPage";
  partOf: { id: string; type: "AnnotationCollection"; label: string };
  next?: string;
  items: WebAnnotation[];
}

/** The source's own URL when known, else a stable URN for the text Claim Desk stored. */
export function targetSource(claim: Pick<ClaimAnnotationInput, "sourceId" | "sourceUrl">): string {
  return claim.sourceUrl ?? `urn:claimdesk:source:${claim.sourceId}`;
}

function targetOf(claim: ClaimAnnotationInput): WebAnnotation["target"] {
  return {
    source: targetSource(claim),
    selector: [
      { type: "TextQuoteSelector", exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix },
      { type: "TextPositionSelector", start: claim.start, end: claim.end },
    ],
  };
}

export function claimAnnotation(claim: ClaimAnnotationInput, claimPageUrl: string, newsroom: string): WebAnnotation {
  const page = { id: claimPageUrl, type: "Text" as const, format: "text/html" as const };
  const described: TextualBody = {
    type: "TextualBody",
    value: claim.subject ? `Numeric claim: ${claim.text} (${claim.subject})` : `Numeric claim: ${claim.text}`,
    format: "text/plain",
    purpose: "describing",
  };
  if (!claim.verdict) {
    return {
      id: `${claimPageUrl}#claim`,
      type: "Annotation",
      motivation: "highlighting",
      body: [described, page],
      target: targetOf(claim),
    };
  }
  return {
    id: `${claimPageUrl}#claim`,
    type: "Annotation",
    motivation: "assessing",
    created: claim.verdict.publishedAt.toISOString(),
    creator: { type: "Organization", name: newsroom },
    body: [
      {
        type: "TextualBody",
        value: `${RATING_LABELS[claim.verdict.rating]}: ${claim.verdict.summary}`,
        format: "text/plain",
        purpose: "assessing",
      },
      described,
      page,
    ],
    target: targetOf(claim),
  };
}

export function noteAnnotation(note: NoteAnnotationInput, claim: ClaimAnnotationInput, claimPageUrl: string): WebAnnotation {
  return {
    id: `${claimPageUrl}#note-${note.id}`,
    type: "Annotation",
    motivation: "commenting",
    created: note.createdAt.toISOString(),
    modified: note.updatedAt.toISOString(),
    creator: { type: "Person", name: note.authorName },
    body: [{ type: "TextualBody", value: note.body, format: "text/markdown", purpose: "commenting" }],
    target: targetOf(claim),
  };
}

export function annotationPage(input: {
  pageUrl: string;
  collectionUrl: string;
  nextUrl: string | null;
  label: string;
  items: WebAnnotation[];
}): AnnotationPage {
  return {
    "@context": ANNOTATION_CONTEXT,
    id: input.pageUrl,
    type: "AnnotationPage",
    partOf: { id: input.collectionUrl, type: "AnnotationCollection", label: input.label },
    ...(input.nextUrl ? { next: input.nextUrl } : {}),
    items: input.items,
  };
}
