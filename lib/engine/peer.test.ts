/**
 * Microsoft Recognizers-Text's English number specifications (MIT, see peer/LICENSE-Recognizers-Text.txt),
 * run through `claims numbers` exactly as a user would: one input a line on stdin.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "@/lib/tools/claims-cli/run-cli";

interface PeerCase {
  id: string;
  input: string;
  expected: { text: string; value: number | string; start: number; end: number }[];
}
interface Found {
  start: number;
  end: number;
  text: string;
  value: number | null;
}

const cases: PeerCase[] = JSON.parse(readFileSync(new URL("./peer/recognizers-number-en.json", import.meta.url), "utf8"));

/**
 * Where Claim Desk's policy differs from upstream, case by case.
 * - ordinal-035 ("I like the first two books."): upstream's ordinal model reads "first" as 1. Ordinals
 *   rank, they do not count; Claim Desk reports the cardinal "two" and never an ordinal, so that
 *   "first quarter" and "second time" are not mistaken for quantities.
 */
const POLICY: Record<string, string> = { "ordinal-035": "ordinals are not quantities" };

function agrees(found: Found[], expected: PeerCase["expected"]): boolean {
  return (
    found.length === expected.length &&
    expected.every((e, k) => {
      const f = found[k]!;
      const value = typeof e.value === "number" && f.value !== null && Math.abs(f.value - e.value) <= 1e-9 * Math.max(1, Math.abs(e.value));
      return f.start === e.start && f.end === e.end && f.text.toLowerCase() === e.text.toLowerCase() && value;
    })
  );
}

describe("Recognizers-Text English number specs through `claims numbers`", () => {
  const run = runCli(["numbers"], cases.map((c) => c.input).join("\n") + "\n");
  const lines = run.stdout.trimEnd().split("\n");
  const results = cases.map((c, i) => ({ c, found: JSON.parse(lines[i] ?? "null") as Found[] | null }));

  it("answers one JSON array per input line", () => {
    expect(run.status).toBe(0);
    expect(lines).toHaveLength(cases.length);
    for (const { found } of results) expect(Array.isArray(found)).toBe(true);
  });

  it("passes at least 90% of the 196 cases", () => {
    const passed = results.filter(({ c, found }) => found && agrees(found, c.expected));
    const failed = results.filter(({ c, found }) => !(found && agrees(found, c.expected))).map(({ c }) => c.id);
    expect(cases).toHaveLength(196);
    expect(passed.length / cases.length).toBeGreaterThanOrEqual(0.9);
    // Every miss is a stated policy difference, not an unexplained failure.
    expect(failed.filter((id) => !POLICY[id])).toEqual([]);
  });

  it("keeps to its stated policy where it differs from upstream", () => {
    const ordinal = results.find(({ c }) => c.id === "ordinal-035")!;
    expect(ordinal.found?.map((f) => f.text)).toEqual(["two"]);
  });
});
