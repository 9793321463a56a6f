// Import boundaries, checked by `npm run lint:imports` and in `npm test` (lib/tools/run-tests.ts).
//
// MAY_IMPORT is ARCHITECTURE.md §2's matrix (lib/tools/architecture.test.ts checks that the two say
// the same): for each folder (a top-level folder, one folder of lib/, or a root file), the folders
// it may import. dependency-cruiser fails on any import outside it.
//
// LAYERS orders the folders top to bottom. An allowed import must point down, except the few in
// KNOWN_UPWARD, each one a folder cycle that exists today (ARCHITECTURE.md "Known exceptions").
// Loading this file throws when MAY_IMPORT
// holds an upward import KNOWN_UPWARD does not list, or KNOWN_UPWARD lists one no longer allowed:
// so allowing a new folder cycle fails the check, and one fixed cannot silently come back.

/** Folders that import nothing of the app but db/enums.ts and their own files. */
const LEAVES = ["lib/engine", "lib/anchoring", "lib/http", "lib/core", "lib/ingest"];

/**
 * from → the folders it may import (itself always). "db" is db/ and its subfolders but for the two
 * files that are rows of their own: db/enums.ts (the enumerated values, below lib/core) and
 * db/seed/seed-database.ts (the seed, stored through lib/sources like every release).
 */
const MAY_IMPORT = {
  "proxy.ts": ["lib/auth", "lib/http"],
  "next.config.ts": ["lib/auth", "lib/core", "lib/http", "lib/ingest"],
  "instrumentation.ts": ["db/seed/seed-database.ts", "lib/cache", "lib/core", "db"],
  app: [
    "components",
    "lib/public",
    "lib/sources",
    "lib/workflow",
    "lib/claims",
    "lib/datasets",
    "lib/auth",
    "lib/cache",
    "lib/ingest",
    "lib/http",
    "lib/core",
    "db",
  ],
  components: [
    "lib/public",
    "lib/sources",
    "lib/workflow",
    "lib/claims",
    "lib/datasets",
    "lib/citations",
    "lib/notes",
    "lib/users",
    "lib/actions",
    "lib/auth",
    "lib/ingest",
    "lib/http",
    "lib/core",
    "db",
    "lib/engine",
  ],
  "lib/tools": [
    "db/seed/seed-database.ts",
    "lib/sources",
    "lib/claims",
    "lib/datasets",
    "lib/users",
    "lib/auth",
    "lib/cache",
    "lib/ingest",
    "lib/anchoring",
    "lib/core",
    "db",
    "lib/engine",
  ],
  "db/seed/seed-database.ts": ["lib/sources", "lib/auth", "db"],
  "lib/public": ["lib/workflow", "lib/claims", "lib/cache", "lib/http", "lib/core", "db", "lib/engine"],
  "lib/sources": [
    "lib/claims",
    "lib/datasets",
    "lib/actions",
    "lib/auth",
    "lib/cache",
    "lib/ingest",
    "lib/anchoring",
    "lib/core",
    "db",
    "lib/engine",
  ],
  "lib/workflow": ["lib/claims", "lib/users", "lib/actions", "lib/core", "db", "db/enums.ts", "lib/engine"],
  "lib/claims": ["lib/datasets", "lib/actions", "lib/core", "db", "db/enums.ts", "lib/engine"],
  "lib/datasets": ["lib/actions", "lib/auth", "lib/http", "lib/core", "db", "db/enums.ts"],
  "lib/citations": ["lib/actions", "lib/core", "db"],
  "lib/notes": ["lib/actions", "lib/core", "db"],
  "lib/users": ["lib/actions", "lib/auth", "lib/core", "db"],
  "lib/actions": ["lib/auth", "lib/cache", "lib/core", "db"],
  "lib/auth": ["lib/http", "lib/core", "db"],
  "lib/cache": ["db"],
  "lib/ingest": ["lib/core"],
  "lib/anchoring": [],
  "lib/http": ["lib/core"],
  db: ["lib/core", "db/enums.ts", "lib/engine"],
  "lib/core": ["db/enums.ts"],
  "db/enums.ts": ["lib/engine"],
  "lib/engine": [],
};

/** Top to bottom: a folder may import the folders below it. */
const LAYERS = [
  "proxy.ts",
  "next.config.ts",
  "instrumentation.ts",
  "app",
  "components",
  "lib/tools",
  "db/seed/seed-database.ts",
  "lib/public",
  "lib/sources",
  "lib/workflow",
  "lib/claims",
  "lib/datasets",
  "lib/citations",
  "lib/notes",
  "lib/users",
  "lib/actions",
  "lib/auth",
  "lib/cache",
  "lib/ingest",
  "lib/anchoring",
  "lib/http",
  "db",
  "lib/core",
  "db/enums.ts",
  "lib/engine",
];

/**
 * The upward imports that exist today, each a folder cycle, with the files that make it. None: a new
 * one must be listed here with its reason, and ARCHITECTURE.md's list must say the same.
 */
const KNOWN_UPWARD = {};

/** The more specific rows inside `folder` (db's two files): a rule for `folder` leaves them to their own row. */
function nestedUnits(folder) {
  return LAYERS.filter((other) => other !== folder && other.startsWith(`${folder}/`));
}

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

module.exports = { LEAVES, MAY_IMPORT, LAYERS, KNOWN_UPWARD, checkLayers, nestedUnits };
