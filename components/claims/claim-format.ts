import type { Bound, Direction, Unit } from "@/lib/engine/types";
import type { ClaimFigure, ClaimStatus, PublicStatus } from "@/lib/claims/types";

export type { ClaimFigure };

/** Words a reader sees for the data layer's codes; one place so every page says the same thing. */

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: "Unreviewed",
  in_review: "In review",
  ready: "Ready",
  published: "Published",
  not_checkable: "Not checkable",
};

/** What the public reads of a claim's progress (never a workflow status). */
export const PUBLIC_STATUS_LABELS: Record<PublicStatus, string> = { published: "Verdict published", not_checked: "Not yet checked" };

export const UNIT_LABELS: Record<Unit, string> = { percent: "Percentage", count: "Count", money: "Money", ratio: "Ratio", other: "Other" };

export const BOUND_LABELS: Record<Bound, string> = {
  exact: "Exact figure",
  lower: "At least (a lower bound: “over”, “more than”)",
  upper: "At most (an upper bound: “up to”, “nearly”)",
  approximate: "Approximate (“about”, “roughly”)",
};

export const DIRECTION_LABELS: Record<Direction, string> = { increase: "Increase", decrease: "Decrease" };

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹" };

const SCALES = [
  { word: "trillion", size: 1e12 },
  { word: "billion", size: 1e9 },
  { word: "million", size: 1e6 },
] as const;

/** 3200000 → { digits: "3.2", scale: "million" }; a figure that would lose digits stays whole. */
function readNumber(value: number): { digits: string; scale: string | null } {
  const magnitude = Math.abs(value);
  for (const { word, size } of SCALES) {
    if (magnitude < size) continue;
    const scaled = value / size;
    // Only where two decimals hold it exactly: 1,234,567 reads better as digits than as "1.23 million".
    if (Math.abs(Math.round(scaled * 100) - scaled * 100) < 1e-6) return { digits: numberFormat.format(scaled), scale: word };
    break;
  }
  return { digits: numberFormat.format(value), scale: null };
}

/**
 * A claim's figure as a reader sees it, on every page and in every export: one rule, written once.
 *   142,580 · 77.5% · $310 million · 4,601 of 5,939 (77.47%) · 3.2 million metric tons
 *   ranges (value to upperValue): 4–5% · $10–$20 million · 10–20 acres · $500,000–$1.2 million
 */
export function formatClaimValue(claim: ClaimFigure): string {
  const { value, unit, denominator, upperValue, measure, currency } = claim;
  if (value === null) return "No number given";
  const symbol = unit === "money" && currency ? (CURRENCY_SYMBOLS[currency] ?? `${currency} `) : "";
  const suffix = unit === "percent" ? "%" : "";
  const end = (digits: string) => `${symbol}${digits}${suffix}`;
  const scaled = (read: { digits: string; scale: string | null }) => (read.scale ? `${read.digits} ${read.scale}` : read.digits);

  const low = readNumber(value);
  let figure: string;
  if (upperValue === null || upperValue === value) {
    figure = end(scaled(low));
  } else {
    const high = readNumber(upperValue);
    // An en dash reads as "to" between two positive figures; with a minus sign "to" is clearer.
    const dash = value < 0 || upperValue < 0 ? " to " : "–";
    if (unit === "percent") figure = `${low.digits}${dash}${high.digits}%`;
    else if (low.scale !== null && low.scale === high.scale) figure = `${end(low.digits)}${dash}${end(high.digits)} ${low.scale}`;
    else figure = `${end(scaled(low))}${dash}${end(scaled(high))}`;
  }
  if (unit === "ratio" && denominator !== null && denominator !== 0) {
    const share = upperValue === null ? ` (${numberFormat.format((value / denominator) * 100)}%)` : "";
    figure = `${figure} of ${numberFormat.format(denominator)}${share}`;
  }
  const named = measure?.trim();
  return named ? `${figure} ${named}` : figure;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** `publishedAt` is a calendar date (YYYY-MM-DD); format it in UTC so it never shifts a day. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}
