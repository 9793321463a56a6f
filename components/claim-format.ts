import type { Bound, Direction, Unit } from "@/lib/claims/types";
import type { ClaimStatus, PublicStatus } from "@/lib/data/types";

/** Words a reader sees for the data layer's codes; one place so every page says the same thing. */

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: "Unreviewed",
  in_review: "In review",
  ready: "Ready",
  published: "Published",
  not_checkable: "Not checkable",
};

/** What the public reads of a claim's progress (never a workflow status). */
export const PUBLIC_STATUS_LABELS: Record<PublicStatus, string> = {
  published: "Verdict published",
  not_checked: "Not yet checked",
};

export const UNIT_LABELS: Record<Unit, string> = {
  percent: "Percentage",
  count: "Count",
  money: "Money",
  ratio: "Ratio",
  other: "Other",
};

export const BOUND_LABELS: Record<Bound, string> = {
  exact: "Exact figure",
  lower: "At least (a lower bound: “over”, “more than”)",
  upper: "At most (an upper bound: “up to”, “nearly”)",
  approximate: "Approximate (“about”, “roughly”)",
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  increase: "Increase",
  decrease: "Decrease",
};

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** The claim's value as a plain, formatted reading ("142,580", "77.5%", "4,601 of 5,939 (77.47%)"). */
export function formatValue(claim: { value: number | null; unit: Unit; denominator: number | null }): string {
  const { value, unit, denominator } = claim;
  if (value === null) return "No number given";
  const plain = numberFormat.format(value);
  switch (unit) {
    case "percent":
      return `${plain}%`;
    case "ratio":
      if (denominator === null || denominator === 0) return plain;
      return `${plain} of ${numberFormat.format(denominator)} (${numberFormat.format((value / denominator) * 100)}%)`;
    default:
      return plain;
  }
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** `publishedAt` is a calendar date (YYYY-MM-DD); format it in UTC so it never shifts a day. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}
