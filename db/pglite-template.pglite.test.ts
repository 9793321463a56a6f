import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countRows, openPglite } from "./client";
import { readPgliteTemplate, writePgliteTemplate } from "./pglite-template";
import { seedDatabase } from "./seed/seed-database";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-template-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the embedded database's template", () => {
  it("opens a new folder already migrated and seeded, and is refused once the migrations it was made from change", async () => {
    const made = await openPglite();
    await made.migrate();
    await seedDatabase(made.db);
    const sources = await countRows(made.db, "sources");
    const claims = await countRows(made.db, "claims");
    const dump = await made.client.dumpDataDir("gzip");
    await made.close();
    const file = path.join(tmp, "template.tar.gz");
    writePgliteTemplate(new Uint8Array(await dump.arrayBuffer()), file);

    const template = readPgliteTemplate(file);
    expect(template).not.toBeNull();
    const dir = path.join(tmp, "pglite");
    const opened = await openPglite({ dir, loadDataDir: template });
    try {
      expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(true);
      expect(await countRows(opened.db, "sources")).toBe(sources);
      expect(await countRows(opened.db, "claims")).toBe(claims);
      expect(claims).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }

    // A template made from other migrations (another fingerprint) is not used.
    const meta = `${file}.json`;
    fs.writeFileSync(meta, JSON.stringify({ ...JSON.parse(fs.readFileSync(meta, "utf8")), fingerprint: "other" }));
    expect(readPgliteTemplate(file)).toBeNull();
    expect(readPgliteTemplate(path.join(tmp, "missing.tar.gz"))).toBeNull();
  });
});
