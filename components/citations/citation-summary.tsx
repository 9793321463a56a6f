import type { CitationStance } from "@/lib/core/fields";
import { formatDate } from "@/components/claims/claim-format";
import { StanceBadge } from "./stance-badge";

/** What a citation says, as staff and the public both read it: its title (linked), stance, publisher and date, passage. */
export function CitationSummary({
  citation,
}: {
  citation: {
    url: string;
    title: string;
    stance: CitationStance;
    publisher: string | null;
    publishedOn: string | null;
    quote: string | null;
  };
}) {
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 font-semibold break-words">
          <a href={citation.url} rel="noopener noreferrer nofollow" className="text-accent underline underline-offset-2">
            {citation.title}
            <span className="sr-only"> (external site)</span>
          </a>
        </p>
        <StanceBadge stance={citation.stance} />
      </div>
      <p className="mt-1 text-sm text-stone-600">
        {[citation.publisher, citation.publishedOn ? formatDate(citation.publishedOn) : null].filter(Boolean).join(", ") ||
          "Publisher and date not given"}
      </p>
      {citation.quote ? (
        <blockquote className="mt-3 border-l-4 border-stone-300 pl-3 whitespace-pre-line text-stone-800">{citation.quote}</blockquote>
      ) : null}
    </>
  );
}
