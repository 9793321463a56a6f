/**
 * `npm run db:seed`: inserts the seed releases and their extracted claims. Idempotent.
 * Run `npm run db:migrate` first (the embedded database does both on its first start anyway).
 */
import { countRows, describeDbTarget, openFromEnv } from "@/db/client";
import { seedDatabase } from "@/db/seed/seed-database";

async function main() {
  const target = describeDbTarget();
  const handle = await openFromEnv({ max: 1 });
  try {
    const report = await seedDatabase(handle.db);
    const [sourceCount, claimCount] = [await countRows(handle.db, "sources"), await countRows(handle.db, "claims")];
    console.log(
      `db:seed: ${target}: +${report.sourcesInserted} sources, +${report.claimsInserted} claims` +
        ` (now ${sourceCount} sources, ${claimCount} claims)`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
