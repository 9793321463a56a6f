/**
 * The one way to reach the database.
 *
 * `getDb()` opens lazily, once per process: never at module load, so `next build` and tests that
 * only import code never touch a database.
 *   - DATABASE_URL set   → drizzle over postgres.js (a PostgreSQL server; migrations are an
 *                          explicit step: `npm run db:migrate`).
 *   - DATABASE_URL unset → embedded PGlite in PGLITE_DIR (default <repo>/data/pglite), guarded by
 *                          an exclusive lock file, migrated and seeded on its first start.
 *
 * This module must stay importable outside Next (tsx CLIs, vitest), so it does not import
 * "server-only"; the read queries (lib/claims/queries.ts and the like) do.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { readEnv } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { acquirePgliteLock } from "./pglite-lock";
import { copyPgliteTemplate, usablePgliteTemplate } from "./pglite-template";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers' databases extend PgDatabase; code that queries takes this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** The transaction object handed to `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface DbHandle {
  db: Db;
  backend: "pglite" | "postgres";
  /** Applies pending migrations from db/migrations. */
  migrate(): Promise<void>;
  /** One `select 1`: resolves when the database answers (the health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "db/migrations");
export const DEFAULT_PGLITE_DIR = path.resolve(process.cwd(), "data/pglite");

/** The database settings, from the one environment module (lib/core/env.ts). */
export function readDbEnv(env: Record<string, string | undefined> = process.env) {
  const settings = readEnv(env);
  return {
    databaseUrl: settings.DATABASE_URL,
    connectTimeoutS: settings.DATABASE_CONNECT_TIMEOUT_S,
    statementTimeoutMs: settings.DATABASE_STATEMENT_TIMEOUT_MS,
    // A folder chosen at run time: the build must not trace the project for it.
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ settings.PGLITE_DIR ?? DEFAULT_PGLITE_DIR),
  };
}

