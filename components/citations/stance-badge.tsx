import type { CitationStance } from "@/lib/core/fields";
import { STANCE_LABELS } from "@/components/ui/format";

// Each pair keeps at least 4.5:1 contrast; the word, not the colour, carries the meaning.
const STANCE_STYLES: Record<CitationStance, string> = {
  supports: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  contradicts: "bg-red-50 text-red-800 ring-red-200",
  context: "bg-stone-100 text-stone-700 ring-stone-300",
};

export function StanceBadge({ stance }: { stance: CitationStance }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STANCE_STYLES[stance]}`}
    >
      <span className="sr-only">Stance: </span>
      {STANCE_LABELS[stance]}
    </span>
  );
}
