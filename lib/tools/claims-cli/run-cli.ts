/** Test helper: runs the engine's command line as a user would, in a child process. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("./bin.mjs", import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string | Buffer, timeoutMs = 120_000): CliResult {
  const run = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", maxBuffer: 512 << 20, timeout: timeoutMs });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
