/**
 * `npm run bench [-- engine|import] [options]`: the benchmarks, one after the other by default.
 *
 *   engine   lib/tools/bench/engine.ts: extraction speed through the command line (the lead's).
 *   import   lib/tools/bench/sources.ts: 10,000 releases imported into PGlite and PostgreSQL, then the
 *            claim list's queries timed at 500,000 claims. Options after the name go to it
 *            (e.g. `npm run bench -- import --backend=postgres`).
 *   data     lib/tools/bench/datasets.ts: suggestions for one claim with 100 datasets of 10,000 rows,
 *            on PGlite and PostgreSQL (issue 16).
 *   data-import  lib/tools/bench/datasets-import.ts: a 100 MB, 1,000,000-row CSV streamed into a dataset
 *            on both, time and peak memory; then the same file with a ragged last row refused.
 *   accuracy lib/tools/bench/accuracy/run.ts: the suggestions benchmark (top-1/top-3, badges that say
 *            "differs") through the database, as the claim page runs it (issue 16).
 *   pages    lib/tools/bench/pages.ts: the pages of issue 14 against the production build (`npm run
 *            build` first) beside a static file, on PGlite and PostgreSQL; `-- pages --scale` adds
 *            the ~500,000-claim runs. Only when named (it needs the build).
 *
 * Each runs in its own Node process. The import bench runs with the "react-server" export
 * condition so the data layer's `import "server-only"` resolves as it does inside Next.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const BENCHES = {
  engine: { file: "lib/tools/bench/engine.ts", nodeArgs: [] as string[] },
  import: { file: "lib/tools/bench/sources.ts", nodeArgs: ["--conditions=react-server"] },
  data: { file: "lib/tools/bench/datasets.ts", nodeArgs: [] as string[] },
  "data-import": { file: "lib/tools/bench/datasets-import.ts", nodeArgs: [] as string[] },
  accuracy: { file: "lib/tools/bench/accuracy/run.ts", nodeArgs: [] as string[] },
  pages: { file: "lib/tools/bench/pages.ts", nodeArgs: [] as string[] },
} as const;
type BenchName = keyof typeof BENCHES;

const [first, ...rest] = process.argv.slice(2);
const isBench = (name: string | undefined): name is BenchName => name !== undefined && name in BENCHES;
if (first !== undefined && !isBench(first)) {
  console.error(`Unknown benchmark "${first}". Use: npm run bench [-- ${Object.keys(BENCHES).join("|")} [options]]`);
  process.exit(2);
}
const chosen: BenchName[] = isBench(first) ? [first] : ["engine", "import", "data", "data-import", "accuracy"]; // pages only by name

let failed = false;
for (const name of chosen) {
  const { file, nodeArgs } = BENCHES[name];
  console.log(`\n======== bench: ${name} (${file}) ========`);
  const run = spawnSync(process.execPath, ["--import", "tsx", ...nodeArgs, path.resolve(file), ...(isBench(first) ? rest : [])], {
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error(`bench ${name} failed (exit ${run.status ?? run.signal})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
