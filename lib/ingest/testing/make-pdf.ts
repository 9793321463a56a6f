/**
 * Builds small, valid PDF files for tests and end-to-end fixtures, so no binary fixture is
 * committed. One Helvetica page per entry of `pages`; each paragraph is a list of lines set 14pt
 * apart, paragraphs 28pt apart (the gap a reader and our extractor read as a paragraph break).
 * Text is limited to printable ASCII (PDF string escapes for \ ( ) are applied).
 */
export interface PdfSpec {
  /** Pages, each a list of paragraphs, each a list of lines. */
  pages: string[][][];
  /** Written to the document information dictionary. */
  title?: string;
}

export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pageTree = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  const pageIds: number[] = [];
  for (const paragraphs of spec.pages) {
    const operators: string[] = ["BT", "/F1 11 Tf", "72 740 Td"];
    paragraphs.forEach((lines, index) => {
      if (index > 0) operators.push("0 -28 Td");
      lines.forEach((line, lineIndex) => {
        if (lineIndex > 0) operators.push("0 -14 Td");
        operators.push(`(${escapePdfString(line)}) Tj`);
      });
    });
    operators.push("ET");
    const stream = operators.join("\n");
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  const info = spec.title === undefined ? null : add(`<< /Title (${escapePdfString(spec.title)}) /Producer (Claim Desk tests) >>`);

  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

function escapePdfString(text: string): string {
  if (/[^\x20-\x7e]/.test(text)) throw new Error(`makePdf takes printable ASCII only: ${JSON.stringify(text)}`);
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}
