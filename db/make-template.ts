/**
 * `npm run build`'s last step: the embedded database's template (db/pglite-template.ts). An
 * in-memory PGlite is created, migrated and seeded exactly as a first start would, then dumped.
 */
import { openPglite } from "./client";
import { PGLITE_TEMPLATE_FILE, writePgliteTemplate } from "./pglite-template";
import { seedDatabase, seedDemoAccounts } from "./seed/seed-database";

const started = performance.now();
const handle = await openPglite();
try {
  await handle.migrate();
  await seedDatabase(handle.db);
  await seedDemoAccounts(handle.db);
  const dump = await handle.client.dumpDataDir("gzip");
  writePgliteTemplate(new Uint8Array(await dump.arrayBuffer()));
} finally {
  await handle.close();
}
console.log(`Embedded database template: ${PGLITE_TEMPLATE_FILE} (${Math.round(performance.now() - started)} ms)`);
