import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countRows, openPglite } from "./client";
import { copyPgliteTemplate, savePgliteTemplate, usablePgliteTemplate } from "./pglite-template";
import { seedDatabase } from "./seed/seed-database";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-template-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the embedded database's template", () => {
  it("gives a new folder a database already migrated and seeded, and is refused once the migrations it was made from change", async () => {
    const source = path.join(tmp, "made");
    const made = await openPglite({ dir: source });
    await made.migrate();
    await seedDatabase(made.db);
    const sources = await countRows(made.db, "sources");
    const claims = await countRows(made.db, "claims");
    await made.close();
    const templateDir = path.join(tmp, "template");
    savePgliteTemplate(source, templateDir);

    const template = usablePgliteTemplate(templateDir);
    expect(template).toBe(templateDir);
    const dir = path.join(tmp, "new", "pglite");
    copyPgliteTemplate(templateDir, dir);
    // A second start racing the first keeps the first one's copy.
    copyPgliteTemplate(templateDir, dir);
    expect(fs.readdirSync(path.dirname(dir))).toEqual(["pglite"]);
    const opened = await openPglite({ dir });
    try {
      expect(await countRows(opened.db, "sources")).toBe(sources);
      expect(await countRows(opened.db, "claims")).toBe(claims);
      expect(claims).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }

    // A template made from other migrations (another fingerprint) is not used.
    const meta = `${templateDir}.json`;
    fs.writeFileSync(meta, JSON.stringify({ ...JSON.parse(fs.readFileSync(meta, "utf8")), fingerprint: "other" }));
    expect(usablePgliteTemplate(templateDir)).toBeNull();
    expect(usablePgliteTemplate(path.join(tmp, "missing"))).toBeNull();
    // Two PGlite starts and a seed: slow on a busy machine.
  }, 180_000);
});
