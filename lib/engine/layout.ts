/**
 * What a paragraph inherits from the document around it, read before any sentence:
 *
 *  - a text table (cells split by pipes, tabs or runs of spaces) gives each cell its subject (the row
 *    label and the column header that are not periods), its period (the one that is) and its scale
 *    ("(in thousands)", "in millions of dollars");
 *  - a list's lead-in ("The analysis showed:", "* based on FY19 figures") gives every item its period
 *    and its speaker;
 *  - a statement by one person ("Statement by Secretary Johnson on …", "X made the following
 *    statement:") makes that person the speaker of every figure after it that names no other.
 *
 * Table cells carry no speaker, even inside a statement: a table reports data, nobody says it.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./lexicon";
import { findTimePhrases } from "./time";
import type { Span } from "./types";

export interface TableCell extends Span {
  /** Row label and column header that are not periods, joined: "Office of Field Operations (OFO)". */
  subject: string;
  /** The row label or column header that is a period: "FY17", "July 2015". */
  timeScope?: string;
  /** Multiplier from the table's header or caption ("(in thousands)": 1000). */
  scale: number;
  /** The scale note said dollars ("in millions of dollars"). */
  money: boolean;
  /** Which rule read the cell, for `claims extract --explain`. */
  rule: string;
}

export interface Inherited {
  timeScope?: string;
  speaker?: string;
  /** What a list of "period: figure" lines counts: its lead-in ("Encounters by fiscal year:"). */
  subject?: string;
  /** Names of the rules that set them. */
  timeRule?: string;
  speakerRule?: string;
}

export interface ParagraphLayout {
  /** Set when the paragraph is a table row: its numeric cells. */
  cells?: TableCell[];
  /** A footnote under a table or a page marker: every figure in it is not a claim. */
  note?: boolean;
  inherited: Inherited;
}

const NUMERIC_CELL = /^[-+(]?[$€£]?\s?[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|[KkMmBb]|million|billion|thousand)?\)?\+?\*?$/;
const SEPARATOR_CELL = /^[\s:=_–—-]*$/;
const MONTHS = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].sort((a, b) => b.length - a.length).join("|");
/** A header or label that names a period: "FY17", "FY 2024", "2019", "2020–21", "July 2015", "Q3 2023". */
const PERIOD_CELL = new RegExp(
  String.raw`^(?:(?:FY|CY|SY|Fiscal Year|Calendar Year|School Year|Q[1-4]|H[12])\s*'?\d{2,4}(?:\s*[–/-]\s*\d{2,4})?|(?:19|20)\d{2}(?:\s*[–/-]\s*\d{2,4})?|(?:${MONTHS})\.?(?:\s+\d{1,2},)?\s+(?:19|20)\d{2}|(?:${MONTHS})|(?:Q[1-4]|H[12])\s+(?:19|20)\d{2})$`,
  "i",
);
/** A caption's scale must say "in": "Encounters (in thousands)", "Spending, in millions of dollars". */
const CAPTION_SCALE =
  /\bin\s+(thousands|millions|billions)(\s+of\s+(?:dollars|US\s+dollars))?\b|\(\s*(?:\$|dollars)\s*(?:in\s+)?(thousands|millions|billions)\s*\)/i;
const SCALE_NOTE =
  /\b(?:in\s+)?(thousands|millions|billions)(\s+of\s+(?:dollars|US\s+dollars|\$))?\b|\(\s*(?:\$|dollars)\s*(?:in\s+)?(thousands|millions|billions)\s*\)/i;
/** Column headers of money: "Amount", "Funding", "Outlays ($)". */
const MONEY_HEADER =
  /\b(?:amount|funding|funds|dollars|spending|cost|costs|budget|value|obligations|outlays|revenue|revenues|expenditures?|grants?|awarded|payments?)\b|\$/i;
const SCALES: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };

interface RawCell extends Span {
  text: string;
}

