/**
 * Child process for the lock test: opens PGlite in the folder given as argv[2].
 *   hold — print "opened <pid>" and keep the database open until killed.
 *   lock — like hold, but only take the folder's lock (no PGlite start-up: quicker in tests).
 *   once — open, print "opened <pid>", close, exit 0.
 * Exits 3 with the error message on stderr when the folder is locked.
 */
import { openPglite } from "../client";
import { acquirePgliteLock, PgliteLockedError } from "../pglite-lock";

const [dir, mode = "once"] = process.argv.slice(2);
if (!dir) throw new Error("usage: hold-pglite.ts <dir> [hold|once]");

try {
  if (mode === "lock") {
    acquirePgliteLock(dir);
    console.log(`opened ${process.pid}`);
    setInterval(() => {}, 60_000);
  } else {
    await openAndQuery(dir, mode);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof PgliteLockedError ? 3 : 1);
}

async function openAndQuery(dir: string, mode: string) {
  const handle = await openPglite({ dir });
  await handle.client.query("select 1");
  console.log(`opened ${process.pid}`);
  if (mode === "hold") {
    setInterval(() => {}, 60_000);
  } else {
    await handle.close();
  }
}
