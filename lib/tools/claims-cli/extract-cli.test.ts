/** The command line as a user meets it, bad input included. */
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";
import type { Extraction } from "@/lib/engine/types";

const dir = mkdtempSync(join(tmpdir(), "claims-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function extract(content: string | Buffer, ...flags: string[]) {
  return runCli(["extract", file(`in-${Math.random().toString(36).slice(2)}.txt`, content), ...flags]);
}

describe("claims extract", () => {
  it("prints the contract's JSON for a text", () => {
    const text = "Arrests rose 12 percent to 4,310 in 2023, the sheriff said.";
    const run = extract(text);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Extraction;
    expect(out.claims.map((c) => c.text)).toEqual(["12 percent", "4,310"]);
    for (const c of out.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(Array.isArray(out.checks)).toBe(true);
  });

  it("prints a table a person reads with --format table", () => {
    const run = extract("The county spent $4.2 million on overtime.", "--format", "table");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^#\s+figure\s+value/);
    expect(run.stdout).toContain("$4.2 million");
    expect(run.stdout).toContain("money");
  });

  it("says where the time went with --timings, on stderr, leaving the JSON as it was", () => {
    const text = "The county spent $4.2 million on overtime, 12 percent more than in 2022.";
    const plain = extract(text);
    const timed = extract(text, "--timings");
    expect(timed.status).toBe(0);
    expect(timed.stdout).toBe(plain.stdout);
    const line = /^claims: timings (\{.*\})$/m.exec(timed.stderr);
    expect(line).not.toBeNull();
    const timings = JSON.parse(line![1]!) as Record<string, number>;
    expect(timings.bytes).toBe(Buffer.byteLength(text));
    for (const key of ["startMs", "readMs", "extractMs", "writeMs"]) expect(timings[key]).toBeGreaterThanOrEqual(0);
    expect(plain.stderr).not.toContain("timings");
  });

  it("answers an empty file with no claims", () => {
    const run = extract("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ claims: [], checks: [] });
  });

  it("refuses binary data with a clear message", () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const run = extract(junk);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/binary|UTF-8/);
    expect(run.stdout).toBe("");
  });

  it("refuses invalid UTF-8 with a clear message", () => {
    const run = extract(Buffer.from([0x41, 0x20, 0x31, 0x30, 0x25, 0x20, 0xc3, 0x28, 0x0a]));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not valid UTF-8/);
  });

  it("says what is wrong with a missing file or a bad flag", () => {
    const missing = runCli(["extract", join(dir, "nope.txt")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: ENOENT/);
    const flag = extract("1", "--format", "xml");
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/--format must be json or table/);
    expect(runCli(["frobnicate"]).stderr).toMatch(/unknown command/);
  });

  it("finishes on pathological lines: 100,000 digits, 100,000 commas, unbalanced quotes", () => {
    for (const junk of [
      "9".repeat(100_000),
      ",".repeat(100_000),
      "1,".repeat(50_000),
      "“".repeat(50_000) + " 5 percent",
      '"a 3'.repeat(30_000),
    ]) {
      const run = extract(junk, "--format", "json");
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as Extraction;
      for (const c of out.claims) expect(junk.slice(c.start, c.end)).toBe(c.text);
    }
  }, 120_000);

  it("reads a 50 MB file to the end", () => {
    const prose = "The program, which the county runs with state and federal partners, serves families across the region. ".repeat(9);
    const para = `${prose}Officials said it served 1,250 families last year, up 8 percent. “It works,” she said.\n`;
    const big = para.repeat(Math.ceil((50 << 20) / para.length));
    const run = extract(big);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Extraction;
    expect(out.claims.length).toBe(2 * Math.ceil((50 << 20) / para.length));
  }, 180_000);

  it("refuses a file over the size limit", () => {
    const run = extract(Buffer.alloc(65 << 20, 0x20));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the limit is 64 MB/);
  });
});

describe("claims numbers", () => {
  it("prints one JSON array per line, percentages in percent units, end exclusive", () => {
    const run = runCli(["numbers"], "about 1.8 million\nno numbers here\n94.3% of 5,939\n");
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      [{ start: 6, end: 17, text: "1.8 million", value: 1_800_000 }],
      [],
      [
        { start: 0, end: 5, text: "94.3%", value: 94.3 },
        { start: 9, end: 14, text: "5,939", value: 5939 },
      ],
    ]);
  });
});