/** The cells of a table row, or null when the paragraph is not one. */
function rowCells(text: string, p: Span): RawCell[] | null {
  const line = text.slice(p.start, p.end);
  let splitter: RegExp;
  if (line.includes("|")) splitter = /\|/g;
  else if (line.includes("\t")) splitter = /\t+/g;
  else if (/\S {3,}\S/.test(line)) splitter = / {3,}/g;
  else return null;
  const cells: RawCell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(line[s]!)) s++;
    while (e > s && /\s/.test(line[e - 1]!)) e--;
    cells.push({ start: p.start + s, end: p.start + e, text: line.slice(s, e) });
  };
  for (let m = splitter.exec(line); m; m = splitter.exec(line)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  const filled = cells.filter((c) => c.text !== "");
  // Runs of spaces can split prose too: such a row needs three cells.
  if (splitter.source === " {3,}" && filled.length < 3) return null;
  return filled.length >= 2 ? filled : null;
}

/** A row label without its footnote mark: "Office of Field Operations (OFO)1" → "Office of Field Operations (OFO)". */
function label(s: string): string {
  // Only after a closing bracket or a lower-case letter: "FY17" and "Q4" keep their digits.
  return s
    .replace(/(?<=[a-z)\]])\d{1,2}$/, "")
    .replace(/\*+$/, "")
    .trim();
}

export function layout(text: string, paras: readonly Span[]): ParagraphLayout[] {
  const out: ParagraphLayout[] = paras.map(() => ({ inherited: {} }));
  readTables(text, paras, out);
  readLeadIns(text, paras, out);
  return out;
}

function readTables(text: string, paras: readonly Span[], out: ParagraphLayout[]): void {
  let k = 0;
  while (k < paras.length) {
    const first = rowCells(text, paras[k]!);
    if (!first) {
      k++;
      continue;
    }
    // A table: consecutive rows.
    const rows: { index: number; cells: RawCell[] }[] = [];
    let j = k;
    for (let cells: RawCell[] | null = first; cells && j < paras.length; cells = j < paras.length ? rowCells(text, paras[j]!) : null) {
      rows.push({ index: j, cells });
      j++;
    }
    if (rows.length >= 2 && rows.some((r) => r.cells.some((c) => NUMERIC_CELL.test(c.text)))) readTable(text, paras, rows, out);
    // A footnote under a table: "1 Beginning in March FY20, …".
    for (
      let n = j;
      n < paras.length && n < j + 4 && /^(?:\d{1,2}|\*+|†)\s+[A-Z]/.test(text.slice(paras[n]!.start, paras[n]!.start + 4));
      n++
    ) {
      out[n]!.note = true;
    }
    k = j;
  }
}

