/**
 * Column types of a dataset, inferred while the rows stream past and editable afterwards:
 *   period   — years, fiscal years, months, quarters, school years ("FY17", "February 2016")
 *   number   — counts, amounts, percentages ("1,137,452", "$4.2", "71.5%")
 *   category — everything else (the labels a figure is about: "U.S. Border Patrol", "Vermont")
 * And the table as facts: one number with the category labels, period and measure it belongs to,
 * whether the table is long (a period column) or wide (periods as column headers, "FY17 | FY18").
 */
import type { DatasetColumn } from "@/db/enums";
import { periodOf } from "./period";

export { COLUMN_TYPES, type ColumnType, type DatasetColumn } from "@/db/enums";

/** "1,137,452" → 1137452, "$4.2" → 4.2, "71.5%" → 71.5, "-3" → -3; a footnote digit glued to a label is not a number. */
export function parseNumber(cell: string): number | null {
  // Most cells are plain digits: no need for the general pattern.
  if (/^\d{1,15}$/.test(cell)) return Number(cell);
  const cleaned = cell
    .trim()
    .replace(/^[$€£]\s*/, "")
    .replace(/^([+-])\s*[$€£]\s*/, "$1")
    .replace(/\s*%$/, "");
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/,/g, ""));
  return Number.isFinite(value) ? value : null;
}

const MISSING = /^(?:|-|—|–|n\/?a|\(na\)|\(x\)|\(d\)|\(s\)|null|none|\*+)$/i;
export function isMissing(cell: string): boolean {
  return MISSING.test(cell.trim());
}

export interface ColumnStats {
  nonEmpty: number;
  numbers: number;
  periods: number;
  distinct: Set<string>;
}

export const MAX_DISTINCT_TRACKED = 5_000;

export function newStats(count: number): ColumnStats[] {
  return Array.from({ length: count }, () => ({ nonEmpty: 0, numbers: 0, periods: 0, distinct: new Set<string>() }));
}

export function addRowToStats(stats: ColumnStats[], row: readonly string[]): void {
  row.forEach((cell, index) => {
    const s = stats[index];
    if (!s || isMissing(cell)) return;
    s.nonEmpty++;
    if (periodOf(cell) !== null) s.periods++;
    else if (parseNumber(cell) !== null) s.numbers++;
    if (s.distinct.size < MAX_DISTINCT_TRACKED) s.distinct.add(cell);
  });
}

/** A period column needs 90% of its cells to be periods, a number column 90% numbers (missing cells aside). */
export function inferColumns(header: readonly string[], stats: readonly ColumnStats[]): DatasetColumn[] {
  return header.map((name, index) => {
    const s = stats[index];
    if (!s || s.nonEmpty === 0) return { name, type: "category" };
    if (s.periods / s.nonEmpty >= 0.9) return { name, type: "period" };
    if ((s.numbers + s.periods) / s.nonEmpty >= 0.9 && s.numbers > 0) return { name, type: "number" };
    return { name, type: "category" };
  });
}

/** "Deficit (billions of dollars)" → 1e9: a column named in thousands, millions or billions. */
export function scaleOf(name: string): number {
  const m = /\b(?:in\s+)?(thousands|millions|billions|trillions)\b/i.exec(name);
  if (!m?.[1]) return 1;
  return { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 }[m[1].toLowerCase() as "thousands"] ?? 1;
}

export const POPULATION_COLUMN = /\b(?:population|residents|persons|people)\b/i;

export interface Fact {
  /** Row number in the dataset, 1-based (the header is not counted). */
  row: number;
  /** The row's category labels, in column order (empty labels dropped). */
  categories: string[];
  /** Period key (lib/datasets/period.ts) or null when the table has none for this figure. */
  period: string | null;
  /** The number column's name; for a wide table, the dataset's title. */
  measure: string;
  value: number;
  /** The row's population, when the table has a population column (for rates per N). */
  population: number | null;
}

/** The facts of one row. */
export function factsOfRow(columns: readonly DatasetColumn[], row: readonly string[], rowNumber: number, title: string): Fact[] {
  return factsReader(columns, title)(row, rowNumber);
}

/**
 * The facts of each row of one table: what depends only on the columns (a header's period, its
 * scale, the population column) is worked out once, and each distinct period cell is read once
 * (a 10,000-row table has a few dozen: reading them was most of the cost of a table's facts).
 */
export function factsReader(columns: readonly DatasetColumn[], title: string): (row: readonly string[], rowNumber: number) => Fact[] {
  const plan = columns.map((column) => {
    const headerPeriod = column.type === "number" ? periodOf(column.name) : null;
    return {
      type: column.type,
      population: column.type === "number" && POPULATION_COLUMN.test(column.name),
      scale: column.type === "number" ? scaleOf(column.name) : 1,
      headerPeriod,
      measure: headerPeriod ? title : column.name,
    };
  });
  const periods = new Map<string, string | null>();
  const periodOfCell = (cell: string) => {
    let period = periods.get(cell);
    if (period === undefined) {
      period = periodOf(cell);
      if (periods.size < 100_000) periods.set(cell, period);
    }
    return period;
  };
  return (row, rowNumber) => {
    const categories: string[] = [];
    let period: string | null = null;
    let population: number | null = null;
    for (let index = 0; index < plan.length; index++) {
      const column = plan[index];
      const cell = row[index] ?? "";
      if (!column || isMissing(cell)) continue;
      if (column.type === "category") categories.push(cell);
      else if (column.type === "period" && period === null) period = periodOfCell(cell);
      else if (column.population) population = parseNumber(cell);
    }
    const facts: Fact[] = [];
    for (let index = 0; index < plan.length; index++) {
      const column = plan[index];
      if (!column || column.type !== "number" || column.population) continue;
      const parsed = parseNumber(row[index] ?? "");
      if (parsed === null) continue;
      facts.push({
        row: rowNumber,
        categories,
        period: column.headerPeriod ?? period,
        measure: column.measure,
        value: parsed * column.scale,
        population,
      });
    }
    return facts;
  };
}
