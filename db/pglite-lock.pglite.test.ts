import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquirePgliteLock, lockPathFor, PgliteLockedError } from "./pglite-lock";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-lock-"));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  fs.rmSync(tmp, { recursive: true, force: true });
});

function run(dir: string, mode: "hold" | "lock" | "once") {
  // `node --import tsx` keeps it one process (the tsx CLI would put a wrapper around it), so the
  // pid in the lock file is the child's pid and SIGKILL really kills the holder.
  const child = spawn(process.execPath, ["--import", "tsx", "db/testing/hold-pglite.ts", dir, mode], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", () => stdout.includes("opened") && resolve());
    void exited.then((r) => reject(new Error(`child exited ${r.code} before opening: ${r.stderr}`)));
  });
  opened.catch(() => {}); // Awaited only where a test expects the child to open.
  return { child, exited, opened };
}

describe("PGlite folder lock", () => {
  it("refuses a second process while the first holds the folder, then lets one in after it dies", async () => {
    // The parent folder does not exist yet: opening must create it.
    const dir = path.join(tmp, "nested", "pglite");
    // The holder only takes the lock; the others go through openPglite, the path getDb() uses.
    const first = run(dir, "lock");
    await first.opened;
    expect(fs.readFileSync(lockPathFor(dir), "utf8").trim()).toBe(String(first.child.pid));

    const second = await run(dir, "once").exited;
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(dir);
    expect(second.stderr).toContain(`pid ${first.child.pid}`);
    expect(second.stderr).toContain("DATABASE_URL");

    // Killed without cleanup: the lock is stale and the next process takes it over.
    first.child.kill("SIGKILL");
    await first.exited;
    expect(fs.existsSync(lockPathFor(dir))).toBe(true);
    const third = await run(dir, "once").exited;
    expect(third.stderr).toBe("");
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/^opened \d+/);
    // A clean exit releases the lock.
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  }, 120_000);

  it("refuses a second open in the same process and releases on request", () => {
    const dir = path.join(tmp, "in-process");
    const release = acquirePgliteLock(dir);
    expect(() => acquirePgliteLock(dir)).toThrow(/already held by this process/);
    release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
    acquirePgliteLock(dir)();
  });

  it("names the folder, the pid and the way out in its message", () => {
    const error = new PgliteLockedError("/srv/data/pglite", 4242);
    expect(error.message).toContain("/srv/data/pglite");
    expect(error.message).toContain("pid 4242");
    expect(error.message).toMatch(/DATABASE_URL/);
  });
});
