/**
 * One URL, two renderings (issue 14). A signed-out visitor's claim list (`/`, first pages of its
 * menus) and `/claims/N` are served from Next's page cache: the same copy for everyone. A request
 * with the session cookie gets the newsroom's rendering of the same URL, per request. proxy.ts and
 * Next's rewrites (next.config.ts) pick the route; proxy.ts decides with the same functions which
 * Content-Security-Policy nonce and Cache-Control a response gets. Pure: no Next, no app module.
 *
 *   `/`           signed out, first page of a menu choice or a search → app/cached/claim-list/[view],
 *                 cached (proxy.ts names the view, claimListView, in LIST_VIEW_HEADER; the rewrite
 *                 reads it); otherwise (a later page, staff) → app/(claim-list)/page.tsx, per request
 *   `/claims/N`   signed out           → app/claims/[id], cached
 *                 session cookie       → app/staff/claims/[id], per request (next.config.ts rewrites)
 *
 * A session cookie alone is enough to leave the cache (the staff routes read the session and
 * render the public page, live, when it has ended); its absence is enough to get the cached copy,
 * which holds only public data. /cached/… and /staff/… are no addresses of their own (proxy.ts
 * answers them with a 404).
 *
 * Which list pages are cached, and how many copies there can be: the first page (no `cursor`, the
 * default `limit`) of every choice of the three menus, status (all, published, not checked) × unit
 * (all and five) × source (all or one), with or without words to search. Without a source or words
 * that is 18 pages, kept like any cached page. A source multiplies them by the number of sources, and
 * words have no bound, so those copies are kept in the cache handler's memory only
 * (lib/cache/cache-handler.mjs, MEMORY_ONLY_PAGE: Next's least-recently-used store, 50 MB) and never
 * written to disk, where a crawler of every source or a flood of searches would leave one file each.
 * A search asked again is answered from memory until the list changes; new words render once. A later page or another page size
 * is rendered per request. A parameter given twice or a value the list refuses is rendered per
 * request too, which answers it with the list's own message.
 */
/**
 * The public status filter's values and the units (PUBLIC_STATUSES, lib/engine/types.ts; CLAIM_UNITS,
 * db/enums.ts): written here because lib/http imports no other folder, kept equal by a test.
 */
export const CACHED_STATUSES = ["published", "not_checked"] as const;
export const CACHED_UNITS = ["percent", "count", "money", "ratio", "other"] as const;
const UNITS: readonly string[] = CACHED_UNITS;

const ROW_ID = /^[1-9]\d{0,9}$/;
const MAX_ROW_ID = 2147483647;

/** The cached list's route; the view is "first" (no filter) or claimListView's name of the menus' choice. */
export const CACHED_CLAIM_LIST = "/cached/claim-list";

/**
 * The cached view of the public claim list a query asks for, or null when it is rendered per
 * request. The view names the choice in one order (`status-published.unit-money.source-12.q-6a6f6273`), so
 * each choice has one copy; blank values count as absent, as in the list (lib/core/query-params.ts);
 * parameters the list does not read (`utm_source`) are ignored by both.
 */
export function claimListView(params: URLSearchParams): string | null {
  const given = (key: string): string | undefined | null => {
    const values = params.getAll(key);
    if (values.length > 1) return null;
    return values[0]?.trim() ? values[0] : undefined;
  };
  if (["cursor", "limit"].some((key) => given(key) !== undefined)) return null;
  const status = given("status");
  const unit = given("unit");
  const source = given("sourceId");
  const q = given("q");
  // The list trims its search, so " jobs " and "jobs" are one copy.
  const words = q === null ? null : q?.trim();
  if (status === null || unit === null || source === null || words === null) return null;
  if (words !== undefined && words.length > MAX_CACHED_SEARCH) return null;
  if (status !== undefined && !(CACHED_STATUSES as readonly string[]).includes(status)) return null;
  if (unit !== undefined && !UNITS.includes(unit)) return null;
  if (source !== undefined && !(ROW_ID.test(source) && Number(source) <= MAX_ROW_ID)) return null;
  const parts = [
    status !== undefined ? `status-${status}` : null,
    unit !== undefined ? `unit-${unit}` : null,
    source !== undefined ? `source-${source}` : null,
    words !== undefined ? `q-${toHex(words)}` : null,
  ].filter((part) => part !== null);
  return parts.length ? parts.join(".") : "first";
}

