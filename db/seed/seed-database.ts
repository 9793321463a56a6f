/**
 * Idempotent seeding: the four press releases in db/seed/releases, with the engine's claims,
 * through importDocuments like every other release. Running it twice leaves the same rows
 * (sources are keyed by the sha256 of their normalised text).
 */
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { z } from "zod";
import { type Db, setFirstStartSeed } from "../client";
import { hashPassword } from "@/lib/auth/password";
import { importDocuments } from "@/lib/sources/import";
import { sources, users } from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

export const SEED_DIR = path.resolve(process.cwd(), "db/seed");

const releasesFileSchema = z.object({
  releases: z.array(
    z.object({ file: z.string().regex(/^[\w.-]+\.txt$/), title: z.string().min(1), publisher: z.string().min(1).nullable() }),
  ),
});

export interface SeedReport {
  sourcesInserted: number;
  claimsInserted: number;
}

/** Runs every seed step. `onlyIfEmpty`: do nothing when sources already has rows (first start). */
export async function seedDatabase(db: Db, options: { onlyIfEmpty?: boolean } = {}): Promise<SeedReport> {
  if (options.onlyIfEmpty) {
    const [row] = await db.select({ n: count() }).from(sources);
    if ((row?.n ?? 0) > 0) return { sourcesInserted: 0, claimsInserted: 0 };
  }
  return seedReleases(db);
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

/**
 * Demo accounts (reviewer, editor, admin; password DEMO_PASSWORD) for the embedded database's
 * first start only: db/client.ts calls this for PGlite, never for PostgreSQL, and `npm run db:seed`
 * does not. Idempotent (ON CONFLICT (email) DO NOTHING). Returns the emails it created.
 */
export async function seedDemoAccounts(db: Db): Promise<string[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const inserted = await db
    .insert(users)
    .values(DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash })))
    .onConflictDoNothing({ target: users.email })
    .returning({ email: users.email });
  return inserted.map((row) => row.email);
}

export function readSeedReleases(dir = SEED_DIR) {
  const manifest = releasesFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, "releases.json"), "utf8")));
  return manifest.releases.map((release) => ({ ...release, body: fs.readFileSync(path.join(dir, "releases", release.file), "utf8") }));
}

/**
 * The seed releases go in the way every release does: importDocuments (lib/sources/import.ts)
 * normalises and hashes the text, stores the source, its claims and a "source.imported" audit row
 * (no actor) in one transaction, and finds a release already stored ("unchanged"). So a seed
 * release added again in the app is "already in Claim Desk", and seeding twice adds nothing.
 */
export async function seedReleases(db: Db): Promise<SeedReport> {
  const releases = readSeedReleases();
  const outcomes = await importDocuments(
    db,
    releases.map((release) => ({ text: release.body, title: release.title, publisher: release.publisher })),
    { actorId: null },
  );
  const report: SeedReport = { sourcesInserted: 0, claimsInserted: 0 };
  for (const outcome of outcomes) {
    if (outcome.kind !== "created") continue;
    report.sourcesInserted += 1;
    report.claimsInserted += outcome.claims;
  }
  return report;
}

/** Used by tests: find a source id by its text's hash. */
export async function sourceIdByHash(db: Db, contentHash: string): Promise<number | null> {
  const [row] = await db.select({ id: sources.id }).from(sources).where(eq(sources.contentHash, contentHash));
  return row?.id ?? null;
}

/**
 * A new embedded database without the build's template: the four releases and the demo accounts
 * (which exist only in the embedded database, never on PostgreSQL), then how to sign in.
 */
async function seedFirstStart(db: Db, pgliteDir: string): Promise<void> {
  await seedDatabase(db, { onlyIfEmpty: true });
  const created = await seedDemoAccounts(db);
  if (created.length > 0) {
    console.log(
      `Claim Desk: demo accounts created in ${pgliteDir}. Sign in at /sign-in as ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(", ")} with password "${DEMO_PASSWORD}".`,
    );
  }
}

/** Registers the seed for this process's first start of an embedded database (db/client.ts). */
export function seedOnFirstStart(): void {
  setFirstStartSeed(seedFirstStart);
}
