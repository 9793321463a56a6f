import { describe, expect, it } from "vitest";
import { contextExcerpt, sentenceExcerpt } from "./excerpt";

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

  it("keeps the sentence and up to the radius either side, cut at word boundaries", () => {
    const context = contextExcerpt(body, sentence, figure, 50);
    expect(context.figure).toBe("42 percent");
    expect(context.before.endsWith("The figure rose ")).toBe(true);
    expect(context.after.startsWith(" last year.")).toBe(true);
    const head = context.before.slice(0, context.before.indexOf("The figure"));
    const tail = context.after.slice(" last year.".length);
    expect(head.length).toBeLessThanOrEqual(50);
    expect(head.length).toBeGreaterThan(35);
    expect(tail.length).toBeLessThanOrEqual(50);
    expect(tail.length).toBeGreaterThan(35);
    // Whole words only at both edges.
    expect(head).toMatch(/^word\d+ /);
    expect(tail).toMatch(/ word\d+$/);
    expect(body).toContain(`${context.before}${context.figure}${context.after}`);
    const startIndex = body.indexOf(context.before);
    expect(body[startIndex - 1]).toBe(" ");
    const endIndex = startIndex + context.before.length + context.figure.length + context.after.length;
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

  it("drops a single over-long word rather than cutting it", () => {
    const long = `${"x".repeat(300)} A 5 b. ${"y".repeat(300)}`;
    const s = { start: 301, end: 307 };
    const context = contextExcerpt(long, s, { start: 303, end: 304 }, 200);
    expect(context).toEqual({ before: "A ", figure: "5", after: " b." });
  });
});
