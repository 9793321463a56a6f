/** Per test file (pglite project): a private in-memory copy of the migrated, seeded database. */
import fs from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { openPglite, setDbForTesting } from "../client";
import { setTestDatabase } from "./test-db";

let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const dump = new Blob([fs.readFileSync(inject("pgliteDump"))]);
  const handle = await openPglite({ loadDataDir: dump });
  close = handle.close;
  setDbForTesting(handle.db);
  setTestDatabase(handle);
});

afterAll(async () => {
  setDbForTesting(null);
  setTestDatabase(undefined);
  await close?.();
});
