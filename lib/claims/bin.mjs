#!/usr/bin/env node
// Runs the engine's command line (lib/claims/cli.ts) at full speed: the TypeScript is bundled once
// with esbuild into .cache/ and rebuilt only when a source file is newer than the bundle. Running it
// through tsx instead costs about a second of start-up on every call, more than extracting 5 MB.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

// The database commands (import, reextract) live in lib/sources/cli.ts: a separate bundle whose
// npm packages stay external (PGlite loads its WebAssembly from its own folder).
const DATABASE_COMMANDS = new Set(["import", "reextract"]);
if (DATABASE_COMMANDS.has(process.argv[2] ?? "")) {
  const { runDatabaseCli } = await import("./database-cli.mjs");
  await runDatabaseCli(root);
  process.exit(process.exitCode ?? 0);
}

const outfile = join(root, ".cache", "claims-cli.mjs");

function newestSource() {
  let newest = 0;
  for (const name of readdirSync(here)) {
    if (name.endsWith(".ts") && !name.endsWith(".test.ts")) newest = Math.max(newest, statSync(join(here, name)).mtimeMs);
  }
  return newest;
}

if (!existsSync(outfile) || statSync(outfile).mtimeMs < newestSource()) {
  const { build } = await import("esbuild");
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({
    entryPoints: [join(here, "cli.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    write: false,
  });
  // Several processes may build at once (parallel tests): write aside, then rename atomically.
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}
await import(pathToFileURL(outfile).href);
