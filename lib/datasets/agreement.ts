/**
 * Does a figure from the data agree with the claim, within the claim's own rounding?
 *
 * The claim's text says how precise it is: "1.8 million" is rounded to the hundred thousand, so it
 * covers 1,750,000–1,850,000; "45,000" to the thousand (44,500–45,500); "17,505" and "2.9 percent"
 * to their last digit. "More than" (bound lower) covers everything from the low end up, "less than"
 * everything up to the high end; "about" widens the range to at least ±2.5%.
 */
export interface ClaimFigure {
  text: string;
  value: number;
  unit: string;
  bound?: string | null;
  direction?: string | null;
}

export interface Agreement {
  agrees: boolean;
  low: number;
  high: number;
  /** Claim minus data, relative to the data (0.12 = the claim is 12% higher). Null when the data is 0. */
  relative: number | null;
  /** Claim minus data, in the claim's unit (percentage points for percentages). */
  absolute: number;
  /** "1.8 million covers 1,750,000–1,850,000: agrees" / "differs by 12% from 2,063,692" */
  sentence: string;
}

/** Half of the last rounded digit of the figure as written, in the claim's units. */
export function roundingHalfWidth(text: string, value: number): number {
  const literal = /\d[\d,]*(?:\.\d+)?|\.\d+/.exec(text)?.[0];
  if (!literal) return Math.abs(value) * 0.005;
  const digits = literal.replace(/,/g, "");
  const number = Number(digits);
  const scale = number !== 0 && Number.isFinite(value / number) ? Math.abs(value / number) : 1;
  const decimals = digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0;
  let step: number;
  if (decimals > 0) step = 10 ** -decimals;
  else {
    const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
    // "45,000" is rounded to the thousand, "2020" to itself: zeros are read as rounding only in 3s.
    step = 10 ** (trailingZeros >= 3 && digits.length > trailingZeros ? Math.floor(trailingZeros / 3) * 3 : 0);
  }
  return (step * scale) / 2;
}

export function formatFigure(value: number, unit: string): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  const text = rounded.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return unit === "percent" ? `${text}%` : unit === "money" ? `$${text}` : text;
}

/** Compares `claim` with `data` (already in the claim's unit; percent changes signed). */
export function compareFigure(claim: ClaimFigure, data: number, options: { signed?: boolean } = {}): Agreement {
  let value = claim.value;
  // A change said in words ("fell 3 percent") is compared as a signed change.
  if (options.signed && claim.direction === "decrease" && value > 0) value = -value;
  if (options.signed && !claim.direction && data < 0 && value > 0) value = -value;
  let half = roundingHalfWidth(claim.text, Math.abs(value));
  if (claim.bound === "approximate") half = Math.max(half, Math.abs(value) * 0.025);
  let low = value - half;
  let high = value + half;
  if (claim.bound === "lower") high = Number.POSITIVE_INFINITY;
  if (claim.bound === "upper") low = Number.NEGATIVE_INFINITY;
  // Floating point: 2.9 - 0.05 is 2.8499999999999996.
  const epsilon = Math.max(Math.abs(value), 1) * 1e-9;
  const agrees = data >= low - epsilon && data <= high + epsilon;
  const absolute = value - data;
  const relative = data === 0 ? null : absolute / Math.abs(data);
  const range =
    claim.bound === "lower"
      ? `${formatFigure(low, claim.unit)} or more`
      : claim.bound === "upper"
        ? `up to ${formatFigure(high, claim.unit)}`
        : `${formatFigure(low, claim.unit)}–${formatFigure(high, claim.unit)}`;
  let sentence: string;
  if (agrees) sentence = `${claim.text} covers ${range}: agrees`;
  else if (claim.unit === "percent") {
    const points = Math.abs(absolute);
    sentence = `differs by ${formatFigure(points, "count")} percentage point${points === 1 ? "" : "s"} from ${formatFigure(data, claim.unit)}`;
  } else if (relative === null) sentence = `differs from ${formatFigure(data, claim.unit)}`;
  else {
    const percent = Math.abs(relative) * 100;
    sentence = `differs by ${percent >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10}% from ${formatFigure(data, claim.unit)}`;
  }
  return { agrees, low, high, relative, absolute, sentence };
}
