#!/usr/bin/env node
// Runs the engine's command line (lib/tools/claims-cli/extract-cli.ts) at full speed: the TypeScript is bundled once
// with esbuild into .cache/ and rebuilt only when a source file is newer than the bundle. Running it
// through tsx instead costs about a second of start-up on every call, more than extracting 5 MB.
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runBundled } from "./bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const engine = join(root, "lib", "engine");

// The database commands (import, reextract) live in lib/tools/sources-cli.ts: a separate bundle whose
// npm packages stay external (PGlite loads its WebAssembly from its own folder).
const DATABASE_COMMANDS = new Set(["import", "reextract", "import-data"]);
if (DATABASE_COMMANDS.has(process.argv[2] ?? "")) {
  const { runDatabaseCli } = await import("./database-cli.mjs");
  await runDatabaseCli(root);
  process.exit(process.exitCode ?? 0);
}

/** The newest source of the command line (this folder) and of the engine it bundles (lib/engine). */
function newestSource(dir = here) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.includes(".test.")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

await runBundled({
  entry: join(here, "extract-cli.ts"),
  outfile: join(root, ".cache", "claims-cli.mjs"),
  newest: Math.max(newestSource(), newestSource(engine)),
});
