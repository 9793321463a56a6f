/**
 * Once per `postgres` project run: create a template database on TEST_DATABASE_URL's server,
 * migrate and seed it. Each test file then gets its own `CREATE DATABASE … TEMPLATE` copy.
 */
import type { TestProject } from "vitest/node";
import { openPostgres } from "../client";
import { seedDatabase } from "../seed/seed-database";
import { adminUrl, dropDatabase, withAdmin } from "./postgres-admin";

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error("The postgres test project needs TEST_DATABASE_URL, e.g. postgres://postgres:postgres@127.0.0.1:5432/claimdesk_test");
  }
  const started = performance.now();
  const template = `claimdesk_tpl_${process.pid}_${Date.now().toString(36)}`;
  await withAdmin(url, (sql) => sql.unsafe(`CREATE DATABASE "${template}"`));
  try {
    const handle = openPostgres(adminUrl(url, template), { max: 1 });
    try {
      await handle.migrate();
      await seedDatabase(handle.db);
    } finally {
      await handle.close();
    }
  } catch (error) {
    await dropDatabase(url, template);
    throw error;
  }
  project.provide("postgresTemplate", { url, template });
  console.log(`postgres: migrated and seeded template ${template} in ${Math.round(performance.now() - started)} ms`);

  return () => dropDatabase(url, template);
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: { url: string; template: string };
  }
}
