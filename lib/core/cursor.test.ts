import { describe, expect, it } from "vitest";
import { isAppError } from "./errors";
import { decodeClaimCursor, decodeSourceCursor, encodeClaimCursor, encodeSourceCursor, isSourceCursor } from "./cursor";

describe("claim cursors", () => {
  it("round-trip a position, including float4 values", () => {
    for (const position of [
      { checkworthiness: 0, id: 1 },
      { checkworthiness: 0.7, id: 42 },
      { checkworthiness: Math.fround(0.123456789), id: 2_147_483_647 },
      { checkworthiness: 1, id: 7 },
    ]) {
      const cursor = encodeClaimCursor(position);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeClaimCursor(cursor)).toEqual(position);
    }
  });

  it("refuse anything this server did not hand out", () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const bad of [
      "",
      "a b",
      "x".repeat(600),
      encode([1, 2]),
      encode({ v: 2, c: 0.5, i: 1 }),
      encode({ v: 1, c: 1.5, i: 1 }),
      encode({ v: 1, c: 0.5, i: 0 }),
      encode({ v: 1, c: 0.5, i: 1.5 }),
      encode({ v: 1, c: 0.5, i: 1, extra: true }),
      Buffer.from("{not json").toString("base64url"),
    ]) {
      expect(() => decodeClaimCursor(bad), bad).toThrow();
      try {
        decodeClaimCursor(bad);
      } catch (error) {
        expect(isAppError(error, "bad_request:cursor")).toBe(true);
      }
    }
  });
});

describe("source cursors", () => {
  it("round-trip a position", () => {
    for (const id of [1, 42, 2_147_483_647]) {
      const cursor = encodeSourceCursor({ id });
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeSourceCursor(cursor)).toEqual({ id });
      expect(isSourceCursor(cursor)).toBe(true);
    }
  });

  it("refuse anything else, a claim cursor included, and claim cursors refuse theirs", () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const claimCursor = encodeClaimCursor({ checkworthiness: 0.5, id: 7 });
    for (const bad of ["", "a b", claimCursor, encode({ v: 1, s: 0 }), encode({ v: 1, s: 2.5 }), encode({ v: 2, s: 1 })]) {
      expect(isSourceCursor(bad), bad).toBe(false);
      expect(() => decodeSourceCursor(bad)).toThrow();
    }
    expect(() => decodeClaimCursor(encodeSourceCursor({ id: 7 }))).toThrow();
  });
});
