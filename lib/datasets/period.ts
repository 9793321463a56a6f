/**
 * Periods as keys both a table and a claim can be compared on: "FY17", "FY 2017" and "fiscal year
 * 2017" are all "FY2017"; "February 2016", "Feb. 2016" and "2016-02" are "2016-02"; "2020" is
 * "2020"; "SY 2020–21" and "2020-21 school year" are "SY2020-21"; "Q1 2020" is "2020-Q1".
 * A month named without a year ("in January") is "M01", matched against any year's January.
 * Plain TypeScript, no I/O.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n >= 70 ? 1900 + n : 2000 + n;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

interface Pattern {
  re: RegExp;
  key(match: RegExpExecArray): string;
}

// Order matters: the longer forms first, so "FY 2017" is not read as the year 2017.
const PATTERNS: Pattern[] = [
  { re: /\b(?:SY\s*|school\s+year\s+)?((?:19|20)\d\d)\s*[–—-]\s*(\d\d)\b(?:\s+school\s+year)?/gi, key: (m) => `SY${m[1]}-${m[2]}` },
  { re: /\b(?:FY|fiscal\s+year)\s*'?((?:19|20)?\d\d)\b/gi, key: (m) => `FY${fullYear(m[1] ?? "")}` },
  { re: /\bQ([1-4])\s*((?:19|20)\d\d)\b/gi, key: (m) => `${m[2]}-Q${m[1]}` },
  { re: /\b((?:19|20)\d\d)\s*Q([1-4])\b/gi, key: (m) => `${m[1]}-Q${m[2]}` },
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, key: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { re: /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])\b/g, key: (m) => `${m[1]}-${m[2]}` },
  { re: new RegExp(`\\b${MONTH}\\s*,?\\s*((?:19|20)\\d\\d)\\b`, "gi"), key: (m) => `${m[2]}-${pad(monthIndex(m[1] ?? ""))}` },
  { re: /\b((?:19|20)\d\d)\b/g, key: (m) => `${m[1]}` },
  { re: new RegExp(`\\b${MONTH}(?![a-z])`, "gi"), key: (m) => `M${pad(monthIndex(m[1] ?? ""))}` },
];

/** Every period named in a text, in order of appearance, each once. */
export function periodsIn(text: string): string[] {
  const found: { at: number; end: number; key: string }[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      // "may" is a month only when capitalised ("May 2020" is caught above with its year).
      if (/^may$/i.test(m[0]) && m[0] !== "May") continue;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      found.push({ at, end, key: pattern.key(m) });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.key))];
}

/** The one period a table cell or column header names, or null ("FY17" → "FY2017"). */
export function periodOf(cell: string): string | null {
  const trimmed = cell.trim();
  if (trimmed === "" || trimmed.length > 40) return null;
  const keys = periodsIn(trimmed);
  if (keys.length !== 1) return null;
  const key = keys[0] ?? null;
  // The whole cell must be the period (give or take a footnote digit or punctuation): "FY17",
  // not "Office of Field Operations 2017 plan".
  const rest = trimmed.replace(/\b(?:FY|fiscal\s+year|SY|school\s+year)|\bQ(?=[1-4])/gi, "").replace(/[^a-z]/gi, "");
  const monthWords = rest.replace(new RegExp(MONTH, "gi"), "");
  if (monthWords.length > 0) return null;
  return key;
}

/** True when the table's period `cell` is the claim's `wanted` ("M02" matches "2016-02"). */
export function periodMatches(wanted: string, cell: string): boolean {
  if (wanted === cell) return true;
  if (/^M\d\d$/.test(wanted)) return cell.endsWith(`-${wanted.slice(1)}`) && /^\d{4}-\d\d$/.test(cell);
  return false;
}

/** Orders period keys in time; unknown forms compare as text. */
export function comparePeriods(a: string, b: string): number {
  // Code-unit order, not localeCompare: the keys are ASCII digits, "-" and a few letters, whose
  // order is the same either way, and a table's series sort thousands of them per dataset.
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function sortKey(key: string): string {
  if (key.startsWith("FY")) return `${key.slice(2)}-00-fy`;
  if (key.startsWith("SY")) return `${key.slice(2, 6)}-00-sy`;
  return key;
}

/** How a period key reads in a sentence: "FY2023", "February 2016", "2020", "SY 2020–21". */
export function describePeriod(key: string): string {
  const month = /^(\d{4})-(\d\d)$/.exec(key);
  if (month) {
    const name = new Date(Date.UTC(2000, Number(month[2]) - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
    return `${name} ${month[1]}`;
  }
  if (key.startsWith("SY")) return `SY ${key.slice(2).replace("-", "–")}`;
  return key;
}
