/**
 * Whether the database answers, shared by everything in this process (on globalThis, where
 * `npm start`'s server, lib/auth/start.mjs, reads it too).
 *
 * A request that finds the database unavailable marks it down. While it is down, the server
 * answers page requests with the 503 "database unavailable, nothing was lost" page instead of
 * rendering them, and re-checks with one cheap query at most once a second (`recheck`), so
 * recovery needs no restart: the first check that succeeds marks it up again. /api/health reports
 * the state.
 *
 * Timeouts make an outage fail fast instead of hanging requests: DATABASE_CONNECT_TIMEOUT_S and
 * DATABASE_STATEMENT_TIMEOUT_MS (db/client.ts).
 */
import { getDbHandle } from "@/db/client";
import { isDatabaseUnavailable } from "@/lib/core/errors";

export type DatabaseState = "unknown" | "up" | "down";

interface HealthStore {
  state: DatabaseState;
  /** When the state last changed, ms since the epoch. */
  since: number;
  lastError: string | null;
  lastCheck: number;
  inFlight: Promise<boolean> | null;
  /** Runs one check (at most one a second, shared); true when the database answered. */
  recheck(): Promise<boolean>;
}

const RECHECK_INTERVAL_MS = 1_000;

const store = globalThis as typeof globalThis & { __claimDeskDatabaseHealth?: HealthStore };

function health(): HealthStore {
  store.__claimDeskDatabaseHealth ??= {
    state: "unknown",
    since: Date.now(),
    lastError: null,
    lastCheck: 0,
    inFlight: null,
    recheck: () => checkDatabase(),
  };
  return store.__claimDeskDatabaseHealth;
}

function setState(state: DatabaseState, error: unknown = null): void {
  const current = health();
  if (current.state !== state) {
    current.since = Date.now();
    if (state === "down") console.error("Claim Desk: the database is unavailable; pages answer 503 until it is back.");
    if (state === "up" && current.state === "down") console.error("Claim Desk: the database is back.");
  }
  current.state = state;
  current.lastError = error === null ? null : error instanceof Error ? (error.message.split("\n", 1)[0] ?? null) : String(error);
}

export function markDatabaseDown(error: unknown): void {
  setState("down", error);
}

export function databaseHealth(): { state: DatabaseState; since: Date; lastError: string | null } {
  const current = health();
  return { state: current.state, since: new Date(current.since), lastError: current.lastError };
}

/**
 * One cheap query now (or the result of one made less than a second ago, or under way), marking
 * the state; true when the database answered.
 */
export function checkDatabase({ force = false } = {}): Promise<boolean> {
  const current = health();
  if (current.inFlight) return current.inFlight;
  if (!force && Date.now() - current.lastCheck < RECHECK_INTERVAL_MS && current.state !== "unknown") {
    return Promise.resolve(current.state === "up");
  }
  current.lastCheck = Date.now();
  current.inFlight = (async () => {
    try {
      await (await getDbHandle()).ping();
      setState("up");
      return true;
    } catch (error) {
      // Anything that stops a `select 1` means the database is not serving.
      setState("down", error);
      if (!isDatabaseUnavailable(error)) console.error("database check failed", error);
      return false;
    } finally {
      current.inFlight = null;
    }
  })();
  return current.inFlight;
}

// Registered as soon as the app loads this module, so the server can ask before rendering.
health();
