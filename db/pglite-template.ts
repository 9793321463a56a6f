/**
 * The embedded database's template: a PGlite data folder already created, migrated and seeded
 * (releases, claims, demo accounts), made by `npm run build` (lib/tools/make-pglite-template.ts) under
 * .next/claimdesk/pglite-template. On the first start in an empty folder db/client.ts copies it into
 * place (a plain file copy, then a rename, so two starts at once cannot mix their copies) instead of
 * running initdb, the migrations and the seed (README "First start from a template"). It is used
 * only while it matches the migrations and seed files it was made from (a fingerprint beside it);
 * otherwise the first start does the work itself, as before.
 */
import { EXTRACTOR_VERSION } from "@/lib/engine";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const PGLITE_TEMPLATE_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".next/claimdesk/pglite-template");
const metaOf = (dir: string) => `${dir}.json`;

/** What the template depends on: every migration and seed file, by content. */
export function templateFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  // The seed's claims are the engine's: a new engine version makes a new template.
  hash.update(`engine ${EXTRACTOR_VERSION}\0`);
  for (const dir of ["db/migrations", "db/migrations/meta", "db/seed", "db/seed/releases"]) {
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

/** The template folder, or null when there is none or it is out of date. */
export function usablePgliteTemplate(dir = PGLITE_TEMPLATE_DIR): string | null {
  try {
    const meta = JSON.parse(fs.readFileSync(metaOf(dir), "utf8")) as { fingerprint?: string };
    if (meta.fingerprint !== templateFingerprint() || !fs.existsSync(path.join(dir, "PG_VERSION"))) return null;
    return dir;
  } catch {
    return null;
  }
}

/** Keeps a closed PGlite data folder as the template (lib/tools/make-pglite-template.ts, at build time). */
export function savePgliteTemplate(from: string, dir = PGLITE_TEMPLATE_DIR): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(metaOf(dir), { force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.cpSync(from, dir, { recursive: true });
  fs.writeFileSync(metaOf(dir), `${JSON.stringify({ fingerprint: templateFingerprint(), madeAt: new Date().toISOString() })}\n`);
}

/**
 * Makes `target` a copy of the template: copied beside it, then renamed into place. When another
 * process made it first, its copy stays and this one is dropped.
 */
export function copyPgliteTemplate(template: string, target: string): void {
  const staging = `${target}.template-${process.pid}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(template, staging, { recursive: true });
  try {
    fs.renameSync(staging, target);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(target, "PG_VERSION"))) throw error;
  }
}