/** The list's query for a cached view, or null when the name is not one claimListView gives. */
export function claimListQuery(view: string): { status?: string; unit?: string; sourceId?: string; q?: string } | null {
  if (view === "first") return {};
  const query: { status?: string; unit?: string; sourceId?: string; q?: string } = {};
  for (const part of view.split(".")) {
    const [key, value, ...rest] = part.split("-");
    if (rest.length || !value) return null;
    if (key === "status") query.status = value;
    else if (key === "unit") query.unit = value;
    else if (key === "source") query.sourceId = value;
    else if (key === "q") {
      const words = fromHex(value);
      if (words === null) return null;
      query.q = words;
    } else return null;
  }
  const params = new URLSearchParams(query);
  return claimListView(params) === view ? query : null;
}

/**
 * The longest search kept as a view, in characters: the list's own limit (lib/claims/list-query.ts),
 * so a view's name stays short (two hex digits a UTF-8 byte). A longer one is rendered per request,
 * which answers it with the list's message.
 */
export const MAX_CACHED_SEARCH = 200;

/** The search's words in a view's name: their UTF-8 bytes in lowercase hex (a path segment, any language). */
function toHex(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function fromHex(code: string): string | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(code)) return null;
  const bytes = Uint8Array.from(code.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Routes behind the rewrites, never asked for by their own address. */
export const INTERNAL_ROUTE = /^\/(cached|staff)(\/|$)/;

const CLAIM_PAGE = /^\/claims\/[^/]+\/?$/;

/**
 * The request header proxy.ts sets to the list's cached view (and removes from every request that
 * has none, so a client cannot send its own): rewrites can match a header, not compute a view.
 */
export const LIST_VIEW_HEADER = "x-claimdesk-list-view";

/**
 * next.config.ts `rewrites().beforeFiles`, which Next applies after proxy.ts: where each rendering
 * lives (the cookie's name from lib/auth/session-cookie.ts). proxy.ts cannot rewrite the list
 * itself: its rewrite URL carries the host Next gives the proxy (`localhost`), and one that differs
 * from the server's own (`-H 127.0.0.1`, `0.0.0.0`) would be fetched as another site's address.
 */
export function pageCacheRewrites(sessionCookie: string) {
  const session = { type: "cookie" as const, key: sessionCookie };
  return [
    { source: "/claims/:id", has: [session], destination: "/staff/claims/:id" },
    {
      source: "/",
      has: [{ type: "header" as const, key: LIST_VIEW_HEADER, value: "(?<view>[a-z0-9_.-]+)" }],
      missing: [session],
      destination: `${CACHED_CLAIM_LIST}/:view`,
    },
  ];
}

/**
 * Where the page cache serves this request from: the cached list's path (the rewrite's destination),
 * "page" for a claim page (next.config.ts's rewrites leave it on app/claims/[id]), or null when it
 * is rendered per request.
 */
export function pageCacheRoute(pathname: string, hasSessionCookie: boolean, params: URLSearchParams): string | null {
  if (hasSessionCookie) return null;
  if (CLAIM_PAGE.test(pathname)) return "page";
  if (pathname !== "/") return null;
  const view = claimListView(params);
  return view === null ? null : `${CACHED_CLAIM_LIST}/${view}`;
}

/** Whether this request gets the cached rendering (the same decision as pageCacheRoute). */
export function servedFromPageCache(pathname: string, hasSessionCookie: boolean, params: URLSearchParams): boolean {
  return pageCacheRoute(pathname, hasSessionCookie, params) !== null;
}
