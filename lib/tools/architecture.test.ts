/**
 * ARCHITECTURE.md §2 stays true: its import table and its known exceptions say exactly what the
 * rules dependency-cruiser enforces say (lib/tools/import-rules.cjs), in the same order.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const rules = require("./import-rules.cjs") as {
  MAY_IMPORT: Record<string, string[]>;
  LAYERS: string[];
  KNOWN_UPWARD: Record<string, string>;
  checkLayers(): void;
};
const architecture = fs.readFileSync(path.resolve("ARCHITECTURE.md"), "utf8");

function between(start: string, end: string): string {
  const from = architecture.indexOf(start);
  const to = architecture.indexOf(end);
  if (from < 0 || to < from) throw new Error(`ARCHITECTURE.md has no ${start} … ${end} block`);
  return architecture.slice(from + start.length, to);
}

describe("ARCHITECTURE.md import table", () => {
  it("lists every folder, top to bottom, with exactly the folders it may import", () => {
    const rows = between("<!-- import-matrix:start", "<!-- import-matrix:end -->")
      .split("\n")
      .flatMap((line) => {
        const match = /^\| `([^`]+)` \| (.+) \|$/.exec(line.trim());
        if (!match) return [];
        const allowed = match[2] === "(nothing)" ? [] : (match[2] ?? "").split(",").map((entry) => entry.trim());
        return [[match[1] ?? "", allowed] as const];
      });
    expect(rows.map(([folder]) => folder)).toEqual(rules.LAYERS);
    expect(Object.fromEntries(rows.map(([folder, allowed]) => [folder, [...allowed].sort()]))).toEqual(
      Object.fromEntries(Object.entries(rules.MAY_IMPORT).map(([folder, allowed]) => [folder, [...allowed].sort()])),
    );
  });

  it("lists exactly the known upward imports (folder cycles), with their reasons", () => {
    const listed = between("<!-- known-upward:start -->", "<!-- known-upward:end -->")
      .split("\n")
      .flatMap((line) => {
        const match = /^- `([^`]+)`: (.+)$/.exec(line.trim());
        return match ? [[match[1] ?? "", match[2] ?? ""] as const] : [];
      });
    expect(Object.fromEntries(listed)).toEqual(rules.KNOWN_UPWARD);
  });

  it("allows no upward import but the known ones", () => {
    expect(() => rules.checkLayers()).not.toThrow();
  });
});
