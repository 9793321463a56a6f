import { describe, expect, it } from "vitest";
import { contextExcerpt, contextExcerptFromWindow, contextWindow, sentenceExcerpt } from "./excerpt";

describe("sentenceExcerpt", () => {
  it("splits the sentence around the figure using body offsets", () => {
    const body = "Intro. Deportations have fallen 70 percent since 2020. Outro.";
    const sentence = { start: 7, end: 54 };
    const figure = { start: body.indexOf("70 percent"), end: body.indexOf("70 percent") + 10 };
    expect(sentenceExcerpt(body.slice(sentence.start, sentence.end), sentence.start, figure)).toEqual({
      before: "Deportations have fallen ",
      figure: "70 percent",
      after: " since 2020.",
    });
  });

  it("handles a figure at the very start and end of the sentence", () => {
    expect(sentenceExcerpt("213 percent", 100, { start: 100, end: 111 })).toEqual({ before: "", figure: "213 percent", after: "" });
  });
});

describe("contextExcerpt", () => {
  const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
  const sentenceText = "The figure rose 42 percent last year.";
  const body = `${words} ${sentenceText} ${words}`;
  const sentence = { start: words.length + 1, end: words.length + 1 + sentenceText.length };
  const at = body.indexOf("42 percent");
  const figure = { start: at, end: at + "42 percent".length };

  it("keeps the sentence and up to the radius either side, cut at word boundaries and marked with an ellipsis", () => {
    const context = contextExcerpt(body, sentence, figure, 50);
    expect(context.figure).toBe("42 percent");
    expect(context.before.endsWith("The figure rose ")).toBe(true);
    expect(context.after.startsWith(" last year.")).toBe(true);
    // No sentence starts or ends within the radius: the cut edges say so.
    expect(context.before.startsWith("… ")).toBe(true);
    expect(context.after.endsWith(" …")).toBe(true);
    const unmarked = { before: context.before.slice(2), after: context.after.slice(0, -2) };
    const head = unmarked.before.slice(0, unmarked.before.indexOf("The figure"));
    const tail = unmarked.after.slice(" last year.".length);
    expect(head.length).toBeLessThanOrEqual(50);
    expect(head.length).toBeGreaterThan(35);
    expect(tail.length).toBeLessThanOrEqual(50);
    expect(tail.length).toBeGreaterThan(35);
    // Whole words only at both edges.
    expect(head).toMatch(/^word\d+ /);
    expect(tail).toMatch(/ word\d+$/);
    expect(body).toContain(`${unmarked.before}${context.figure}${unmarked.after}`);
    const startIndex = body.indexOf(unmarked.before);
    expect(body[startIndex - 1]).toBe(" ");
    const endIndex = startIndex + unmarked.before.length + context.figure.length + unmarked.after.length;
    expect(body[endIndex]).toBe(" ");
  });

  it("stops at the edges of the body", () => {
    const short = "Only 3 left.";
    expect(contextExcerpt(short, { start: 0, end: short.length }, { start: 5, end: 6 })).toEqual({
      before: "Only ",
      figure: "3",
      after: " left.",
    });
  });

  it("drops a single over-long word rather than cutting it (and marks what was left out)", () => {
    const long = `${"x".repeat(300)} A 5 b. ${"y".repeat(300)}`;
    const s = { start: 301, end: 307 };
    const context = contextExcerpt(long, s, { start: 303, end: 304 }, 200);
    expect(context).toEqual({ before: "… A ", figure: "5", after: " b." });
  });
});

