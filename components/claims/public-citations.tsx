import type { PublicCitation } from "@/lib/public/types";
import type { Unit } from "@/lib/engine/types";
import { CitationSummary } from "@/components/citations/citation-summary";
import { formatDifference, formatFigure } from "@/components/ui/format";

/** The citations an editor made public, each with the figure it gives beside the claim's. */
export function PublicCitations({ citations, claim }: { citations: PublicCitation[]; claim: { value: number | null; unit: Unit } }) {
  return (
    <section aria-labelledby="citations-heading">
      <h2 id="citations-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Citations
      </h2>
      {citations.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-600">
          No published citations for this claim yet.
        </p>
      ) : (
        <ol className="space-y-3">
          {citations.map((citation, index) => {
            const difference =
              citation.figure !== null && claim.value !== null
                ? formatDifference(citation.figure - claim.value, claim.value, claim.unit)
                : null;
            return (
              <li
                key={`${index}-${citation.url}`}
                className="rounded-lg border border-stone-200 bg-white p-4"
                aria-label={`Citation: ${citation.title}`}
              >
                <CitationSummary citation={citation} />
                <p className="mt-3 text-sm">
                  <span className="text-stone-600">Figure this source gives:</span>{" "}
                  {citation.figure !== null ? (
                    <>
                      <span className="font-semibold tabular-nums">{formatFigure(citation.figure, claim.unit)}</span>
                      {difference ? <span className="ml-2 text-xs font-medium text-stone-700 tabular-nums">({difference})</span> : null}
                    </>
                  ) : (
                    <span className="text-stone-600 italic">none comparable</span>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
