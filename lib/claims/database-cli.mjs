// Bundles and runs lib/sources/cli.ts (`claims import`, `claims reextract`), like bin.mjs does for
// the engine: esbuild once into .cache/, rebuilt when any source it may include is newer. npm
// packages are left external and load from node_modules as usual.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const SOURCE_DIRS = ["lib", "db"];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) newest = Math.max(newest, newestSource(full));
    } else if (/\.(ts|mjs|json)$/.test(entry.name) && !entry.name.includes(".test.")) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

export async function runDatabaseCli(root) {
  const outfile = join(root, ".cache", "sources-cli.mjs");
  const newest = Math.max(...SOURCE_DIRS.map((dir) => newestSource(join(root, dir))));
  if (!existsSync(outfile) || statSync(outfile).mtimeMs < newest) {
    const { build } = await import("esbuild");
    mkdirSync(dirname(outfile), { recursive: true });
    const result = await build({
      entryPoints: [join(root, "lib", "sources", "cli.ts")],
      outfile,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      tsconfig: join(root, "tsconfig.json"),
      logLevel: "warning",
      write: false,
    });
    for (const file of result.outputFiles) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(tmp, file.contents);
      renameSync(tmp, file.path);
    }
  }
  await import(pathToFileURL(outfile).href);
}
