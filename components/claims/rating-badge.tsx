import { RATING_LABELS } from "@/lib/workflow/ratings";
import type { VerdictRating } from "@/lib/core/fields";

// Each pair keeps at least 4.5:1 contrast; the word, not the colour, carries the meaning.
const RATING_STYLES: Record<VerdictRating, string> = {
  accurate: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  mostly_accurate: "bg-teal-50 text-teal-900 ring-teal-300",
  unsupported: "bg-stone-100 text-stone-800 ring-stone-300",
  misleading: "bg-amber-50 text-amber-900 ring-amber-300",
  false: "bg-red-50 text-red-900 ring-red-300",
};

export function RatingBadge({ rating, size = "md" }: { rating: VerdictRating; size?: "md" | "lg" }) {
  const sizing = size === "lg" ? "px-3 py-1 text-base" : "px-2 py-0.5 text-xs";
  return (
    <span
      className={`inline-flex items-center rounded-full font-semibold whitespace-nowrap ring-1 ring-inset ${sizing} ${RATING_STYLES[rating]}`}
    >
      <span className="sr-only">Verdict: </span>
      {RATING_LABELS[rating]}
    </span>
  );
}
