#!/usr/bin/env node
// Runs the engine's command line (lib/claims/cli.ts) at full speed: the TypeScript is bundled once
// with esbuild into .cache/ and rebuilt only when a source file is newer than the bundle. Running it
// through tsx instead costs about a second of start-up on every call, more than extracting 5 MB.
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runBundled } from "./bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

// The database commands (import, reextract) live in lib/sources/cli.ts: a separate bundle whose
// npm packages stay external (PGlite loads its WebAssembly from its own folder).
const DATABASE_COMMANDS = new Set(["import", "reextract", "import-data"]);
if (DATABASE_COMMANDS.has(process.argv[2] ?? "")) {
  const { runDatabaseCli } = await import("./database-cli.mjs");
  await runDatabaseCli(root);
  process.exit(process.exitCode ?? 0);
}

function newestSource() {
  let newest = 0;
  for (const name of readdirSync(here)) {
    if (name.endsWith(".ts") && !name.endsWith(".test.ts")) newest = Math.max(newest, statSync(join(here, name)).mtimeMs);
    if (name === "rules") for (const rule of readdirSync(join(here, name))) newest = Math.max(newest, statSync(join(here, name, rule)).mtimeMs);
  }
  return newest;
}

await runBundled({ entry: join(here, "cli.ts"), outfile: join(root, ".cache", "claims-cli.mjs"), newest: newestSource() });
