/**
 * The database's identity (migration 0011: a uuid made when the database was first migrated), and
 * the process-wide hand-over to the page cache (lib/cache/cache-handler.mjs), which puts it in
 * every cache key so a cache never serves another database's pages.
 *
 * Not "server-only": instrumentation.ts loads it, and the tests call readDatabaseIdentity.
 */
import { getDb, type Db } from "@/db/client";
import { databaseIdentity } from "@/db/schema";

/** The identity row's uuid; an error when the database has no identity (not migrated to 0011). */
export async function readDatabaseIdentity(db: Db): Promise<string> {
  const [row] = await db.select({ id: databaseIdentity.id }).from(databaseIdentity).limit(1);
  if (!row) throw new Error("the database has no identity row (migration 0011 has not run)");
  return row.id;
}

const SCOPE = Symbol.for("claimdesk.cacheScope");
const store = globalThis as unknown as Record<symbol, unknown>;

/**
 * Hands the cache handler a function that gives this process's database identity: read once,
 * on the first cache access (so the database still opens on the first request, not at start),
 * and read again after a failure.
 */
export function registerCacheScope(): void {
  let pending: Promise<string> | null = null;
  store[SCOPE] = () => {
    pending ??= getDb()
      .then(readDatabaseIdentity)
      .catch((error: unknown) => {
        pending = null;
        throw error;
      });
    return pending;
  };
}
