// Import boundaries for dependency-cruiser (`npm run lint:imports`, and in `npm test`). The matrix,
// the layer order and the known cycles live in lib/tools/import-rules.cjs (see its header);
// loading it here refuses a MAY_IMPORT that would allow a new folder cycle.
const { LEAVES, MAY_IMPORT, checkLayers, nestedUnits } = require("./lib/tools/import-rules.cjs");

checkLayers();

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const end = (path) => (path.endsWith(".ts") ? "$" : "(/|$)");
// A folder's files without its nested rows (db/enums.ts, db/seed/seed-database.ts), unless `keep` names them.
const unit = (folder, keep = []) => {
  const nested = nestedUnits(folder).filter((inner) => !keep.includes(inner));
  return `^${escape(folder)}${nested.map((inner) => `(?!${escape(inner.slice(folder.length))}${end(inner)})`).join("")}${end(folder)}`;
};
const appFolders = "^(app|components|lib|db)/|^(proxy|next\\.config|instrumentation)\\.ts$";

module.exports = {
  forbidden: [
    ...Object.entries(MAY_IMPORT).map(([from, allowed]) => ({
      name: `may-import:${from}`,
      comment: `${from} may import only ${allowed.length ? allowed.join(", ") : "itself"} (ARCHITECTURE.md §2).`,
      severity: "error",
      from: { path: unit(from), pathNot: "\\.test\\.ts$" },
      to: { path: appFolders, pathNot: [unit(from), ...allowed.map((folder) => unit(folder, allowed))] },
    })),
    {
      name: "leaves-stay-leaves",
      comment: `${LEAVES.join(", ")} import no other folder of the app but db/enums.ts.`,
      severity: "error",
      from: { path: LEAVES.map((leaf) => unit(leaf)) },
      to: { path: appFolders, pathNot: [...LEAVES.map((leaf) => unit(leaf)), "^db/enums\\.ts$"] },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["\\.test\\.ts$", "^e2e/", "^docs/", "node_modules", "^\\.next/", "^\\.cache/", "(^|/)testing(/|\\.ts$)"] },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".mjs", ".js"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
