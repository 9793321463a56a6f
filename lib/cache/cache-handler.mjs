// Next's cache handler (next.config.ts `cacheHandler`): the page cache and unstable_cache entries,
// loaded by Next outside the app's bundle, so it is plain JavaScript and imports no app module.
//
// It is Next's own file-system cache (memory first, then .next/server and .next/cache on disk)
// with two things added:
//
//  1. A cache never outlives its database. Every key carries the database's identity (a uuid
//     made when the database was first migrated, migration 0011, read by
//     lib/cache/database-identity.ts and handed over on globalThis by instrumentation.ts). A reset
//     demo folder or another DATABASE_URL gets other keys, so the entries written for the old
//     database are never read again, on disk or in memory. Without an identity (the build, or the
//     database cannot be read) nothing is read from or written to the cache: the page renders
//     from the database. The build's own prerendered copies are never served either (their keys
//     carry no identity), so the build needs no database.
//
//  2. Every app server expires the same tags. On PostgreSQL each expiry (revalidateTag,
//     updateTag, revalidatePath) is sent with NOTIFY on the channel `claimdesk_cache`; every app
//     server LISTENs and expires the same tags in its own memory, so a publish on one server shows
//     on the others on their next request (milliseconds later). PGlite is one process: local only.
//
//  3. A cached page's ETag is made here, once, when it is cached: a SHA-1 of its HTML and page
//     data, kept in the entry's headers, which Next sends with every copy. Next's own ETag
//     (generateEtags, off in next.config.ts) hashes the whole page in JavaScript on every response:
//     0.4 ms of a cached claim page's 2 ms. lib/auth/start.mjs answers a matching If-None-Match
//     with 304.
//
//  4. The claim list's pages for one source or a search (`/?sourceId=12`, `/?q=jobs`, cached at
//     /cached/claim-list/…source-12…, …q-6a6f6273, lib/http/page-cache-routes.ts) are kept in
//     memory only: Next's least-recently-used store (50 MB), never on disk, where a crawler of
//     every source's list or a flood of searches would leave a file each. After an eviction the
//     next request renders the page again.
//
// Next's FileSystemCache is internal API (next/dist/...): Next is pinned (package.json), and
// e2e/page-cache.spec.ts fails if an upgrade changes what this relies on.
import { createHash, randomUUID } from "node:crypto";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import postgres from "postgres";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

/** Set by instrumentation.ts: () => Promise<string>, the database's identity. */
const SCOPE = Symbol.for("claimdesk.cacheScope");
const LISTENER = Symbol.for("claimdesk.cacheListener");
export const CHANNEL = "claimdesk_cache";
/** NOTIFY payloads must stay under 8,000 bytes: long tag lists go in several. */
const MAX_PAYLOAD = 7000;
const store = /** @type {Record<symbol, any>} */ (globalThis);

/** Cache keys of the pages kept in memory only (4. above); the view names are claimListView's. */
export const MEMORY_ONLY_PAGE = /\/cached\/claim-list\/[^/]*\b(?:source-\d+|q-[0-9a-f]+)/;

/** The entry with its ETag (3. above): a weak validator of the render, for its HTML and its page data alike. */
export function withEtag(data) {
  if (data?.kind !== "APP_PAGE" || typeof data.html !== "string") return data;
  const hash = createHash("sha1").update(data.html);
  if (data.rscData) hash.update(data.rscData);
  return { ...data, headers: { ...data.headers, etag: `W/"${hash.digest("base64url")}"` } };
}

/** This process, so it skips its own notifications. */
const ORIGIN = randomUUID();

let lastIdentityError = 0;

/** The identity of the database this process serves, or null (build; database unreadable). */
async function identity() {
  const scope = store[SCOPE];
  if (typeof scope !== "function") return null;
  try {
    const id = await scope();
    return typeof id === "string" && /^[0-9a-f-]{36}$/.test(id) ? id : null;
  } catch (error) {
    // Once a minute at most: while the database is down every request would say it again.
    if (Date.now() - lastIdentityError > 60_000) {
      lastIdentityError = Date.now();
      console.error("cache: the database's identity could not be read; not caching", error);
    }
    return null;
  }
}

/** The key with the identity in front: `/db-<uuid>/…` for pages and routes, `db-<uuid>-…` for data. */
export function scopedKey(id, key) {
  return key.startsWith("/") ? `/db-${id}${key}` : `db-${id}-${key}`;
}

function databaseUrl() {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : null;
}

/** One LISTEN connection per process, made on the first cache access on PostgreSQL. */
function listener() {
  if (store[LISTENER]) return store[LISTENER];
  const url = databaseUrl();
  if (!url) return null;
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5, idle_timeout: 0 });
  const state = { sql, ready: null };
  store[LISTENER] = state;
  const listen = () => {
    state.ready = sql
      .listen(CHANNEL, (payload) => receive(payload))
      .catch((error) => {
        console.error("cache: LISTEN failed; retrying in 5 s (other app servers' expiries wait until then)", error);
        state.ready = null;
        setTimeout(listen, 5000).unref();
      });
  };
  listen();
  return state;
}

function receive(payload) {
  let message;
  try {
    message = JSON.parse(payload);
  } catch {
    return;
  }
  if (!message || message.origin === ORIGIN || !Array.isArray(message.tags)) return;
  const tags = message.tags.filter((tag) => typeof tag === "string");
  const durations = message.durations && typeof message.durations === "object" ? message.durations : undefined;
  // Only the process-wide tag manifest is touched: `this` is not used by revalidateTag.
  void FileSystemCache.prototype.revalidateTag.call({}, tags, durations);
}

/** Sends the expiry to every app server on this database (several messages when the list is long). */
async function broadcast(tags, durations) {
  const state = listener();
  if (!state) return;
  const batches = [];
  let batch = [];
  for (const tag of tags) {
    const next = [...batch, tag];
    if (batch.length > 0 && JSON.stringify({ origin: ORIGIN, tags: next, durations }).length > MAX_PAYLOAD) {
      batches.push(batch);
      batch = [tag];
    } else batch = next;
  }
  if (batch.length) batches.push(batch);
  try {
    for (const part of batches) await state.sql.notify(CHANNEL, JSON.stringify({ origin: ORIGIN, tags: part, durations }));
  } catch (error) {
    // The write is committed; the other servers catch up when their entries' lifetime ends.
    console.error("cache: NOTIFY failed; other app servers see this change when their copy expires", error);
  }
}

export default class DatabaseScopedCache extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    // At run time only (instrumentation.ts registered the scope): the build never connects.
    if (store[SCOPE]) listener();
  }

  async get(key, ctx) {
    const id = await identity();
    return id ? super.get(scopedKey(id, key), ctx) : null;
  }

  async set(key, data, ctx) {
    // A path with a NUL (/claims/%00) cannot be a file name: such a page is simply not kept.
    if (key.includes("\0")) return;
    const id = await identity();
    if (!id) return;
    const entry = withEtag(data);
    if (MEMORY_ONLY_PAGE.test(key)) {
      // The same instance, but told not to write to disk: FileSystemCache keeps it in memory first.
      const memoryOnly = Object.create(this, { flushToDisk: { value: false } });
      await super.set.call(memoryOnly, scopedKey(id, key), entry, ctx);
    } else await super.set(scopedKey(id, key), entry, ctx);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : [...tags];
    await super.revalidateTag(list, durations);
    if (list.length) await broadcast(list, durations);
  }
}
