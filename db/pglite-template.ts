/**
 * The embedded database's template: a PGlite data folder already created, migrated and seeded
 * (releases, claims, demo accounts), dumped to one .tar.gz by `npm run build` (db/make-template.ts).
 * On the first start in an empty folder db/client.ts loads it instead of running initdb, the
 * migrations and the seed (7–16 s before, README "First start"). It is used only while it matches
 * the migrations and seed files it was made from (a fingerprint beside it); otherwise the first
 * start does the work itself, as before.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const PGLITE_TEMPLATE_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".next/claimdesk/pglite-template.tar.gz");
const META_SUFFIX = ".json";

/** What the template depends on: every migration and seed file, by content. */
export function templateFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  const dirs = ["db/migrations", "db/migrations/meta", "db/seed", "db/seed/releases"];
  for (const dir of dirs) {
    const full = path.resolve(/*turbopackIgnore: true*/ root, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).sort()) {
      const file = path.join(full, name);
      if (!fs.statSync(file).isFile()) continue;
      hash.update(`${dir}/${name}\0`);
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex");
}

/** The template as a Blob for PGlite's loadDataDir, or null when there is none or it is out of date. */
export function readPgliteTemplate(file = PGLITE_TEMPLATE_FILE): Blob | null {
  try {
    const meta = JSON.parse(fs.readFileSync(`${file}${META_SUFFIX}`, "utf8")) as { fingerprint?: string };
    if (meta.fingerprint !== templateFingerprint()) return null;
    return new Blob([fs.readFileSync(file)]);
  } catch {
    return null;
  }
}

/** Writes the template (db/make-template.ts, at build time). */
export function writePgliteTemplate(dump: Uint8Array, file = PGLITE_TEMPLATE_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, dump);
  fs.writeFileSync(`${file}${META_SUFFIX}`, `${JSON.stringify({ fingerprint: templateFingerprint(), madeAt: new Date().toISOString() })}\n`);
}
