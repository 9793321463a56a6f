import type { PublicClaim } from "@/lib/public/types";
import { NoteMarkdown } from "@/components/notes/note-markdown";
import { formatDateTime } from "@/components/ui/format";
import { RatingBadge } from "./rating-badge";

type Verdict = NonNullable<PublicClaim["verdict"]>;

/** The verdict as the public reads it: rating, one-line summary, rationale, who and when. */
export function PublishedVerdict({ verdict, headingLevel = 2 }: { verdict: Verdict; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="verdict-heading" className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <Heading id="verdict-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Verdict
      </Heading>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <RatingBadge rating={verdict.rating} size="lg" />
        {verdict.updatedAt ? (
          <p className="rounded-md bg-amber-50 px-2 py-1 text-sm font-medium text-amber-950">
            Updated <time dateTime={verdict.updatedAt.toISOString()}>{formatDateTime(verdict.updatedAt)}</time>
          </p>
        ) : null}
      </div>
      <p className="mt-4 text-xl leading-snug font-semibold text-ink">{verdict.summary}</p>
      <div className="mt-4 text-stone-800">
        <NoteMarkdown body={verdict.rationale} />
      </div>
      <p className="mt-4 text-sm text-stone-600">
        By {verdict.editorName}, published{" "}
        <time dateTime={verdict.firstPublishedAt.toISOString()}>{formatDateTime(verdict.firstPublishedAt)}</time>
        {verdict.updatedAt ? (
          <>
            ; updated <time dateTime={verdict.updatedAt.toISOString()}>{formatDateTime(verdict.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </section>
  );
}