function readTable(text: string, paras: readonly Span[], rows: { index: number; cells: RawCell[] }[], out: ParagraphLayout[]): void {
  let header: string[] = [];
  // The caption: up to two paragraphs before the table.
  const before = paras.slice(Math.max(0, rows[0]!.index - 2), rows[0]!.index).map((p) => text.slice(p.start, p.end));
  let scale = 1;
  let money = false;
  // A caption names what the table counts and may date it: "Arrests by county, 2023", "Spending by program (in millions of dollars)".
  const captionLine = [...before]
    .reverse()
    .find((line) => line.length <= 90 && !/[.!?]["”]?$/.test(line) && !line.includes("|") && !line.includes("\t"));
  const caption = captionLine
    ?.replace(/\s*\([^)]*\b(?:thousands|millions|billions)\b[^)]*\)/i, "")
    .replace(/,?\s*\b(?:in\s+)?(?:thousands|millions|billions)(?:\s+of\s+dollars)?\s*$/i, "")
    .trim();
  const captionYear = caption ? /\b(?:FY\s?\d{2,4}|(?:19|20)\d{2}(?:[–-]\d{2})?)\b/.exec(caption)?.[0] : undefined;
  for (const row of rows) {
    const cells = row.cells;
    if (cells.every((c) => SEPARATOR_CELL.test(c.text))) continue;
    const numeric = cells.filter((c) => NUMERIC_CELL.test(c.text));
    if (numeric.length === 0) {
      // A header row (the last one before the data wins); it may carry the scale.
      header = cells.map((c) => label(c.text));
      const note = SCALE_NOTE.exec(cells.map((c) => c.text).join(" "));
      if (note) ({ scale, money } = scaleOf(note));
      continue;
    }
    if (scale === 1) {
      const note = before.map((line) => CAPTION_SCALE.exec(line)).find((m) => m !== null);
      if (note) ({ scale, money } = scaleOf(note));
    }
    const moneyColumns = header.some((h) => MONEY_HEADER.test(h));
    const rowLabel = NUMERIC_CELL.test(cells[0]!.text) ? "" : label(cells[0]!.text);
    const cellsOut: TableCell[] = [];
    cells.forEach((cell, i) => {
      if (!NUMERIC_CELL.test(cell.text)) return;
      // Headers align from the right: a web table's empty corner cell is often lost in the text.
      const column = header[header.length - cells.length + i] ?? "";
      const parts = [rowLabel, column].filter((s) => s && !PERIOD_CELL.test(s));
      const periods = [rowLabel, column].filter((s) => s && PERIOD_CELL.test(s));
      if (periods.length === 0 && captionYear) periods.push(captionYear);
      // One label alone ("Housing") says more with the caption: "Housing (Spending by program)".
      const subject =
        parts.length === 1 && caption && !caption.toLowerCase().includes(parts[0]!.toLowerCase())
          ? `${parts[0]} (${caption.replace(/,?\s*\b(?:FY\s?\d{2,4}|(?:19|20)\d{2}(?:[–-]\d{2})?)\s*$/, "")})`
          : parts.join(", ");
      // "(in thousands of dollars)" scales the columns of money; when headers say which those are
      // ("Amount", "Funding"), a column of counts beside them ("Awards") keeps its own figures.
      const scaled = !money || !moneyColumns || MONEY_HEADER.test(column);
      cellsOut.push({
        start: cell.start,
        end: cell.end,
        subject,
        ...(periods.length ? { timeScope: periods.join(", ") } : {}),
        scale: scaled ? scale : 1,
        money: scaled && money,
        rule: column ? "table: row label and column header" : "table: row label",
      });
    });
    out[row.index]!.cells = cellsOut;
  }
}

function scaleOf(m: RegExpExecArray): { scale: number; money: boolean } {
  const word = (m[1] ?? m[3] ?? "").toLowerCase();
  return { scale: SCALES[word] ?? 1, money: Boolean(m[2] || m[3]) };
}

/* ------------------------------------------------------------------------------------------------ */