describe("contextExcerpt at sentence boundaries", () => {
  const body =
    "The agency said so on Monday. Arrests fell last spring. Officials counted 42 percent more cases in June. Others disagree. A long closing remark follows here.";
  const sentenceText = "Officials counted 42 percent more cases in June.";
  const sentence = { start: body.indexOf(sentenceText), end: body.indexOf(sentenceText) + sentenceText.length };
  const at = body.indexOf("42 percent");
  const figure = { start: at, end: at + "42 percent".length };

  it("starts at the first sentence that begins within the radius and ends at the last that ends within it", () => {
    const context = contextExcerpt(body, sentence, figure, 40);
    expect(context.before).toBe("Arrests fell last spring. Officials counted ");
    expect(context.after).toBe(" more cases in June. Others disagree.");
  });

  it("never starts mid-sentence nor ends mid-sentence without an ellipsis", () => {
    for (const radius of [5, 20, 33, 60, 90, 200]) {
      const { before, after } = contextExcerpt(body, sentence, figure, radius);
      expect(before.startsWith("… ") || /^[A-Z]/.test(before)).toBe(true);
      expect(after.endsWith(" …") || /[.!?]$/.test(after)).toBe(true);
    }
  });

  it("ends at a paragraph break right after the sentence", () => {
    const text = "Costs rose 12 percent.\n\nnext paragraph without any terminator and many words in it";
    const context = contextExcerpt(text, { start: 0, end: 22 }, { start: 11, end: 21 }, 30);
    expect(context.after).toBe(".");
  });
});

describe("stray quotation marks", () => {
  it("drops an opening mark whose quotation closes in a later sentence", () => {
    const sentenceText = "“The number of arrests increased by an astounding 213 percent over the last year.";
    const at = sentenceText.indexOf("213 percent");
    const excerpt = sentenceExcerpt(sentenceText, 0, { start: at, end: at + 11 });
    expect(excerpt.before).toBe("The number of arrests increased by an astounding ");
  });

  it("drops a closing mark whose quotation opened in an earlier sentence", () => {
    const sentenceText = "For known cases, 77.5 percent of victims were citizens.”";
    const at = sentenceText.indexOf("77.5 percent");
    expect(sentenceExcerpt(sentenceText, 0, { start: at, end: at + 12 }).after).toBe(" of victims were citizens.");
  });

  it("keeps a quotation that opens and closes in the sentence", () => {
    const sentenceText = "“According to the data, 19,752 were convicted,” the letter states.";
    const at = sentenceText.indexOf("19,752");
    expect(sentenceExcerpt(sentenceText, 0, { start: at, end: at + 6 }).before).toBe("“According to the data, ");
  });
});

describe("contextExcerptFromWindow", () => {
  const words = Array.from({ length: 120 }, (_, i) => (i % 9 === 4 ? `end${i}.` : `word${i}`)).join(" ");
  const sentenceText = "The figure rose 42 percent last year.";

  function cases(body: string) {
    const start = body.indexOf(sentenceText);
    const sentence = { start, end: start + sentenceText.length };
    const at = body.indexOf("42 percent");
    return { sentence, figure: { start: at, end: at + 10 } };
  }

  it("gives contextExcerpt's excerpt from the window alone, wherever the sentence is and whatever the radius", () => {
    for (const body of [
      `${sentenceText} ${words}`,
      `${words} ${sentenceText} ${words}`,
      `${words} ${sentenceText}`,
      `${words.slice(0, 30)} ${sentenceText}`,
    ]) {
      const { sentence, figure } = cases(body);
      for (const radius of [0, 5, 50, 200]) {
        const window = contextWindow(sentence, radius);
        const cut = body.slice(window.start, window.end);
        expect(contextExcerptFromWindow(cut, window.start, sentenceText, sentence, figure, radius)).toEqual(
          contextExcerpt(body, sentence, figure, radius),
        );
      }
    }
  });

  it("refuses a window that is not where the offsets say (the database counted an emoji as one)", () => {
    const body = `😀 ${words} ${sentenceText} ${words}`;
    const { sentence, figure } = cases(body);
    const window = contextWindow(sentence);
    // What PostgreSQL's substring gives: the window one UTF-16 unit later.
    const shifted = body.slice(window.start + 1, window.end + 1);
    expect(contextExcerptFromWindow(shifted, window.start, sentenceText, sentence, figure)).toBeNull();
  });
});
