/**
 * The database of the current test file, set up by the project's setup file
 * (pglite-setup.ts or postgres-setup.ts) and already injected into getDb().
 */
import type { DbHandle } from "../client";

let current: DbHandle | undefined;

export function setTestDatabase(handle: DbHandle | undefined): void {
  current = handle;
}

export function testDatabase(): DbHandle {
  if (!current) {
    throw new Error("No test database: run this file in the pglite or postgres vitest project (*.db.test.ts).");
  }
  return current;
}
