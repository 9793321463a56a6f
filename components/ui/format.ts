import type { Unit } from "@/lib/engine/types";
import type { CitationStance } from "@/lib/core/fields";

/** Words for the review data's codes, shared by the claim page's panels. */

export const STANCE_LABELS: Record<CitationStance, string> = { supports: "Supports", contradicts: "Contradicts", context: "Context" };

export const STANCE_HINTS: Record<CitationStance, string> = {
  supports: "The source gives the same figure",
  contradicts: "The source gives a different figure",
  context: "Background that neither confirms nor refutes",
};

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const signedFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, signDisplay: "exceptZero" });

/** A citation's figure in the claim's unit: "77.5%", "142,580". */
export function formatFigure(figure: number, unit: Unit): string {
  return unit === "percent" ? `${numberFormat.format(figure)}%` : numberFormat.format(figure);
}

/**
 * How far the source's figure is from the claimed value, relative to the claim: "+4.2% vs claim".
 * For a percentage claim the gap in percentage points comes first ("+1.5 pts (+2% vs claim)"), since
 * a relative change of a percentage is easy to misread. Null when there is nothing to compare.
 */
export function formatDifference(difference: number | null, claimValue: number | null, unit: Unit): string | null {
  if (difference === null || claimValue === null) return null;
  if (difference === 0) return "same as claim";
  if (claimValue === 0) return `${signedFormat.format(difference)} vs claim`;
  const relative = `${signedFormat.format((difference / Math.abs(claimValue)) * 100)}% vs claim`;
  return unit === "percent" ? `${signedFormat.format(difference)} pts (${relative})` : relative;
}

const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Server-rendered in UTC, and labelled so, so it never disagrees with the reader's clock silently. */
export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}
