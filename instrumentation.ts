import type { Instrumentation } from "next";

/**
 * A page or action that failed because the database is unavailable marks it down, so the next
 * page requests get the 503 "database unavailable" page from the server (lib/auth/start.mjs)
 * until a check finds it back (lib/data/database-health.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("@/lib/errors");
  if (!isDatabaseUnavailable(error)) return;
  const { markDatabaseDown } = await import("@/lib/data/database-health");
  markDatabaseDown(error);
};
