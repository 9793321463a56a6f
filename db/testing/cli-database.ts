/**
 * A database of its own for tests that run the claims command line as a user does (a real child
 * process, `node lib/tools/claims-cli/bin.mjs …`): a PGlite folder in the pglite project, a PostgreSQL
 * database copied from the seeded template in the postgres project. Call `cliDatabase()` at the
 * top of a *.db.test.ts file: it registers its own beforeAll/afterAll.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { type DbHandle, openPglite, openPostgres } from "../client";
import { adminUrl, dropDatabase, withAdmin } from "./postgres-admin";
import { testDatabase } from "./test-db";

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliDatabase {
  /** A temporary folder for the test's files, removed afterwards. */
  readonly tmp: string;
  /** The environment the child process runs with (DATABASE_URL or PGLITE_DIR set). */
  readonly env: NodeJS.ProcessEnv;
  /** Opens the database the child process writes to (close it before the next run on PGlite). */
  open(): Promise<DbHandle>;
  /** Runs `node lib/tools/claims-cli/bin.mjs ...args`; `onStderr` sees the stderr so far after each chunk. */
  run(args: string[], options?: { onStderr?: (stderr: string, child: ChildProcess) => void }): Promise<CliRun>;
}

export function cliDatabase(prefix: string): CliDatabase {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `claimdesk-${prefix}-`));
  const children: ChildProcess[] = [];
  let env: NodeJS.ProcessEnv = { ...process.env };
  let openTarget: () => Promise<DbHandle> = () => Promise.reject(new Error("cliDatabase: beforeAll has not run"));
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const base: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    delete base.DATABASE_URL;
    if (testDatabase().backend === "postgres") {
      const { url, template } = inject("postgresTemplate");
      const database = `claimdesk_${prefix.replace(/\W/g, "_")}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      await withAdmin(url, (sql) => sql.unsafe(`CREATE DATABASE "${database}" TEMPLATE "${template}"`));
      env = { ...base, DATABASE_URL: adminUrl(url, database) };
      openTarget = async () => openPostgres(adminUrl(url, database), { max: 1 });
      cleanup = () => dropDatabase(url, database);
    } else {
      const dir = path.join(tmp, "pglite");
      env = { ...base, PGLITE_DIR: dir };
      openTarget = () => openPglite({ dir });
    }
  }, 120_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await cleanup();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  return {
    tmp,
    get env() {
      return env;
    },
    open: () => openTarget(),
    run(args, options = {}) {
      const child = spawn(process.execPath, ["lib/tools/claims-cli/bin.mjs", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
      children.push(child);
      let stdout = "";
      let stderr = "";
      child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        options.onStderr?.(stderr, child);
      });
      return new Promise<CliRun>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
    },
  };
}