/** Where the environment points, for log lines (password hidden). */
export function describeDbTarget(env: Record<string, string | undefined> = process.env): string {
  const { databaseUrl, pgliteDir } = readDbEnv(env);
  if (!databaseUrl) return `PGlite at ${pgliteDir}`;
  const parsed = new URL(databaseUrl);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** Extensions the migrations create: pg_trgm indexes the source list's search (migration 0007). */
const extensions = { pg_trgm };

/**
 * Opens PGlite. With `dir`, on disk behind the lock; without, in memory (optionally from a dump made
 * by `dumpDataDir()`, which is how tests get a migrated, seeded database in milliseconds).
 */
export async function openPglite(options: { dir: string } | { loadDataDir?: Blob } = {}): Promise<DbHandle & { client: PGlite }> {
  let release: (() => void) | undefined;
  let client: PGlite;
  if ("dir" in options) {
    release = acquirePgliteLock(options.dir);
    try {
      // PGlite creates the data folder itself but not its parents.
      fs.mkdirSync(path.dirname(options.dir), { recursive: true });
      client = await PGlite.create(options.dir, { extensions });
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = await PGlite.create({ loadDataDir: options.loadDataDir, extensions });
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" });
  return {
    db,
    client,
    backend: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_DIR }),
    async ping() {
      await client.query("select 1");
    },
    async close() {
      try {
        await client.close();
      } finally {
        release?.();
      }
    },
  };
}

/**
 * Opens a postgres.js pool. Migrations and other one-off work use `max: 1`.
 *
 * An outage fails fast: a connection not made within `connectTimeoutS` (DATABASE_CONNECT_TIMEOUT_S
 * by default) fails the query, and the server cancels a statement running past
 * `statementTimeoutMs` (none by default: migrations and the bulk importer may run long; the app's
 * own pool passes DATABASE_STATEMENT_TIMEOUT_MS). The pool reconnects by itself once the server is
 * back: no restart.
 */
export function openPostgres(
  url: string,
  options: { max?: number; connectTimeoutS?: number; statementTimeoutMs?: number } = {},
): DbHandle & { client: postgres.Sql } {
  const defaults = readDbEnv();
  const statementTimeoutMs = options.statementTimeoutMs ?? 0;
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: options.connectTimeoutS ?? defaults.connectTimeoutS,
    connection: {
      statement_timeout: statementTimeoutMs,
      idle_in_transaction_session_timeout: statementTimeoutMs === 0 ? 0 : Math.max(statementTimeoutMs * 3, 30_000),
    },
  });
  const db = drizzlePostgres(client, { schema, casing: "snake_case" });
  return {
    db,
    client,
    backend: "postgres",
    migrate: () => migratePostgres(db, { migrationsFolder: MIGRATIONS_DIR }),
    async ping() {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** Opens the database the environment points at, without migrating or seeding. */
export async function openFromEnv(options: { max?: number } = {}): Promise<DbHandle> {
  const { databaseUrl, pgliteDir } = readDbEnv();
  return databaseUrl ? openPostgres(databaseUrl, options) : openPglite({ dir: pgliteDir });
}

// ---------------------------------------------------------------------------------------------
// The process-wide database

interface DbGlobal {
  // Cached on globalThis: Next may evaluate this module more than once in one process.
  __claimDeskDb?: Promise<DbHandle>;
  __claimDeskDbOverride?: Db | null;
  __claimDeskFirstStartSeed?: FirstStartSeed;
}
const store = globalThis as typeof globalThis & DbGlobal;

/** Fills a new embedded database (the seed releases and the demo accounts) and says how to sign in. */
export type FirstStartSeed = (db: Db, pgliteDir: string) => Promise<void>;

/**
 * What an embedded database gets on its first start when the build left no template (`next dev`,
 * a command line before any build). db/seed/seed-database.ts provides it (`seedOnFirstStart`), and
 * whatever starts the process registers it: instrumentation.ts for the app, each command line for
 * itself. db/ never imports the seed, which stores releases through lib/sources (above db).
 * Without one, a first start only migrates.
 */
export function setFirstStartSeed(seed: FirstStartSeed): void {
  store.__claimDeskFirstStartSeed = seed;
}

/**
 * The process-wide database handle. A failure to open it (the embedded folder cannot be opened,
 * a migration cannot run) is AppError("unavailable:database"), and a later call tries again.
 */
export function getDbHandle(): Promise<DbHandle> {
  const override = store.__claimDeskDbOverride;
  if (override) {
    return Promise.resolve({
      db: override,
      backend: "pglite",
      migrate: async () => {},
      ping: async () => {
        await override.execute(sql`select 1`);
      },
      close: async () => {},
    });
  }
  store.__claimDeskDb ??= openProcessDb().catch((error: unknown) => {
    // Let a later call retry (e.g. after the other process holding the lock has stopped).
    store.__claimDeskDb = undefined;
    throw new AppError(
      "unavailable:database",
      `The database could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  });
  return store.__claimDeskDb;
}

export function getDb(): Promise<Db> {
  const override = store.__claimDeskDbOverride;
  if (override) return Promise.resolve(override);
  return getDbHandle().then((handle) => handle.db);
}

/** Closes the process-wide database (graceful shutdown, tests); the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const pending = store.__claimDeskDb;
  store.__claimDeskDb = undefined;
  if (pending) await (await pending.catch(() => undefined))?.close();
}

async function openProcessDb(): Promise<DbHandle> {
  const { databaseUrl, pgliteDir, statementTimeoutMs } = readDbEnv();
  if (databaseUrl) return openPostgres(databaseUrl, { statementTimeoutMs });

  const firstStart = !fs.existsSync(path.join(pgliteDir, "PG_VERSION"));
  // First start: a copy of the template made by `npm run build` when there is an up-to-date one
  // (created, migrated and seeded already), instead of initdb, migrations and seed here.
  const template = firstStart ? usablePgliteTemplate() : null;
  if (template) copyPgliteTemplate(template, pgliteDir);
  const handle = await openPglite({ dir: pgliteDir });
  try {
    // The embedded database is this process's alone, so it keeps itself migrated.
    await handle.migrate();
    if (firstStart && template) {
      // A copy of the template is a database of its own: it gets its own identity, or the page cache
      // (keyed by the identity, lib/cache/cache-handler.mjs) would serve one copy's pages to another.
      await handle.db.execute(sql`update database_identity set id = gen_random_uuid(), created_at = now()`);
      const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("./seed/demo-accounts");
      console.log(
        `Claim Desk: created ${pgliteDir} from the build's template, with demo accounts. Sign in at /sign-in as ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(", ")} with password "${DEMO_PASSWORD}".`,
      );
    } else if (firstStart) {
      await store.__claimDeskFirstStartSeed?.(handle.db, pgliteDir);
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** Test hook: make `getDb()` return `db` (or go back to the environment with null). */
export function setDbForTesting(db: Db | null): void {
  store.__claimDeskDbOverride = db;
}

/** Counts rows of a table; small helper for scripts and tests. */
export async function countRows(db: Db, table: "sources" | "claims" | "audit_log" | "users"): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** `db.execute` returns `{ rows }` on PGlite and an array on postgres.js; this reads either. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
