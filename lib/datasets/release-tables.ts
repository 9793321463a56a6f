/**
 * Tables inside a release's text, as Claim Desk stores it: pipe tables ("FY17 | FY18 |" with a
 * "---|---|" rule under the header), the form the converters give HTML and Markdown tables. A
 * header one cell short (the row labels' column unnamed, as in DHS's monthly table) gets "Label"
 * in front. Plain TypeScript.
 */
export interface ReleaseTable {
  header: string[];
  rows: string[][];
  /** The first line of the table in the text (for a caption a person recognises). */
  firstLine: string;
}

const RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  let parts = line.split("|").map((cell) => cell.trim());
  if (parts[0] === "" && line.trim().startsWith("|")) parts = parts.slice(1);
  if (parts.at(-1) === "" && line.trim().endsWith("|")) parts = parts.slice(0, -1);
  return parts;
}

export function findTables(body: string): ReleaseTable[] {
  const lines = body.split("\n");
  const tables: ReleaseTable[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const headerLine = lines[i] ?? "";
    if (!headerLine.includes("|") || !RULE.test(lines[i + 1] ?? "")) continue;
    let header = cells(headerLine);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] ?? "").includes("|"); j++) rows.push(cells(lines[j] ?? ""));
    if (rows.length === 0) continue;
    const width = Math.max(...rows.map((r) => r.length));
    // "UACs | Family Members | All | |": the trailing empty cell was dropped, the label column is unnamed.
    while (header.length > 0 && header.at(-1) === "") header = header.slice(0, -1);
    if (header.length === width - 1) header = ["Label", ...header];
    if (header.length !== width || header.some((h) => h === "")) {
      header = Array.from({ length: width }, (_, k) => header[k] || (k === 0 ? "Label" : `Column ${k + 1}`));
    }
    tables.push({
      header,
      rows: rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? "")),
      firstLine: headerLine.trim().slice(0, 120),
    });
    i = j - 1;
  }
  return tables;
}

/** RFC 4180 CSV of a table (every cell quoted: labels may hold commas). */
export function tableToCsv(table: ReleaseTable): string {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return [table.header, ...table.rows].map((row) => row.map(quote).join(",")).join("\r\n");
}
