/**
 * Expiring the app servers' page cache from outside them: the command line (`claims import`,
 * `claims reextract`) writes claims with no Next around it, so it sends the expiry itself on the
 * channel every app server LISTENs to (lib/cache/cache-handler.mjs). On PGlite no app server can
 * be running beside the command (one process holds the folder): nothing listens, nothing is lost.
 *
 * Not "server-only": the command line imports it.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { CLAIM_LIST_TAG, MISSING_CLAIMS_TAG, PUBLIC_CLAIMS_TAG } from "./cache-tags";

/** The channel of lib/cache/cache-handler.mjs (CHANNEL there; that file cannot import this one). */
export const CACHE_CHANNEL = "claimdesk_cache";

/** Every public claim page, the list and any cached "not found": what an import can change. */
export const ALL_PUBLIC_CLAIM_TAGS = [PUBLIC_CLAIMS_TAG, CLAIM_LIST_TAG, MISSING_CLAIMS_TAG] as const;

export async function expireOnEveryAppServer(db: Db, tags: readonly string[]): Promise<void> {
  const payload = JSON.stringify({ origin: "command-line", tags });
  await db.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${payload})`);
}
