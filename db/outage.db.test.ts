/**
 * A database outage fails fast and is told apart from a bug (issue 12, item 5): connect and
 * statement timeouts, a refused connection and an embedded database that cannot open all become
 * "unavailable" (503 with Retry-After, "nothing was saved"), and the health check recovers by
 * itself. Runs in both database projects against real servers and real folders.
 */
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { jsonFailure } from "@/app/_lib/request-errors";
import { checkDatabase, databaseHealth, markDatabaseDown } from "@/db/health";
import { isAppError, isDatabaseUnavailable } from "@/lib/core/errors";
import { DATABASE_UNAVAILABLE_WRITE } from "@/db/mutation";
import { addNote } from "@/lib/notes/mutations";
import { makeUser } from "@/lib/users/testing";
import { getDb, openPostgres, setDbForTesting } from "./client";
import { testDatabase } from "./testing/test-db";

async function failure(work: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await work().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, "expected the call to fail").not.toBeNull();
  return { error, ms: performance.now() - started };
}

describe("an unavailable PostgreSQL fails fast", () => {
  it("a refused connection is 'unavailable' at once", async () => {
    const handle = openPostgres("postgres://nobody:nothing@127.0.0.1:1/none", { connectTimeoutS: 2 });
    try {
      const { error, ms } = await failure(() => handle.ping());
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(ms).toBeLessThan(2_500);
    } finally {
      await handle.close();
    }
  });

  it("a server that accepts the connection but never answers is 'unavailable' after the connect timeout", async () => {
    // What a PostgreSQL in the middle of stopping (or a hung one) looks like from the app.
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const handle = openPostgres(`postgres://nobody:nothing@127.0.0.1:${port}/none`, { connectTimeoutS: 1 });
    try {
      const { error, ms } = await failure(() => handle.ping());
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
      expect(ms).toBeLessThan(3_000);
    } finally {
      await handle.close();
      silent.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "a statement past the statement timeout is cancelled by the server and 'unavailable'",
    async () => {
      const handle = openPostgres(process.env.TEST_DATABASE_URL ?? "", { statementTimeoutMs: 300, max: 1 });
      try {
        const { error, ms } = await failure(() => handle.db.execute("select pg_sleep(5)" as never));
        expect(isDatabaseUnavailable(error), String(error)).toBe(true);
        expect(ms).toBeLessThan(3_000);
      } finally {
        await handle.close();
      }
    },
  );

  it("an API answers 503 with Retry-After and says nothing was lost", async () => {
    const handle = openPostgres("postgres://nobody:nothing@127.0.0.1:1/none", { connectTimeoutS: 1 });
    const { error } = await failure(() => handle.ping());
    await handle.close();
    const response = jsonFailure(error, "test");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: expect.stringMatching(/not available right now\. Nothing was lost/) });
  });
});

describe("the embedded database that cannot open", () => {
  const saved = { dir: process.env.PGLITE_DIR, url: process.env.DATABASE_URL };
  afterEach(() => {
    for (const [name, value] of [
      ["PGLITE_DIR", saved.dir],
      ["DATABASE_URL", saved.url],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    setDbForTesting(testDatabase().db);
  });

  it("is AppError('unavailable:database'), and a later call tries again", async () => {
    setDbForTesting(null);
    process.env.DATABASE_URL = "";
    process.env.PGLITE_DIR = "/dev/null/claim-desk-outage-test";
    const { error } = await failure(() => getDb());
    expect(isAppError(error, "unavailable:database")).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(true);
    const again = await failure(() => getDb());
    expect(isAppError(again.error, "unavailable:database")).toBe(true);
  });
});

describe("writes and the health check", () => {
  it("a write during an outage says nothing was saved", async () => {
    const user = await makeUser(testDatabase().db, "reviewer");
    const dead = openPostgres("postgres://nobody:nothing@127.0.0.1:1/none", { connectTimeoutS: 1 });
    try {
      const result = await addNote(dead.db, user, { claimId: "1", body: "Written while the database is down." });
      expect(result).toEqual({ state: expect.objectContaining({ ok: false, error: DATABASE_UNAVAILABLE_WRITE }), affected: null });
    } finally {
      await dead.close();
    }
  });

  it("recovers without a restart: the first check that the database answers marks it up", async () => {
    markDatabaseDown(new Error("connection refused"));
    expect(databaseHealth().state).toBe("down");
    expect(await checkDatabase({ force: true })).toBe(true);
    expect(databaseHealth()).toMatchObject({ state: "up", lastError: null });
  });
});
