/**
 * A PDF's text layer to the release's text. unpdf ships PDF.js built for servers (pure JavaScript,
 * no canvas, no native module, no install script). PDF.js gives positioned text runs; lines are
 * rebuilt from their baselines, and a gap clearly wider than the page's usual line spacing (or a
 * new page) starts a new paragraph. Lines of one paragraph are joined with a space, so a sentence
 * wrapped across lines reads as one.
 */
import { getDocumentProxy } from "unpdf";
import { IngestError } from "./errors";

export interface PdfDocument {
  text: string;
  title: string | null;
}

/** A long report is fine; a 5,000-page file is not a press release and would tie the server up. */
export const MAX_PDF_PAGES = 1_000;

interface Line {
  y: number;
  size: number;
  text: string;
}

type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

export async function pdfToDocument(bytes: Uint8Array): Promise<PdfDocument> {
  let pdf: PdfProxy;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    throw pdfOpenError(error);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new IngestError(
        "too_large",
        `This PDF has ${pdf.numPages.toLocaleString("en-US")} pages; Claim Desk reads PDFs of up to ${MAX_PDF_PAGES.toLocaleString("en-US")} pages.`,
      );
    }
    const paragraphs: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      let lines: Line[];
      try {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        lines = linesOf(content.items);
        page.cleanup();
      } catch (error) {
        if (error instanceof IngestError) throw error;
        throw new IngestError("malformed", `Page ${number} of this PDF could not be read: the file is damaged. (${describe(error)})`);
      }
      paragraphs.push(...paragraphsOf(lines));
    }
    let title: string | null = null;
    try {
      const { info } = await pdf.getMetadata();
      title = cleanTitle((info as Record<string, unknown>).Title);
    } catch {
      // Metadata is optional; the text is what matters.
    }
    const text = paragraphs.join("\n\n");
    if (text.trim() === "") {
      throw new IngestError(
        "empty",
        "This PDF has no text to read: it is probably a scanned image. Claim Desk does not read text in images; paste the release's text instead.",
      );
    }
    return { text, title };
  } finally {
    await pdf.destroy().catch(() => {});
  }
}

function pdfOpenError(error: unknown): IngestError {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return new IngestError("malformed", "This PDF is protected by a password. Remove the protection (or paste the text) and try again.");
  }
  return new IngestError(
    "malformed",
    `This PDF could not be read: the file is damaged or incomplete (${describe(error)}). Save or download it again and retry, or paste the text.`,
  );
}

function describe(error: unknown): string {
  return error instanceof Error && error.message ? error.message.replace(/\.$/, "") : "unknown error";
}

/** Text runs (items without `str` are marked-content markers) to lines, top to bottom as the PDF draws them. */
function linesOf(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let endOfLine = false;
  for (const item of items) {
    if (!item || typeof item !== "object" || !("str" in item)) continue;
    const run = item as { str: string; transform: number[]; height: number; hasEOL: boolean };
    const y = Number(run.transform[5] ?? 0);
    const size = Math.abs(Number(run.transform[3] ?? run.height)) || run.height || 10;
    const sameLine = current !== null && !endOfLine && Math.abs(current.y - y) < size * 0.5;
    if (run.str !== "" || run.hasEOL) {
      if (!sameLine && run.str.trim() !== "") {
        current = { y, size, text: run.str };
        lines.push(current);
      } else if (current && sameLine) {
        current.text += run.str;
      }
    }
    endOfLine = run.hasEOL;
  }
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() })).filter((line) => line.text !== "");
}

/**
 * Lines to paragraphs: a gap over 1.4 times the usual spacing, a jump upwards (a new column) or a
 * change of font size (a heading) starts a new one.
 */
function paragraphsOf(lines: Line[]): string[] {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const gap = (lines[index - 1]?.y ?? 0) - (lines[index]?.y ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps.length > 0 ? (gaps[Math.floor((gaps.length - 1) / 2)] ?? 0) : 0;

  const paragraphs: string[] = [];
  let paragraph = "";
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const gap = previous ? previous.y - line.y : 0;
    const sizeChanged = Math.max(line.size, previous?.size ?? line.size) > Math.min(line.size, previous?.size ?? line.size) * 1.15;
    // The second test catches pages where every paragraph is one line (the "usual" gap is then a paragraph gap).
    const breaks = !previous || gap <= 0 || gap > Math.max(usual * 1.4, line.size * 1.2) || gap > line.size * 2.1 || sizeChanged;
    if (breaks && paragraph !== "") {
      paragraphs.push(paragraph);
      paragraph = "";
    }
    paragraph = paragraph === "" ? line.text : paragraph.endsWith("-") ? paragraph + line.text : `${paragraph} ${line.text}`;
  });
  if (paragraph !== "") paragraphs.push(paragraph);
  return paragraphs;
}

/** Document-info titles are often junk ("Untitled", "Microsoft Word - draft3.docx"). */
function cleanTitle(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const title = value
    .replace(/^Microsoft (Word|PowerPoint) - /i, "")
    .replace(/\.(docx?|pptx?|odt|pages|indd)$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  if (title === "" || /^untitled\b/i.test(title)) return null;
  return title.length > 300 ? `${title.slice(0, 299).trimEnd()}…` : title;
}
