import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * Three projects:
 *   unit     — pure tests, no database (everything *.test.ts that is not a db test).
 *   pglite   — *.db.test.ts and *.pglite.test.ts on an in-memory PGlite copied from one seeded dump.
 *   postgres — the same *.db.test.ts on a real PostgreSQL (TEST_DATABASE_URL), one database per file.
 *              Defined only when TEST_DATABASE_URL is set, so a plain `vitest run` needs no server.
 * `npm test` (lib/tools/run-tests.ts) runs them all plus tsc, next build and Playwright.
 */
const root = fileURLToPath(new URL(".", import.meta.url));
const notTests = ["node_modules/**", ".next/**", "e2e/**", "data/**", ".cache/**"];

const postgresProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: "postgres",
    include: ["**/*.db.test.ts"],
    exclude: notTests,
    globalSetup: ["db/testing/postgres-global-setup.ts"],
    setupFiles: ["db/testing/postgres-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A different maxWorkers from pglite needs its own group, or vitest refuses to run both at once.
    sequence: { groupOrder: 2 },
  },
};

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // "server-only" throws outside Next's server bundles; in tests it is a no-op marker.
      { find: /^server-only$/, replacement: fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)) },
    ],
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...notTests, "**/*.db.test.ts", "**/*.pglite.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["**/*.db.test.ts", "**/*.pglite.test.ts"],
          exclude: notTests,
          globalSetup: ["db/testing/pglite-global-setup.ts"],
          setupFiles: ["db/testing/pglite-setup.ts"],
          // Each file loads its own copy of the database into memory; two at a time suits small machines.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          // PGlite start-up and child processes are slow on a loaded machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL ? [postgresProject] : []),
    ],
  },
});
