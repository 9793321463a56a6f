/**
 * Cache-Control of what the public reads, for shared caches in front of the app servers (an nginx
 * proxy_cache, README "A shared cache in front"). The app's own page cache is expired at once by
 * every write (lib/cache/cache-handler.mjs); a shared cache cannot be told, so it keeps a copy only
 * briefly: a publish shows there within s-maxage seconds, and a stale copy is served while a fresh
 * one is fetched. Browsers keep nothing (max-age=0). Staff responses are private, no-store.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";
export const PUBLIC_API_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";
