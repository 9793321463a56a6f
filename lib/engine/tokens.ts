/**
 * A linear tokenizer over a slice of text. Every token keeps its UTF-16 offsets into the
 * original string, so spans found later never need re-searching.
 */

export type TokenKind = "num" | "word" | "space" | "newline" | "punct";

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token's text (lower-cased for words in `lower`). */
  text: string;
  lower: string;
}

/** Horizontal white space, including the no-break and thin spaces used as digit-group separators. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007 || code === 11 || code === 12;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  // Latin-1 and Latin Extended letters (accents in names), excluding × and ÷.
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Splits text[from, to) into tokens. Words keep inner apostrophes ("isn't", "Mayorkas’s");
 * digits form their own tokens, so "10k" is num "10" + word "k" with no space between.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const start = i;
    const code = text.charCodeAt(i);
    let kind: TokenKind;
    // 0: the word is lower-case already; 1: only its first letter is A-Z ("The"); 2: anything else.
    let caseChange = 0;
    if (isDigit(code)) {
      kind = "num";
      while (i < to && isDigit(text.charCodeAt(i))) i++;
    } else if (isLetter(code)) {
      kind = "word";
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isLetter(c)) {
          // Anything but a-z may change under toLowerCase (upper case, accented letters).
          if (c < 97 || c > 122) caseChange = i === start && c <= 90 ? 1 : 2;
          i++;
        } else if (isApostrophe(c) && i + 1 < to && isLetter(text.charCodeAt(i + 1)) && i > start) i++;
        else break;
      }
    } else if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      kind = "newline";
      let breaks = 0;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || isSpace(c)) i++;
        else break;
      }
      // One line break inside a paragraph is a soft one (the text was wrapped by hand): a space.
      if (breaks === 1) kind = "space";
    } else if (isSpace(code)) {
      kind = "space";
      while (i < to && isSpace(text.charCodeAt(i))) i++;
    } else {
      kind = "punct";
      // Keep surrogate pairs (emoji) together so a span never splits one.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    if (kind === "space" || kind === "newline") {
      // Space carries no text anyone reads; sharing one string keeps the garbage collector idle.
      tokens.push({ kind, start, end: i, text: " ", lower: " " });
      continue;
    }
    const t = text.slice(start, i);
    // Most words are lower-case already: they share one string rather than copy it. Capitalised
    // words are the next most common, and lower-casing their first letter by hand is several
    // times cheaper than toLowerCase.
    const lower = caseChange === 0 ? t : caseChange === 1 ? String.fromCharCode(code + 32) + text.slice(start + 1, i) : t.toLowerCase();
    tokens.push({ kind, start, end: i, text: t, lower });
  }
  return tokens;
}
