/**
 * One URL, two renderings (issue 14). A signed-out visitor's `/` (without a query) and `/claims/N`
 * are served from Next's page cache: the same copy for everyone. A request with the session cookie
 * gets the newsroom's rendering of the same URL, per request. Next's rewrites (next.config.ts) pick
 * the route; proxy.ts decides the same way which Content-Security-Policy nonce and Cache-Control a
 * response gets. Pure: no Next, no app module.
 *
 *   `/`           signed out, no query → app/cached/claim-list/[view] ("first"), cached
 *                 otherwise            → app/(claim-list)/page.tsx, per request
 *   `/claims/N`   signed out           → app/claims/[id], cached
 *                 session cookie       → app/staff/claims/[id], per request
 *
 * A session cookie alone is enough to leave the cache (the staff route reads the session and
 * renders the public page, live, when it has ended); its absence is enough to get the cached copy,
 * which holds only public data. /cached/… and /staff/… are no addresses of their own (proxy.ts
 * answers them with a 404).
 */
/** The claim list's query parameters (lib/claims/list-query.ts); any other is ignored by the list. */
export const CLAIM_LIST_PARAMS = ["q", "status", "sourceId", "unit", "cursor", "limit"] as const;

/** Routes behind the rewrites, never asked for by their own address. */
export const INTERNAL_ROUTE = /^\/(cached|staff)(\/|$)/;

const CLAIM_PAGE = /^\/claims\/[^/]+\/?$/;

/** next.config.ts `rewrites().beforeFiles`: where each rendering lives (the cookie's name from lib/auth/session-cookie.ts). */
export function pageCacheRewrites(sessionCookie: string) {
  const session = { type: "cookie" as const, key: sessionCookie };
  return [
    { source: "/claims/:id", has: [session], destination: "/staff/claims/:id" },
    {
      source: "/",
      missing: [session, ...CLAIM_LIST_PARAMS.map((key) => ({ type: "query" as const, key }))],
      destination: "/cached/claim-list/first",
    },
  ];
}

/** Whether this request gets the cached rendering (the same decision as pageCacheRewrites). */
export function servedFromPageCache(pathname: string, hasSessionCookie: boolean, params: URLSearchParams): boolean {
  if (hasSessionCookie) return false;
  if (CLAIM_PAGE.test(pathname)) return true;
  return pathname === "/" && !CLAIM_LIST_PARAMS.some((key) => params.has(key));
}
