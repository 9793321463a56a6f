import { describe, expect, it } from "vitest";
import { CLAIM_UNITS } from "@/db/enums";
import { PUBLIC_STATUSES } from "@/lib/claims/types";
import {
  CACHED_STATUSES,
  CACHED_UNITS,
  LIST_VIEW_HEADER,
  claimListQuery,
  claimListView,
  pageCacheRewrites,
  pageCacheRoute,
  servedFromPageCache,
} from "./page-cache-routes";

const params = (query = "") => new URLSearchParams(query);
// The cache handler is plain JavaScript loaded by Next (no types): only its pattern is read here.
const { MEMORY_ONLY_PAGE } = (await import("@/lib/cache/cache-handler.mjs" as string)) as { MEMORY_ONLY_PAGE: RegExp };

describe("which rendering a request gets", () => {
  it("serves the signed-out claim page and the plain claim list from the page cache", () => {
    expect(servedFromPageCache("/claims/12", false, params())).toBe(true);
    expect(pageCacheRoute("/", false, params())).toBe("/cached/claim-list/first");
    expect(pageCacheRoute("/", false, params("utm_source=feed"))).toBe("/cached/claim-list/first");
  });

  it("serves the first page of every menu choice from the cache, one view a choice", () => {
    expect(pageCacheRoute("/", false, params("status=published"))).toBe("/cached/claim-list/status-published");
    expect(pageCacheRoute("/", false, params("sourceId=12&unit=money&status=not_checked"))).toBe(
      "/cached/claim-list/status-not_checked.unit-money.source-12",
    );
    // The form sends its empty fields: blank counts as absent, as in the list.
    expect(claimListView(params("q=&status=published&sourceId=&unit=+"))).toBe("status-published");
    expect(claimListView(params("q=&status=&sourceId=&unit="))).toBe("first");
  });

  it("renders per request with a session cookie, a search, a later page, a page size, a bad or repeated value", () => {
    expect(servedFromPageCache("/claims/12", true, params())).toBe(false);
    expect(servedFromPageCache("/", true, params())).toBe(false);
    expect(servedFromPageCache("/", true, params("status=published"))).toBe(false);
    for (const query of [
      "q=percent",
      "cursor=abc",
      "limit=20",
      "status=in_review",
      "status=%20published",
      "unit=furlongs",
      "sourceId=0",
      "sourceId=2147483648",
      "sourceId=12x",
      "status=published&status=not_checked",
      "unit=money&unit=",
      "status=published&q=jobs",
    ]) {
      expect(servedFromPageCache("/", false, params(query)), query).toBe(false);
    }
    expect(servedFromPageCache("/sources", false, params())).toBe(false);
    expect(servedFromPageCache("/claims/12/extra", false, params())).toBe(false);
  });

  it("reads a view back as the list's query, and only the names it gives", () => {
    expect(claimListQuery("first")).toEqual({});
    expect(claimListQuery("status-not_checked.unit-money.source-12")).toEqual({ status: "not_checked", unit: "money", sourceId: "12" });
    for (const view of [
      "",
      "status-",
      "unit-money.status-published",
      "status-published.status-published",
      "status-in_review",
      "source-012",
      "page-2",
      "first.unit-money",
    ]) {
      expect(claimListQuery(view), view).toBeNull();
    }
  });

  it("knows every public status and unit, and keeps the per-source views in memory only", () => {
    expect([...CACHED_STATUSES]).toEqual([...PUBLIC_STATUSES]);
    expect([...CACHED_UNITS]).toEqual([...CLAIM_UNITS]);
    for (const status of PUBLIC_STATUSES) expect(claimListView(params(`status=${status}`))).toBe(`status-${status}`);
    for (const unit of CLAIM_UNITS) expect(claimListView(params(`unit=${unit}`))).toBe(`unit-${unit}`);
    expect(MEMORY_ONLY_PAGE.test(pageCacheRoute("/", false, params("sourceId=7")) ?? "")).toBe(true);
    expect(MEMORY_ONLY_PAGE.test(`/db-x${pageCacheRoute("/", false, params("status=published&sourceId=7")) ?? ""}`)).toBe(true);
    expect(MEMORY_ONLY_PAGE.test(pageCacheRoute("/", false, params("status=published&unit=money")) ?? "")).toBe(false);
    expect(MEMORY_ONLY_PAGE.test("/cached/claim-list/first")).toBe(false);
  });

  it("rewrites the staff claim page by cookie, and the list to the view proxy.ts names, never with the cookie", () => {
    const [claim, list] = pageCacheRewrites("session");
    expect(claim).toEqual({ source: "/claims/:id", has: [{ type: "cookie", key: "session" }], destination: "/staff/claims/:id" });
    expect(list?.destination).toBe("/cached/claim-list/:view");
    expect(list?.missing).toEqual([{ type: "cookie", key: "session" }]);
    expect(list?.has).toEqual([{ type: "header", key: LIST_VIEW_HEADER, value: "(?<view>[a-z0-9_.-]+)" }]);
    // Every view the proxy names matches the header's pattern whole.
    const header = list?.has[0];
    const pattern = new RegExp(`^${header && "value" in header ? header.value : ""}$`);
    for (const query of ["", "status=not_checked&unit=money&sourceId=2147483647"]) {
      expect(pattern.test(claimListView(params(query)) ?? "")).toBe(true);
    }
  });
});
