import { defineConfig } from "drizzle-kit";

/**
 * drizzle-kit only generates SQL here (`npm run db:generate`); migrations are applied by
 * `npm run db:migrate` (db/migrate.ts), which works on both PGlite and a PostgreSQL server.
 */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
  verbose: true,
});
