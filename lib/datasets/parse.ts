/**
 * Reads a CSV or TSV file as a stream and hands its rows on in batches, refusing what is not a
 * clean table with a message that names the row: binary files (and spreadsheets not saved as
 * CSV), text that is not UTF-8, ragged rows, formula cells, a missing or repeated header name, and
 * files over the size or row limits. The caller stores batches inside one transaction, so a
 * refusal midway leaves nothing behind.
 *
 * csv-parse does the RFC 4180 work (quoted fields, quotes doubled inside them, line breaks in a
 * quoted field, CRLF) as a Node stream Transform: memory stays flat however large the file.
 */
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";

export const MAX_DATASET_BYTES = 100 * 1024 * 1024;
export const MAX_DATASET_ROWS = 1_000_000;
export const MAX_COLUMNS = 200;
export const MAX_CELL_CHARS = 10_000;

export class DatasetFileError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file (the header is row 1), when the problem is in one row. */
    readonly row?: number,
  ) {
    super(message);
    this.name = "DatasetFileError";
  }
}

export interface ParseProgress {
  bytes: number;
  rows: number;
}

export interface ParseOptions {
  filename?: string | null;
  maxBytes?: number;
  maxRows?: number;
  batchSize?: number;
  onProgress?(progress: ParseProgress): void;
}

export interface ParsedTable {
  header: string[];
  rowCount: number;
  bytes: number;
  delimiter: "," | "\t";
}

/** "-12", "+3.5%", "$1,200": numbers with a sign, not formulas. */
const SIGNED_NUMBER = /^[+-]\s*[$€£]?\s*[\d.,]+\s*%?$/;

/** A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ or a tab/CR first. */
export function isFormulaCell(cell: string): boolean {
  if (cell === "" || cell === "-" || cell === "+") return false;
  const first = cell[0];
  if (first === "=" || first === "@" || first === "\t" || first === "\r") return true;
  if (first === "+" || first === "-") return !SIGNED_NUMBER.test(cell);
  return false;
}

/** Index of the first byte that is not valid UTF-8 (a sequence cut at the end counts as invalid), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

function sniffBinary(first: Uint8Array): string | null {
  const head = Buffer.from(first.subarray(0, 8));
  if (head.subarray(0, 4).toString("latin1") === "%PDF") return "This is a PDF, not a CSV or TSV table.";
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return "This is a spreadsheet workbook or ZIP archive (e.g. .xlsx), not CSV or TSV. Save the sheet as CSV (UTF-8) and add that.";
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    return "This is an old Excel workbook (.xls), not CSV or TSV. Save the sheet as CSV (UTF-8) and add that.";
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return "This file is UTF-16 text. Save it as CSV (UTF-8) and add it again.";
  }
  const sample = first.subarray(0, 4096);
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if (b === 0) return "This is a binary file, not a CSV or TSV table (it contains NUL bytes).";
  }
  return null;
}

/**
 * Decodes the byte stream to text, checking size, binary content and UTF-8 as it goes.
 * Throws DatasetFileError naming the row where an invalid byte is.
 */
async function* decode(source: AsyncIterable<Uint8Array>, maxBytes: number, progress: ParseProgress): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
  let lines = 0;
  let carry = new Uint8Array(0);
  let first = true;
  for await (const raw of source) {
    const chunk = raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer);
    progress.bytes += chunk.length;
    if (progress.bytes > maxBytes) {
      throw new DatasetFileError(
        `This file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most Claim Desk imports as one dataset.`,
      );
    }
    if (first) {
      first = false;
      const binary = sniffBinary(chunk);
      if (binary) throw new DatasetFileError(binary);
    }
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    // Keep up to 3 trailing bytes of an unfinished sequence for the next chunk.
    let cut = bytes.length;
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const b = bytes[bytes.length - back] ?? 0;
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > back) cut = bytes.length - back;
      break;
    }
    const whole = bytes.subarray(0, cut);
    carry = Uint8Array.from(bytes.subarray(cut));
    const bad = firstInvalidUtf8(whole);
    if (bad >= 0) throw notUtf8(lines + countNewlines(whole, bad) + 1);
    for (let i = 0; i < whole.length; i++) {
      const b = whole[i] ?? 0;
      if (b === 0x0a) lines++;
      else if (b === 0)
        throw new DatasetFileError(
          `Row ${lines + 1} contains a NUL byte: this looks like a binary file, not a CSV or TSV table.`,
          lines + 1,
        );
    }
    yield decoder.decode(whole, { stream: true });
  }
  if (carry.length > 0) throw notUtf8(lines + 1);
  const rest = decoder.decode();
  if (rest) yield rest;
}

function notUtf8(row: number): DatasetFileError {
  return new DatasetFileError(
    `Row ${row} has bytes that are not UTF-8 text (the file may be saved as Latin-1 or Windows-1252). Save it as "CSV UTF-8" and add it again.`,
    row,
  );
}

/**
 * Streams `source` through csv-parse and calls `onRows` with each batch of data rows (header
 * excluded), waiting for it before reading on. Throws DatasetFileError for anything malformed.
 */
