/**
 * An exclusive, process-level lock for a PGlite data folder.
 *
 * PGlite has no lock of its own: two processes on one folder silently lose writes. So before
 * opening a folder we create `<dir>.lock` atomically (O_EXCL) holding our pid. A lock whose pid is
 * no longer alive is stale (the holder was killed) and is taken over.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class PgliteLockedError extends Error {
  override name = "PgliteLockedError";
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database folder ${dir} is in use by another process (pid ${pid}). ` +
        `PGlite cannot be shared between processes. Stop that process (kill ${pid}) and try again, ` +
        `point this process at another folder with PGLITE_DIR, ` +
        `or set DATABASE_URL to use a PostgreSQL server that many processes can share.`,
    );
  }
}

/** Signals that end a process by default; a SIGKILL leaves a stale lock, which the next process takes over. */
const EXIT_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export function lockPathFor(dir: string): string {
  return `${path.resolve(dir)}.lock`;
}

/**
 * Takes the lock for `dir` (creating the parent folder) and returns a function that releases it.
 * The lock is also released when the process exits normally.
 * @throws PgliteLockedError when a live process holds it.
 */
export function acquirePgliteLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      let released = false;
      const onSignal = (signal: NodeJS.Signals) => {
        release();
        // We only wanted to clean up: if nobody else handles the signal, exit as its default would.
        if (process.listenerCount(signal) === 0) process.exit(128 + (os.constants.signals[signal] ?? 0));
      };
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        for (const signal of EXIT_SIGNALS) process.off(signal, onSignal);
        // Only remove a lock that is still ours.
        if (readPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      for (const signal of EXIT_SIGNALS) process.once(signal, onSignal);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }

    const holder = readPid(lockPath);
    if (holder === null) {
      // Vanished between our attempts, or is being written right now: try again shortly.
      sleepSync(20);
      continue;
    }
    if (holder === process.pid) {
      throw new Error(`${lockPath} is already held by this process: open the database once per process (use getDb()).`);
    }
    if (isAlive(holder)) throw new PgliteLockedError(path.resolve(dir), holder);
    // Stale: the holder died without cleaning up. Remove it only if it is still the same stale lock.
    if (readPid(lockPath) === holder) fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}; remove it if no process is using ${dir}.`);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
