import type { Excerpt } from "@/lib/claims/types";

/** The words around a figure with the figure itself marked, as the reader met it in the release. */
export function ClaimExcerpt({ excerpt, className = "" }: { excerpt: Excerpt; className?: string }) {
  return (
    <span className={`whitespace-pre-line ${className}`}>
      {excerpt.before}
      <mark className="font-semibold">{excerpt.figure}</mark>
      {excerpt.after}
    </span>
  );
}
