import { describe, expect, it } from "vitest";
import { encodeClaimCursor, encodeSourceCursor } from "@/lib/core/cursor";
import { parseSourceQuery, sourceListHref } from "./list-query";

describe("the /sources query string", () => {
  it("reads a search, a page size and a cursor", () => {
    const cursor = encodeSourceCursor({ id: 40 });
    expect(parseSourceQuery({ q: "  Homeland ", limit: "2", cursor })).toEqual({
      query: { q: "Homeland", limit: 2, cursor },
      droppedCursor: false,
    });
    expect(parseSourceQuery({})).toEqual({ query: { q: undefined, cursor: undefined, limit: 50 }, droppedCursor: false });
    expect(parseSourceQuery({ q: "", cursor: "" }).droppedCursor).toBe(false);
  });

  it("drops what does not parse instead of failing: a bad cursor gives the first page", () => {
    for (const cursor of ["nonsense!", encodeClaimCursor({ checkworthiness: 0.2, id: 3 }), ["a", "b"], "x".repeat(600)]) {
      const parsed = parseSourceQuery({ q: "ice", cursor });
      expect(parsed.query).toEqual({ q: "ice", cursor: undefined, limit: 50 });
      expect(parsed.droppedCursor).toBe(true);
    }
    for (const limit of ["0", "101", "ten", "1.5", ["2", "3"]]) expect(parseSourceQuery({ limit }).query.limit).toBe(50);
    expect(parseSourceQuery({ q: ["a", "b"] }).query.q).toBeUndefined();
    expect(parseSourceQuery({ q: "y".repeat(250) }).query.q).toHaveLength(200);
  });

  it("builds short links that parse back to the same query", () => {
    expect(sourceListHref({})).toBe("/sources");
    expect(sourceListHref({ q: "", limit: 50 })).toBe("/sources");
    const query = { q: "50% & more", limit: 2, cursor: encodeSourceCursor({ id: 9 }) };
    const href = sourceListHref(query);
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseSourceQuery(params).query).toEqual(query);
  });
});
