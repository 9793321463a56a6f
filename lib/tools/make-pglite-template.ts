/**
 * `npm run build`'s last step: the embedded database's template (db/pglite-template.ts). A PGlite
 * in a scratch folder is created, migrated and seeded exactly as a first start would, closed, and
 * kept as the template.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPglite } from "@/db/client";
import { PGLITE_TEMPLATE_DIR, savePgliteTemplate } from "@/db/pglite-template";
import { seedDatabase, seedDemoAccounts } from "@/db/seed/seed-database";

const started = performance.now();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-template-"));
const dir = path.join(scratch, "pglite");
try {
  const handle = await openPglite({ dir });
  try {
    await handle.migrate();
    await seedDatabase(handle.db);
    await seedDemoAccounts(handle.db);
  } finally {
    await handle.close();
  }
  savePgliteTemplate(dir);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
console.log(`Embedded database template: ${PGLITE_TEMPLATE_DIR} (${Math.round(performance.now() - started)} ms)`);
