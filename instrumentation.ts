import type { Instrumentation } from "next";

/**
 * When the server starts: the environment is checked once more (next.config.ts already refused a
 * bad value), so a server started some other way fails here, naming the variable, and not on the
 * first request that reads it. Then (not during the build, which has no database) the page cache
 * gets the database's identity, which every cache key carries (lib/cache/database-identity.ts,
 * lib/cache/cache-handler.mjs).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnv } = await import("./lib/core/env");
  checkEnv(process.env);
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before anything opens the database: a new embedded one without the build's template is seeded.
  const { seedOnFirstStart } = await import("./db/seed/seed-database");
  seedOnFirstStart();
  const { registerCacheScope } = await import("./lib/cache/database-identity");
  registerCacheScope();
}

/**
 * A page or action that failed because the database is unavailable marks it down, so the next
 * page requests get the 503 "database unavailable" page from the server (lib/auth/start.mjs)
 * until a check finds it back (db/health.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("./lib/core/errors");
  if (!isDatabaseUnavailable(error)) return;
  const { markDatabaseDown } = await import("./db/health");
  markDatabaseDown(error);
};
