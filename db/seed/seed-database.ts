/**
 * Idempotent seeding: the four press releases in db/seed/releases, with the engine's claims.
 * Running it twice leaves the same rows (sources are keyed by the sha256 of their text; every
 * insert is ON CONFLICT DO NOTHING).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { z } from "zod";
import * as engine from "@/lib/claims";
import type { Db, Tx } from "../client";
import { hashPassword } from "@/lib/auth/password";
import { toClaimRows } from "@/lib/sources/claim-rows";
import { claims, sources, users } from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

export const SEED_DIR = path.resolve(process.cwd(), "db/seed");

const releasesFileSchema = z.object({
  releases: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+\.txt$/),
      title: z.string().min(1),
      publisher: z.string().min(1).nullable(),
    }),
  ),
});

export interface SeedReport {
  sourcesInserted: number;
  claimsInserted: number;
  /** Engine claims that could not be stored because their offsets do not fit the text. */
  claimsRejected: number;
}

/** Runs every seed step. `onlyIfEmpty`: do nothing when sources already has rows (first start). */
export async function seedDatabase(db: Db, options: { onlyIfEmpty?: boolean } = {}): Promise<SeedReport> {
  if (options.onlyIfEmpty) {
    const [row] = await db.select({ n: count() }).from(sources);
    if ((row?.n ?? 0) > 0) return { sourcesInserted: 0, claimsInserted: 0, claimsRejected: 0 };
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

export function extractorVersion(): string {
  const declared = (engine as Record<string, unknown>).EXTRACTOR_VERSION;
  return typeof declared === "string" && declared ? declared : "lib/claims (unversioned)";
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function readSeedReleases(dir = SEED_DIR) {
  const manifest = releasesFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, "releases.json"), "utf8")));
  return manifest.releases.map((release) => ({
    ...release,
    body: fs.readFileSync(path.join(dir, "releases", release.file), "utf8"),
  }));
}

export async function seedReleases(db: Db): Promise<SeedReport> {
  const report: SeedReport = { sourcesInserted: 0, claimsInserted: 0, claimsRejected: 0 };
  const version = extractorVersion();
  for (const release of readSeedReleases()) {
    const { claims: extracted, checks } = engine.extractClaims(release.body);
    const { rows, rejected } = toClaimRows(release.body, extracted);
    report.claimsRejected += rejected.length;
    for (const claim of rejected) {
      console.warn(`seed: skipped engine claim ${JSON.stringify(claim.text)} at ${claim.start}-${claim.end} in ${release.file}: offsets do not fit the text`);
    }
    // A source and its claims are one unit: both or neither.
    await db.transaction(async (tx: Tx) => {
      const inserted = await tx
        .insert(sources)
        .values({
          title: release.title,
          publisher: release.publisher,
          body: release.body,
          contentHash: sha256Hex(release.body),
          checks,
          extractorVersion: version,
        })
        .onConflictDoNothing({ target: sources.contentHash })
        .returning({ id: sources.id });
      const sourceId = inserted[0]?.id;
      if (sourceId === undefined) return; // Already seeded: same text, same hash.
      report.sourcesInserted += 1;
      if (rows.length === 0) return;
      const insertedClaims = await tx
        .insert(claims)
        .values(rows.map((row) => ({ ...row, sourceId })))
        .onConflictDoNothing()
        .returning({ id: claims.id });
      report.claimsInserted += insertedClaims.length;
    });
  }
  return report;
}

/** Maps engine claims to rows (moved to lib/sources/claim-rows.ts, the one path from text to claims). */
export { toClaimRows } from "@/lib/sources/claim-rows";

/** Used by tests: find a source id by its text's hash. */
export async function sourceIdByHash(db: Db, contentHash: string): Promise<number | null> {
  const [row] = await db.select({ id: sources.id }).from(sources).where(eq(sources.contentHash, contentHash));
  return row?.id ?? null;
}
