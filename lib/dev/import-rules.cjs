// Import boundaries, checked by `npm run lint:imports` and in `npm test` (lib/dev/run-tests.ts).
//
// MAY_IMPORT is ARCHITECTURE.md §2's matrix (lib/dev/architecture.test.ts checks that the two say
// the same): for each folder (a top-level folder, one folder of lib/, or a root file), the folders
// it may import. dependency-cruiser fails on any import outside it.
//
// LAYERS orders the folders top to bottom. An allowed import must point down, except the few in
// KNOWN_UPWARD, each one a folder cycle that exists today (ARCHITECTURE.md "Known exceptions"; a
// later pass that moves lib/ by domain removes them). Loading this file throws when MAY_IMPORT
// holds an upward import KNOWN_UPWARD does not list, or KNOWN_UPWARD lists one no longer allowed:
// so allowing a new folder cycle fails the check, and one fixed cannot silently come back.

/** Folders that import nothing of the app but db/enums.ts and their own files. */
const LEAVES = ["lib/claims", "lib/anchoring", "lib/http", "lib/exports", "lib/validation", "lib/workflow", "lib/errors.ts", "lib/env.ts"];

/** from → the folders it may import (itself always). "db" is db/ and its subfolders. */
const MAY_IMPORT = {
  "proxy.ts": ["lib/auth", "lib/http"],
  "next.config.ts": ["lib/auth", "lib/env.ts", "lib/http", "lib/ingest"],
  "instrumentation.ts": ["lib/data", "lib/env.ts", "lib/errors.ts"],
  app: ["components", "lib/annotations", "lib/auth", "lib/claims-review", "lib/data", "lib/datasets", "lib/errors.ts", "lib/exports", "lib/ingest", "lib/review", "lib/validation", "lib/http", "lib/env.ts", "db"],
  components: ["app", "lib/actions", "lib/auth", "lib/claims", "lib/claims-review", "lib/data", "lib/datasets", "lib/ingest", "lib/sources", "lib/validation", "lib/workflow", "db"],
  "lib/actions": ["lib/auth", "lib/claims-review", "lib/data", "lib/datasets", "lib/errors.ts", "lib/ingest", "lib/review", "lib/validation", "db"],
  "lib/review": ["lib/auth", "lib/claims", "lib/errors.ts", "lib/sources", "lib/validation", "lib/workflow", "db"],
  "lib/datasets": ["lib/auth", "lib/claims", "lib/claims-review", "lib/review", "lib/sources", "lib/validation", "db"],
  "lib/ingest": ["lib/auth", "lib/env.ts", "lib/errors.ts", "lib/review", "lib/sources", "lib/validation", "db"],
  "lib/data": ["lib/annotations", "lib/auth", "lib/claims", "lib/claims-review", "lib/env.ts", "lib/errors.ts", "lib/review", "lib/sources", "lib/validation", "lib/workflow", "db"],
  "lib/sources": ["lib/anchoring", "lib/claims", "lib/data", "lib/datasets", "lib/ingest", "lib/validation", "db"],
  "lib/auth": ["lib/env.ts", "lib/http", "lib/review", "lib/validation", "db"],
  "lib/claims-review": ["lib/claims", "lib/data", "lib/env.ts", "lib/http", "lib/validation"],
  "lib/annotations": ["lib/claims-review", "lib/validation"],
  "lib/dev": [],
  "lib/claims": [],
  "lib/anchoring": ["db"],
  "lib/http": ["lib/env.ts"],
  "lib/exports": ["lib/validation"],
  "lib/validation": ["db"],
  "lib/workflow": ["db"],
  "lib/errors.ts": [],
  "lib/env.ts": [],
  db: ["lib/claims", "lib/datasets", "lib/env.ts", "lib/errors.ts", "lib/auth", "lib/sources"],
};

/** Top to bottom: a folder may import the folders below it. */
const LAYERS = [
  "proxy.ts",
  "next.config.ts",
  "instrumentation.ts",
  "app",
  "components",
  "lib/actions",
  "lib/datasets",
  "lib/ingest",
  "lib/data",
  "lib/review",
  "lib/auth",
  "lib/sources",
  "lib/annotations",
  "lib/claims-review",
  "lib/exports",
  "lib/http",
  "lib/anchoring",
  "lib/validation",
  "lib/workflow",
  "lib/dev",
  "db",
  "lib/claims",
  "lib/env.ts",
  "lib/errors.ts",
];

/** The upward imports that exist today, each a folder cycle, with the files that make it. */
const KNOWN_UPWARD = {
  "components -> app": "components/claim-filters.tsx imports DEFAULT_PAGE_SIZE and query types from app/_lib/claim-query.ts",
  "lib/auth -> lib/review": "lib/auth/oauth.ts and user-cli.ts use the user cores of lib/review/users.ts (and defineMutation)",
  "lib/sources -> lib/data": "lib/sources/bench.ts measures the lib/data reads",
  "lib/sources -> lib/datasets": "lib/sources/cli.ts runs the dataset import command (lib/datasets/cli.ts)",
  "lib/sources -> lib/ingest": "lib/sources/files.ts converts files with lib/ingest (the bulk CLI)",
  "lib/claims-review -> lib/data": "lib/claims-review/json-ld.ts uses lib/data/stray-quotes.ts",
  "db -> lib/datasets": "db/schema.ts types a jsonb column with lib/datasets/columns.ts",
  "db -> lib/auth": "db/seed/seed-database.ts hashes the demo passwords (lib/auth/password.ts)",
  "db -> lib/sources": "db/seed/seed-database.ts stores the seed through lib/sources/import.ts",
};

function checkLayers() {
  const upward = [];
  for (const [from, allowed] of Object.entries(MAY_IMPORT)) {
    if (!LAYERS.includes(from)) throw new Error(`.dependency-cruiser.cjs: ${from} is in MAY_IMPORT but not in LAYERS`);
    for (const to of allowed) {
      if (!LAYERS.includes(to)) throw new Error(`.dependency-cruiser.cjs: ${to} is allowed but not in LAYERS`);
      if (LAYERS.indexOf(to) < LAYERS.indexOf(from)) upward.push(`${from} -> ${to}`);
    }
  }
  const unknown = upward.filter((edge) => !(edge in KNOWN_UPWARD));
  if (unknown.length) throw new Error(`.dependency-cruiser.cjs: a new folder cycle: ${unknown.join(", ")} point(s) up (see LAYERS)`);
  const stale = Object.keys(KNOWN_UPWARD).filter((edge) => !upward.includes(edge));
  if (stale.length) throw new Error(`.dependency-cruiser.cjs: KNOWN_UPWARD lists ${stale.join(", ")}, no longer allowed: remove it`);
}

module.exports = { LEAVES, MAY_IMPORT, LAYERS, KNOWN_UPWARD, checkLayers };
