import { describe, expect, it } from "vitest";
import { CLAIM_LIST_PARAMS, pageCacheRewrites, servedFromPageCache } from "./page-cache-routes";

const params = (query = "") => new URLSearchParams(query);

describe("which rendering a request gets", () => {
  it("serves the signed-out claim page and the plain claim list from the page cache", () => {
    expect(servedFromPageCache("/claims/12", false, params())).toBe(true);
    expect(servedFromPageCache("/", false, params())).toBe(true);
    expect(servedFromPageCache("/", false, params("utm_source=feed"))).toBe(true);
  });

  it("renders per request with a session cookie, with any list filter, and every other page", () => {
    expect(servedFromPageCache("/claims/12", true, params())).toBe(false);
    expect(servedFromPageCache("/", true, params())).toBe(false);
    for (const key of CLAIM_LIST_PARAMS) expect(servedFromPageCache("/", false, params(`${key}=x`))).toBe(false);
    expect(servedFromPageCache("/sources", false, params())).toBe(false);
    expect(servedFromPageCache("/claims/12/extra", false, params())).toBe(false);
  });

  it("rewrites as it decides: the staff route with the cookie, the cached list without cookie or filter", () => {
    const [claim, list] = pageCacheRewrites("session");
    expect(claim).toEqual({ source: "/claims/:id", has: [{ type: "cookie", key: "session" }], destination: "/staff/claims/:id" });
    expect(list?.destination).toBe("/cached/claim-list/first");
    expect(list?.missing).toEqual([{ type: "cookie", key: "session" }, ...CLAIM_LIST_PARAMS.map((key) => ({ type: "query", key }))]);
  });
});
