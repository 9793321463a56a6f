/**
 * Once per `pglite` project run: migrate and seed an in-memory PGlite, dump its data folder to a
 * temp file, and hand the path to every test file (which loads its own copy in milliseconds
 * instead of paying PGlite's start-up and migrations again).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "../client";
import { seedDatabase } from "../seed/seed-database";

export default async function setup(project: TestProject) {
  const started = performance.now();
  const handle = await openPglite();
  await handle.migrate();
  await seedDatabase(handle.db);
  const dump = await handle.client.dumpDataDir("gzip");
  await handle.close();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-pglite-"));
  const file = path.join(dir, "seeded.tar.gz");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDump", file);
  console.log(`pglite: migrated and seeded template in ${Math.round(performance.now() - started)} ms`);

  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}
