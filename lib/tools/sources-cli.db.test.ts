/**
 * `npm run claims -- import` as a user runs it: a real child process (node lib/tools/claims-cli/bin.mjs) on a
 * real database — a PGlite folder of its own in the pglite project, a PostgreSQL database copied
 * from the seeded template (DATABASE_URL) in the postgres project.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importFiles, sources } from "@/db/schema";
import { cliDatabase } from "@/db/testing/cli-database";
import { testDatabase } from "@/db/testing/test-db";
import { makePdf } from "@/lib/ingest/testing/make-pdf";
import { normalizeText, sha256Hex } from "@/lib/ingest/normalize";

const cli = cliDatabase("cli");
const tmp = cli.tmp;
const claimsCli = cli.run;
const openTarget = () => cli.open();

/** `count` distinct small releases in `dir` (nested folders, all accepted types but PDF). */
function writeReleases(dir: string, count: number, tag: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `batch-${i % 3}`);
    fs.mkdirSync(folder, { recursive: true });
    const body = `The ${tag} office counted ${1000 + i} visitors in week ${i + 1}, up ${(i % 9) + 1} percent.`;
    const kind = i % 3;
    const file = path.join(folder, `release-${String(i).padStart(4, "0")}.${kind === 0 ? "txt" : kind === 1 ? "md" : "html"}`);
    const content =
      kind === 0
        ? `${tag} release ${i}\n\n${body}\n`
        : kind === 1
          ? `# ${tag} release ${i}\n\n${body}\n`
          : `<!doctype html><html><head><title>${tag} release ${i}</title></head><body><article><h1>${tag} release ${i}</h1><p>${body}</p></article></body></html>`;
    fs.writeFileSync(file, content);
    files.push(file);
  }
  return files;
}

async function journalFor(files: string[]) {
  const handle = await openTarget();
  try {
    const hashes = files.map((file) => sha256Hex(fs.readFileSync(file)));
    const journal = await handle.db.select().from(importFiles).where(inArray(importFiles.bytesHash, hashes));
    const sourceIds = [...new Set(journal.map((row) => row.sourceId))];
    const stored =
      sourceIds.length === 0
        ? []
        : await handle.db.select({ id: sources.id, body: sources.body }).from(sources).where(inArray(sources.id, sourceIds));
    return { journal, stored, sourceCount: await handle.db.$count(sources) };
  } finally {
    await handle.close();
  }
}

describe("claims import", () => {
  it("imports folders, and after being killed mid-way resumes: each file stored exactly once", async () => {
    const dir = path.join(tmp, "bulk");
    const files = writeReleases(dir, 240, "Harbour");

    // Kill the importer (SIGKILL: no clean-up at all) once a batch is committed: the first progress
    // line comes after the first batch, the next only a second later, by when PostgreSQL is done.
    const killed = await claimsCli(["import", "--batch", "10", dir], {
      onStderr: (stderr, child) => {
        const done = [...stderr.matchAll(/import: (\d+)\//g)].map((m) => Number(m[1]));
        if (done.some((n) => n >= 10 && n < files.length)) child.kill("SIGKILL");
      },
    });
    expect(killed.signal, `the first run finished before it could be interrupted:\n${killed.stdout}`).toBe("SIGKILL");
    const partial = await journalFor(files);
    expect(partial.journal.length).toBeGreaterThanOrEqual(10);
    expect(partial.journal.length).toBeLessThan(files.length);

    const resumed = await claimsCli(["import", "--batch", "10", dir]);
    expect(resumed.stderr).not.toMatch(/Error/);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`already imported\\s+${partial.journal.length}\\b`));
    expect(resumed.stdout).toMatch(new RegExp(`created\\s+${files.length - partial.journal.length}\\b`));

    const complete = await journalFor(files);
    expect(complete.journal).toHaveLength(files.length);
    // One source per file, no duplicates, each file's text stored.
    expect(new Set(complete.journal.map((row) => row.sourceId)).size).toBe(files.length);
    expect(complete.stored).toHaveLength(files.length);
    expect(complete.stored.every((source) => source.body === normalizeText(source.body))).toBe(true);

    // A third run over the same folder changes nothing.
    const again = await claimsCli(["import", dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`already imported\\s+${files.length}\\b`));
    expect((await journalFor(files)).sourceCount).toBe(complete.sourceCount);
  }, 300_000);

  it("reports bad files with clear reasons, stores none of them, and imports the good ones", async () => {
    const dir = path.join(tmp, "mixed");
    fs.mkdirSync(dir, { recursive: true });
    const good = writeReleases(path.join(dir, "good"), 3, "Mixed");
    const pdf = path.join(dir, "good", "report.pdf");
    fs.writeFileSync(pdf, makePdf({ title: "Mixed PDF", pages: [[["The Mixed authority approved 42 permits in May."]]] }));
    const bad = {
      empty: path.join(dir, "empty.txt"),
      binary: path.join(dir, "binary.txt"),
      huge: path.join(dir, "huge.txt"),
      html: path.join(dir, "broken.html"),
      stray: path.join(dir, "stray.html"),
      pdf: path.join(dir, "broken.pdf"),
    };
    fs.writeFileSync(bad.empty, "");
    fs.writeFileSync(bad.binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    // 100 MB, written sparse: the importer must refuse it by its size, without reading it.
    fs.closeSync(fs.openSync(bad.huge, "w"));
    fs.truncateSync(bad.huge, 100 * 1024 * 1024);
    fs.writeFileSync(bad.html, "<html><head><title>x</title></head><body><div><p><!-- unterminated comment");
    fs.writeFileSync(bad.stray, "<html><body><div><p><script>var x = 1;</script><");
    fs.writeFileSync(bad.pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage");

    const before = await journalFor([...good, pdf]);
    const result = await claimsCli(["import", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/created\s+4\b/);
    expect(result.stdout).toMatch(/failed\s+6\b/);
    const reasonOf = (file: string) => result.stdout.split("\n").find((line) => line.includes(`${file}:`)) ?? "";
    expect(reasonOf(bad.empty)).toMatch(/empty/i);
    expect(reasonOf(bad.binary)).toMatch(/binary|not text|text/i);
    expect(reasonOf(bad.huge)).toMatch(/limit/i);
    expect(reasonOf(bad.html)).toMatch(/no readable text|malformed/i);
    expect(reasonOf(bad.stray)).toMatch(/no readable text/i);
    expect(reasonOf(bad.pdf)).toMatch(/PDF/);
    for (const file of Object.values(bad)) expect(reasonOf(file)).not.toMatch(/Could not be imported|Error:/);

    const after = await journalFor([...good, pdf, ...Object.values(bad).filter((file) => file !== bad.huge)]);
    expect(after.journal.map((row) => row.path).sort()).toEqual([...good, pdf].sort());
    expect(after.sourceCount).toBe(before.sourceCount + 4);
  }, 120_000);

  it("refuses with a clear message while another process holds the embedded database", async () => {
    if (testDatabase().backend !== "pglite") return; // PostgreSQL is shared by design.
    const holder = spawn(process.execPath, ["--import", "tsx", "db/testing/hold-pglite.ts", cli.env.PGLITE_DIR ?? "", "lock"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let result;
    try {
      await new Promise<void>((resolve) => holder.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("opened") && resolve()));
      result = await claimsCli(["import", path.join(tmp, "bulk")]);
    } finally {
      holder.kill("SIGKILL");
    }
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`pid ${holder.pid}`);
    expect(result.stderr).toMatch(/stop the app/);
    expect(result.stderr).toMatch(/DATABASE_URL/);
  });
});
