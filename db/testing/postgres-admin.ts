/** Creating and dropping throw-away databases on the test server. */
import postgres from "postgres";

/** The same server URL pointing at another database. */
export function adminUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withAdmin<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  await withAdmin(url, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}
