import { describe, expect, it } from "vitest";
import { CLAIM_UNITS } from "@/db/enums";
import { PUBLIC_STATUSES } from "@/lib/claims/types";
import {
  CACHED_STATUSES,
  CACHED_UNITS,
  LIST_VIEW_HEADER,
  MAX_CACHED_SEARCH,
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

  it("serves the first page of a search from the cache, one view for the words as the list reads them", () => {
    expect(claimListView(params("q=percent"))).toBe("q-70657263656e74");
    expect(claimListView(params("status=published&q=jobs&unit=money"))).toBe("status-published.unit-money.q-6a6f6273");
    // The list trims its search: the same copy.
    expect(claimListView(params("q=%20jobs%20"))).toBe(claimListView(params("q=jobs")));
    // Any language, any punctuation: the name is the UTF-8 bytes in hex, and reads back whole.
    for (const words of ['"known gotaways" -border', "Ciudad Juárez", "数字 1.8 million", "a.b-c_d", "x".repeat(MAX_CACHED_SEARCH)]) {
      const view = claimListView(new URLSearchParams({ q: words, sourceId: "12" }));
      expect(view, words).toMatch(/^source-12\.q-[0-9a-f]+$/);
      expect(claimListQuery(view ?? ""), words).toEqual({ sourceId: "12", q: words });
    }
    // Longer than the list accepts, or given twice: rendered per request, with the list's message.
    expect(claimListView(new URLSearchParams({ q: "x".repeat(MAX_CACHED_SEARCH + 1) }))).toBeNull();
    expect(claimListView(params("q=a&q=b"))).toBeNull();
  });

  it("renders per request with a session cookie, a later page, a page size, a bad or repeated value", () => {
    expect(servedFromPageCache("/claims/12", true, params())).toBe(false);
    expect(servedFromPageCache("/", true, params())).toBe(false);
    expect(servedFromPageCache("/", true, params("status=published"))).toBe(false);
    for (const query of [
      "q=percent&cursor=abc",
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
      "status=published&q=jobs&limit=5",
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
      "q-",
      "q-6A6F6273",
      "q-6a6f627",
      "q-ff",
      "q-206a6f6273",
      "q-6a6f6273.status-published",
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
    expect(MEMORY_ONLY_PAGE.test(pageCacheRoute("/", false, params("q=jobs")) ?? "")).toBe(true);
    expect(MEMORY_ONLY_PAGE.test(`/db-x${pageCacheRoute("/", false, params("unit=money&q=unique")) ?? ""}`)).toBe(true);
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
    for (const query of ["", "status=not_checked&unit=money&sourceId=2147483647&q=%22Ciudad+Ju%C3%A1rez%22"]) {
      expect(pattern.test(claimListView(params(query)) ?? "")).toBe(true);
    }
  });
});
