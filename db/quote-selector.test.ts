import { describe, expect, it } from "vitest";
import { QUOTE_CONTEXT_LENGTH, quoteSelector } from "./quote-selector";

describe("quoteSelector", () => {
  const body = `${"a".repeat(40)}213 percent${"b".repeat(40)}`;

  it("takes 32 characters either side of the exact text", () => {
    const quote = quoteSelector(body, { start: 40, end: 51 });
    expect(quote).toEqual({ exact: "213 percent", prefix: "a".repeat(32), suffix: "b".repeat(32) });
    expect(QUOTE_CONTEXT_LENGTH).toBe(32);
  });

  it("takes what there is near the edges of the text", () => {
    expect(quoteSelector("12 apples", { start: 0, end: 2 })).toEqual({ exact: "12", prefix: "", suffix: " apples" });
  });

  it("does not split a surrogate pair at either cut", () => {
    const emoji = "😀"; // two UTF-16 code units
    const text = `${emoji}${"x".repeat(31)}7${"y".repeat(31)}${emoji}`;
    const at = text.indexOf("7");
    const quote = quoteSelector(text, { start: at, end: at + 1 });
    expect(quote.prefix).toBe("x".repeat(31));
    expect(quote.suffix).toBe("y".repeat(31));
  });
});
