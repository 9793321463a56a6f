/** Per test file (postgres project): a private database copied from the seeded template. */
import { afterAll, beforeAll, inject } from "vitest";
import { openPostgres, setDbForTesting } from "../client";
import { adminUrl, dropDatabase, withAdmin } from "./postgres-admin";
import { setTestDatabase } from "./test-db";

const { url, template } = inject("postgresTemplate");
const database = `claimdesk_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  await withAdmin(url, (sql) => sql.unsafe(`CREATE DATABASE "${database}" TEMPLATE "${template}"`));
  const handle = openPostgres(adminUrl(url, database), { max: 4 });
  close = handle.close;
  setDbForTesting(handle.db);
  setTestDatabase(handle);
});

afterAll(async () => {
  setDbForTesting(null);
  setTestDatabase(undefined);
  await close?.();
  await dropDatabase(url, database);
});