/** A lead-in that names its source: "The analysis showed:", "The survey found:", "Our report shows:". */
const FINDING_LEAD =
  /\b((?:[A-Z][\w’'.-]*\s+){0,4}(?:the|this|our|a|its)?\s*(?:new\s+)?(?:analysis|study|survey|report|data|review|audit|assessment|evaluation|census|research|findings))\s+(?:showed|shows|found|finds|revealed|reveals|indicated|indicates|concluded|concludes)\b/i;
/** Who did the work: "CDC researchers analyzed data from …". */
const RESEARCHERS =
  /\b((?:[A-Z][\w’'.&-]*\s+){1,5}(?:researchers|scientists|analysts|investigators|economists|statisticians))\s+(?:analyzed|analysed|examined|studied|reviewed|surveyed|found|used)\b/;
/** "Secretary Johnson made the following statement:", "The Governor issued this statement:". */
const STATEMENT_LEAD =
  /^(?:.*[,;]\s+)?((?:[A-Z][\w’'.-]*\s+){1,6})(?:made|issued|released|gave|delivered)\s+(?:the\s+following|this|a)\s+statement\b/;
/** A title: "Statement by Secretary Jeh C. Johnson on Southwest Border Security". */
const STATEMENT_TITLE =
  /^(?:Joint\s+)?Statement\s+(?:by|from|of)\s+((?:[A-Z][\w’'.-]*\s*){1,7}?)(?:\s+(?:on|regarding|about|concerning|in|at|following|after|for)\b|[:–—-]|$)/;
/** A note that dates a whole list: "* based on FY19 figures", "Figures are for fiscal year 2023." */
const PERIOD_NOTE =
  /(?:based\s+on|figures\s+(?:are\s+)?for|data\s+(?:are\s+)?for|as\s+of)\s+((?:FY|fiscal\s+year|calendar\s+year|CY)\s*\d{2,4}|(?:19|20)\d{2})/i;

/** A list item: a bullet, a number or a short line that ends no sentence. */
function isItem(text: string, p: Span): boolean {
  const s = text.slice(p.start, Math.min(p.end, p.start + 4));
  if (/^(?:[•●▪◦·*‣–-]\s|\(?\d{1,2}[.)]\s)/.test(s)) return true;
  return p.end - p.start <= 160 && !/[.!?]["”’)]?$/.test(text.slice(Math.max(p.start, p.end - 3), p.end));
}

function readLeadIns(text: string, paras: readonly Span[], out: ParagraphLayout[]): void {
  let statementSpeaker: string | undefined;
  let statementRule: string | undefined;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    const body = text.slice(p.start, p.end);
    if (statementSpeaker) {
      out[k]!.inherited.speaker ??= statementSpeaker;
      out[k]!.inherited.speakerRule ??= statementRule;
    }
    // The title of a statement, within the first lines.
    if (!statementSpeaker && k < 3 && p.end - p.start < 200) {
      const title = STATEMENT_TITLE.exec(body);
      if (title) {
        statementSpeaker = title[1]!.trim();
        statementRule = "speaker: statement by one person (title)";
        continue;
      }
    }
    const colon = /:\s*$/.test(body);
    const lead = colon && /statement/i.test(body) ? STATEMENT_LEAD.exec(body) : null;
    if (lead) {
      statementSpeaker = lead[1]!.trim();
      statementRule = "speaker: statement by one person (lead-in)";
      continue;
    }
    const note = /based on|figures|data|as of/i.test(body) ? PERIOD_NOTE.exec(body) : null;
    const leadIn = colon || (note !== null && note.index > body.length - 60);
    if (!leadIn || k + 1 >= paras.length || !isItem(text, paras[k + 1]!)) continue;
    // What the lead-in gives its items: the period it names, and who found the figures.
    const timeScope = note ? note[1] : leadPeriod(text, p);
    const found = FINDING_LEAD.exec(body);
    const team = RESEARCHERS.exec(body);
    const speaker = team?.[1] ?? found?.[1]?.replace(/^\s+/, "");
    // A short lead-in over "FY2021: 1,734,686" lines names what they count.
    const counted = colon && body.length <= 80 ? body.replace(/\s*:\s*$/, "") : undefined;
    for (let n = k + 1; n < paras.length && isItem(text, paras[n]!) && !out[n]!.cells; n++) {
      const inherited = out[n]!.inherited;
      if (counted && /^[^:]{1,40}:\s*[$\d]/.test(text.slice(paras[n]!.start, paras[n]!.end))) inherited.subject = counted;
      if (timeScope) {
        inherited.timeScope = timeScope;
        inherited.timeRule = note ? "time: a note that dates the list" : "time: the list's lead-in";
      }
      if (speaker) {
        inherited.speaker = speaker;
        inherited.speakerRule = "speaker: the list's lead-in";
      }
    }
  }
}

/** The period a lead-in paragraph names: its last time phrase, or a year it mentions ("data from the 2014 … System"). */
function leadPeriod(text: string, p: Span): string | undefined {
  const phrases = findTimePhrases(text, p.start, p.end);
  const last = phrases[phrases.length - 1];
  if (last) return text.slice(last.start, last.end).replace(/\s+/g, " ").trim();
  const year = /\b(?:19|20)\d{2}\b/.exec(text.slice(p.start, p.end));
  return year?.[0];
}
