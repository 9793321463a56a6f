// Runs a TypeScript command line at full speed: esbuild bundles it once into .cache/ and again only
// when a source is newer than the bundle (bin.mjs and database-cli.mjs say which sources count).
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Builds `entry` into `outfile` when the bundle is missing or older than `newest` (a modification
 * time in ms), then imports it. `options` adds to or overrides the esbuild settings.
 */
export async function runBundled({ entry, outfile, newest, options = {} }) {
  if (!existsSync(outfile) || statSync(outfile).mtimeMs < newest) {
    const { build } = await import("esbuild");
    mkdirSync(dirname(outfile), { recursive: true });
    const result = await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "warning",
      write: false,
      ...options,
    });
    // Several processes may build at once (parallel tests): write aside, then rename atomically.
    for (const file of result.outputFiles) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(tmp, file.contents);
      renameSync(tmp, file.path);
    }
  }
  await import(pathToFileURL(outfile).href);
}
