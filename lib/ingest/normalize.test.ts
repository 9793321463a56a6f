/**
 * The one normal form of a release text: idempotent (normalizing twice changes nothing) on any
 * string, including the characters each rule touches, and each rule checked on an example.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHashOf, normalizeText, sha256Hex } from "./normalize";

/** Strings rich in what the rules act on: line breaks, spaces, BOM, NUL, combining accents. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom("\r", "\n", "\r\n", "\f", "\v", "\u2028", "\u2029", " ", "\t", "\u00a0", "\u3000", "\uFEFF", "\u0000"),
      fc.constantFrom("e", "\u0301", "\u0327", "A", "\u030a", "\u212b", "\u2126", "Ω", "\u1e9b", "\u0323", "한", "\u1100", "\u1161"),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: "grapheme", maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("normalizeText", () => {
  it("is idempotent: normalizing twice changes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: "binary", maxLength: 60 })), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it("gives the same hash to the same text however its lines end or its accents are encoded", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s)),
          { minLength: 1, maxLength: 6 },
        ),
        (lines) => {
          const unix = lines.join("\n");
          const windows = `\uFEFF${lines.join("\r\n")}\r\n\r\n\r\n`;
          expect(contentHashOf(windows)).toBe(contentHashOf(unix));
        },
      ),
    );
  });

  it("applies each rule", () => {
    expect(normalizeText("\uFEFF  a \r\nb\u00a0c\t\r\r\r\rd  \n\n")).toBe("a\nb c\n\nd");
    expect(normalizeText("Cafe\u0301")).toBe("Caf\u00e9");
    expect(normalizeText("one\ftwo\u2028three\u2029four\vfive")).toBe("one\ntwo\nthree\nfour\nfive");
    expect(normalizeText("nul\u0000l")).toBe("null");
    // NFC after the NUL is gone: the accent composes with the letter the NUL separated it from.
    expect(normalizeText("e\u0000\u0301")).toBe("\u00e9");
    expect(normalizeText("  \n\n  ")).toBe("");
    expect(contentHashOf("x\r\n")).toBe(sha256Hex("x"));
  });
});
