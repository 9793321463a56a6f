/** A throw-away database on a PostgreSQL server, for the benchmarks: created empty, migrated by whoever opens it, dropped by `drop`. */
import { openPostgres } from "../client";
import { adminUrl, dropDatabase, withAdmin } from "./postgres-admin";

/** Creates database `claimdesk_bench_<label>_<pid>` on `url`'s server (dropping a leftover of the same name first) and opens it. */
export async function scratchPostgres(url: string, label: string) {
  const name = `claimdesk_bench_${label}_${process.pid}`;
  await withAdmin(url, async (sql) => {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE "${name}"`);
  });
  const target = adminUrl(url, name);
  const handle = openPostgres(target);
  return {
    name,
    url: target,
    handle,
    /** Closes the connections and drops the database. */
    async drop(): Promise<void> {
      await handle.close().catch(() => {});
      await dropDatabase(url, name);
    },
  };
}
