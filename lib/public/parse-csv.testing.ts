/** A small RFC 4180 parser for tests: CRLF or LF records, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text.charAt(i + 1) === "\n") {
      endRecord();
      i += 1;
    } else if (char === "\n") endRecord();
    else field += char;
    i += 1;
  }
  if (field !== "" || row.length > 0) endRecord();
  return rows;

  function endRecord() {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  }
}
