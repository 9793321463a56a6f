#!/usr/bin/env node
// Bundles the conversion worker (lib/ingest/convert-worker.ts) into .cache/ingest-worker.mjs, which
// worker_threads can start without TypeScript tooling: in `next start`, the CLIs and the tests alike.
// Rebuilt only when a source in lib/ingest is newer than the bundle. `npm run build` runs it first;
// the pool (lib/ingest/worker-pool.ts) runs it once per process, so a stale bundle is never used.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
export const WORKER_BUNDLE = join(root, ".cache", "ingest-worker.mjs");

function newestSource() {
  let newest = 0;
  for (const name of readdirSync(here)) {
    if ((name.endsWith(".ts") || name.endsWith(".mjs")) && !name.endsWith(".test.ts")) {
      newest = Math.max(newest, statSync(join(here, name)).mtimeMs);
    }
  }
  return newest;
}

export async function ensureWorkerBundle() {
  if (existsSync(WORKER_BUNDLE) && statSync(WORKER_BUNDLE).mtimeMs >= newestSource()) return WORKER_BUNDLE;
  const { build } = await import("esbuild");
  mkdirSync(dirname(WORKER_BUNDLE), { recursive: true });
  const result = await build({
    entryPoints: [join(here, "convert-worker.ts")],
    outfile: WORKER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    write: false,
    // PDF.js loads its own parts at run time; linkedom's canvas support is optional.
    external: ["unpdf", "canvas"],
    // Some bundled CommonJS packages call require(): give the ES module one.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  // Several processes may build at once (parallel tests): write aside, then rename atomically.
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
  return WORKER_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await ensureWorkerBundle();
}
