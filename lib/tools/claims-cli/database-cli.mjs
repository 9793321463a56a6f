// Bundles and runs lib/tools/sources-cli.ts (`claims import`, `claims reextract`), like bin.mjs does for
// the engine: esbuild once into .cache/, rebuilt when any source it may include is newer. npm
// packages are left external and load from node_modules as usual.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runBundled } from "./bundle.mjs";

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
  await runBundled({
    entry: join(root, "lib", "tools", "sources-cli.ts"),
    outfile: join(root, ".cache", "sources-cli.mjs"),
    newest: Math.max(...SOURCE_DIRS.map((dir) => newestSource(join(root, dir)))),
    options: { packages: "external", tsconfig: join(root, "tsconfig.json") },
  });
}