export async function parseTable(
  source: AsyncIterable<Uint8Array>,
  options: ParseOptions,
  onRows: (rows: string[][], header: string[]) => Promise<void>,
): Promise<ParsedTable> {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  const maxRows = options.maxRows ?? MAX_DATASET_ROWS;
  const batchSize = options.batchSize ?? 1000;
  const progress: ParseProgress = { bytes: 0, rows: 0 };

  const text = decode(source, maxBytes, progress)[Symbol.asyncIterator]();
  // Read until the header line is complete, to choose the separator from it.
  let head = "";
  for (let next = await text.next(); !next.done; next = head.includes("\n") ? { done: true, value: undefined } : await text.next()) {
    head += next.value;
  }
  if (head.replace(/^\uFEFF/, "").trim() === "") throw new DatasetFileError("This file is empty: there is no table to import.");
  const firstChunk = { value: head };
  const firstLine = head.replace(/^\uFEFF/, "").split("\n", 1)[0] ?? "";
  const delimiter: "," | "\t" =
    /\.tsv$/i.test(options.filename ?? "") || firstLine.split("\t").length > firstLine.split(",").length ? "\t" : ",";

  async function* rest(): AsyncGenerator<string> {
    yield firstChunk.value as string;
    for (let next = await text.next(); !next.done; next = await text.next()) yield next.value;
  }
  const input = Readable.from(rest());
  const parser = parse({ delimiter, bom: true, info: true, relax_column_count: false, skip_empty_lines: true, trim: false });
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);

  let header: string[] | null = null;
  let batch: string[][] = [];
  let rowCount = 0;
  let lastReport = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const row = item.info.lines;
      const cells = item.record.map((cell) => cell.trim());
      if (!header) {
        header = checkHeader(cells);
        continue;
      }
      if (cells.every((cell) => cell === "")) continue;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c] ?? "";
        if (isFormulaCell(item.record[c] ?? "") || isFormulaCell(cell)) {
          throw new DatasetFileError(
            `Row ${row}, column “${header[c]}” holds “${cell.slice(0, 30)}”, which a spreadsheet would run as a formula. Claim Desk imports values only: export the sheet with values, or remove the leading ${JSON.stringify(cell[0] ?? "")}.`,
            row,
          );
        }
        if (cell.length > MAX_CELL_CHARS) {
          throw new DatasetFileError(
            `Row ${row}, column “${header[c]}” is longer than ${MAX_CELL_CHARS.toLocaleString("en-US")} characters: this does not look like a table cell.`,
            row,
          );
        }
      }
      rowCount++;
      if (rowCount > maxRows) {
        throw new DatasetFileError(
          `This file has more than ${maxRows.toLocaleString("en-US")} rows, the most Claim Desk imports as one dataset.`,
          row,
        );
      }
      batch.push(cells);
      if (batch.length >= batchSize) {
        await onRows(batch, header);
        batch = [];
      }
      progress.rows = rowCount;
      if (options.onProgress && progress.bytes - lastReport >= 256 * 1024) {
        lastReport = progress.bytes;
        options.onProgress({ ...progress });
      }
    }
  } catch (error) {
    input.destroy();
    if (error instanceof DatasetFileError) throw error;
    if (error instanceof CsvError) throw csvError(error, header ?? headerOf(firstLine, delimiter));
    throw error;
  }
  if (!header) throw new DatasetFileError("This file is empty: there is no table to import.");
  if (batch.length > 0) await onRows(batch, header);
  if (rowCount === 0) throw new DatasetFileError("This file has a header but no rows of data.");
  progress.rows = rowCount;
  options.onProgress?.({ ...progress });
  return { header, rowCount, bytes: progress.bytes, delimiter };
}

/** The header's cells read on their own (a ragged row can stop the stream before the header is handed on). */
function headerOf(line: string, delimiter: string): string[] | null {
  try {
    const [record] = parseSync(line, { delimiter, bom: true, relax_quotes: true }) as string[][];
    return record ?? null;
  } catch {
    return null;
  }
}

function checkHeader(cells: string[]): string[] {
  if (cells.length < 2)
    throw new DatasetFileError(
      "Row 1 (the header) has only one column: a dataset needs at least a label and a number. Is the file comma- or tab-separated?",
      1,
    );
  if (cells.length > MAX_COLUMNS)
    throw new DatasetFileError(`Row 1 (the header) has ${cells.length} columns; Claim Desk takes at most ${MAX_COLUMNS}.`, 1);
  const seen = new Set<string>();
  cells.forEach((name, index) => {
    if (name === "") throw new DatasetFileError(`Row 1 (the header): column ${index + 1} has no name.`, 1);
    if (isFormulaCell(name))
      throw new DatasetFileError(`Row 1 (the header): column ${index + 1} starts like a spreadsheet formula (“${name.slice(0, 30)}”).`, 1);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new DatasetFileError(`Row 1 (the header): the column name “${name}” appears twice.`, 1);
    seen.add(key);
  });
  return cells;
}

function csvError(error: CsvError, header: string[] | null): DatasetFileError {
  const details = error as CsvError & { lines?: number; record?: string[] };
  const row = typeof details.lines === "number" ? details.lines : undefined;
  const where = row ? `Row ${row}` : "The file";
  if (error.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") {
    const count = details.record?.length;
    return new DatasetFileError(
      `${where} has ${count === undefined ? "a different number of cells" : `${count} cell${count === 1 ? "" : "s"}`}, but the header has ${header?.length ?? "another number"}. Every row needs one cell per column (quote cells that contain the separator).`,
      row,
    );
  }
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return new DatasetFileError(`${where}: a quoted cell is never closed (a missing ").`, row);
  if (error.code === "CSV_INVALID_CLOSING_QUOTE" || error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") {
    return new DatasetFileError(`${where}: a quote mark inside a cell is not doubled ("" inside quotes).`, row);
  }
  return new DatasetFileError(`${where} could not be read as CSV: ${error.message}`, row);
}

/** One async chunk source from bytes (tests, uploads already in memory). */
export async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
