/**
 * `npm run db:migrate`: applies db/migrations to the database the environment points at
 * (DATABASE_URL, else PGlite in PGLITE_DIR), on its own single connection, then exits.
 */
import { describeDbTarget, openFromEnv } from "./client";

async function main() {
  const target = describeDbTarget();
  const started = performance.now();
  const handle = await openFromEnv({ max: 1 });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  console.log(`db:migrate: ${target} is up to date (${Math.round(performance.now() - started)} ms)`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
