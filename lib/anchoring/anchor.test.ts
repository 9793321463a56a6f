import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteSelector } from "@/db/quote-selector";
import { anchorQuote, contextScore, type QuoteAnchor, similarity } from "./anchor";

const TEXT = [
  "WASHINGTON — The department reported on Tuesday that border officials recorded 1.8 million known gotaways",
  "since January 2021. Apprehensions fell 12 percent in March compared with February, and 45 percent of",
  "those apprehended were single adults. The agency also said it hired 2,300 new officers in 2023.",
  "A spokesperson said 12 percent of the budget went to technology.",
].join(" ");

function anchorOf(text: string, exact: string, occurrence = 0): QuoteAnchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`${exact} not in text`);
  const span = { start, end: start + exact.length };
  return { ...span, ...quoteSelector(text, span) };
}

describe("similarity and contextScore", () => {
  it("score identical context 1 and unrelated context low", () => {
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("", "")).toBe(1);
    expect(similarity("abcd", "wxyz")).toBe(0);
    const anchor = anchorOf(TEXT, "45 percent");
    expect(contextScore(TEXT, anchor.start, anchor.end, anchor.prefix, anchor.suffix)).toBe(1);
    const other = anchorOf(TEXT, "12 percent", 1);
    expect(contextScore(TEXT, other.start, other.end, anchor.prefix, anchor.suffix)).toBeLessThan(0.5);
  });
});

describe("anchorQuote", () => {
  it("finds an unchanged quote at its position", () => {
    const anchor = anchorOf(TEXT, "1.8 million");
    expect(anchorQuote(TEXT, anchor)).toMatchObject({ start: anchor.start, end: anchor.end, method: "position", score: 1 });
  });

  it("follows a quote that moved, by its context", () => {
    const anchor = anchorOf(TEXT, "2,300");
    const moved = `An editor's note was added at the top of this release. ${TEXT}`;
    const match = anchorQuote(moved, anchor);
    expect(match).toMatchObject({ method: "quote", exact: "2,300" });
    expect(match?.start).toBe(moved.indexOf("2,300"));
  });

  it("tells repeated figures apart by their context, not their position", () => {
    // The second "12 percent" (the budget) must not be taken for the first (apprehensions).
    const first = anchorOf(TEXT, "12 percent", 0);
    const second = anchorOf(TEXT, "12 percent", 1);
    const edited = TEXT.replace("Apprehensions fell 12 percent in March compared with February, and ", "");
    expect(anchorQuote(edited, second)?.start).toBe(edited.lastIndexOf("12 percent"));
    // The apprehensions sentence is gone: its figure must not jump to the budget's.
    const firstAgain = anchorQuote(edited, first);
    expect(firstAgain === null || firstAgain.start !== edited.lastIndexOf("12 percent")).toBe(true);
  });

  it("finds a changed figure fuzzily and reports the new text", () => {
    const anchor = anchorOf(TEXT, "1.8 million");
    const revised = TEXT.replace("1.8 million", "2.1 million");
    expect(anchorQuote(revised, anchor)).toMatchObject({ method: "fuzzy", exact: "2.1 million", start: anchor.start });
    const longer = `Update. ${TEXT.replace("1.8 million", "more than 1.9 million")}`;
    expect(anchorQuote(longer, anchor)).toMatchObject({ method: "fuzzy", exact: "more than 1.9 million" });
  });

  it("gives up when the quote and its context are gone", () => {
    const anchor = anchorOf(TEXT, "2,300");
    expect(anchorQuote("A completely different release about fisheries and 2,300 boats.", anchor)).toBeNull();
    expect(anchorQuote(TEXT.replace(/The agency also said.*?2023\./, ""), anchor)).toBeNull();
  });

  it("handles quotes at the very start and end of the text", () => {
    const text = "42 percent of voters agreed, up from 38 percent";
    const first = anchorOf(text, "42 percent");
    const last = anchorOf(text, "38 percent");
    expect(anchorQuote(`Poll: ${text}`, first)?.start).toBe(6);
    expect(anchorQuote(`${text} in May.`, last)?.exact).toBe("38 percent");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: edits that leave the figure alone keep the anchor; edits to the figure are seen.

const FIGURES = ["1.8 million", "45 percent", "2,300", "$4.2 billion", "12 percent"];
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const filler = fc.array(word, { minLength: 8, maxLength: 40 }).map((words) => words.join(" "));
/** A short insertion: a few words, at most 12 characters, like an editor's small change. */
const insertion = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => ` ${words.join(" ")}`.slice(0, 12));

const document = fc.record({
  before: filler,
  after: filler,
  figure: fc.constantFrom(...FIGURES),
  lead: fc.constantFrom(" rose to ", " was ", " reached ", " of about "),
  tail: fc.constantFrom(" last year.", " in the survey.", " by March."),
});

function build(d: { before: string; after: string; figure: string; lead: string; tail: string }) {
  const head = `${d.before}${d.lead}`;
  const text = `${head}${d.figure}${d.tail} ${d.after}`;
  const start = head.length;
  const span = { start, end: start + d.figure.length };
  return { text, span, anchor: { ...span, ...quoteSelector(text, span) } };
}

describe("anchorQuote properties", () => {
  it("keeps the anchor when text is inserted or deleted anywhere before the figure's context", () => {
    fc.assert(
      fc.property(document, insertion, fc.nat(), fc.boolean(), (d, extra, at, remove) => {
        const { text, span, anchor } = build(d);
        const limit = Math.max(0, span.start - 40);
        const cut = limit === 0 ? 0 : at % limit;
        const edited = remove
          ? text.slice(0, cut) + text.slice(Math.min(limit, cut + extra.length))
          : text.slice(0, cut) + extra + text.slice(cut);
        const shift = edited.length - text.length;
        const match = anchorQuote(edited, anchor);
        expect(match).toMatchObject({ start: span.start + shift, exact: d.figure });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the anchor when text changes after the figure", () => {
    fc.assert(
      fc.property(document, insertion, fc.nat(), (d, extra, at) => {
        const { text, span, anchor } = build(d);
        const from = span.end + 1;
        const cut = from + (at % (text.length - from));
        const edited = text.slice(0, cut) + extra + text.slice(cut);
        expect(anchorQuote(edited, anchor)).toMatchObject({ start: span.start, exact: d.figure });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the anchor when words are inserted right around the figure (both sides)", () => {
    fc.assert(
      fc.property(document, insertion, insertion, (d, left, right) => {
        const { text, span, anchor } = build(d);
        const edited = `${text.slice(0, span.start)}${left.trim()} ${d.figure} ${right.trim()}${text.slice(span.end)}`;
        const start = span.start + left.trim().length + 1;
        expect(anchorQuote(edited, anchor)).toMatchObject({ start, exact: d.figure });
      }),
      { numRuns: 300 },
    );
  });

  it("detects a changed figure: the match reads differently from the stored quote", () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 9 }), (d, digit) => {
        const { text, span, anchor } = build(d);
        // Change one digit of the figure (to a different one).
        const index = [...d.figure].findIndex((c) => /\d/.test(c));
        const old = Number(d.figure[index]);
        const changed = d.figure.slice(0, index) + String((old + digit) % 10) + d.figure.slice(index + 1);
        const edited = text.slice(0, span.start) + changed + text.slice(span.end);
        const match = anchorQuote(edited, anchor);
        expect(match).not.toBeNull();
        expect(match?.exact).not.toBe(d.figure);
        expect(match?.exact).toBe(changed);
        expect(match?.method).toBe("fuzzy");
      }),
      { numRuns: 300 },
    );
  });
});
