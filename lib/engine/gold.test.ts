/**
 * The engine against hand-annotated gold, scored by the shared scorer (../shared/tools/score-claims.mjs)
 * through the command line: the four seed releases (../shared/fixtures/gold) and the development set
 * of ten real US government texts (../shared/fixtures/dev), at the targets of issue 11.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shared = fileURLToPath(new URL("../../../shared", import.meta.url));

describe("extraction against the shared gold", () => {
  it("finds the gold's claims with F1 >= 0.95, every value and unit right, and attributes >= 90%", () => {
    expect(existsSync(`${shared}/tools/score-claims.mjs`), `the shared folder must sit beside the project at ${shared}`).toBe(true);
    const run = spawnSync(
      process.execPath,
      [
        `${shared}/tools/score-claims.mjs`,
        "--texts",
        `${shared}/fixtures/releases`,
        "--gold",
        `${shared}/fixtures/gold`,
        "--min-f1",
        "0.95",
        "--",
        process.execPath,
        `${root}/lib/tools/claims-cli/bin.mjs`,
        "extract",
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    const out = run.stdout;
    expect(run.status, out).toBe(0);
    const f1 = Number(/F1 ([\d.]+)%/.exec(out)?.[1]);
    expect(f1).toBeGreaterThanOrEqual(95);
    const attributes = /attributes of found claims: (.*); contract errors: (\d+)/.exec(out);
    expect(attributes, out).not.toBeNull();
    expect(Number(attributes![2])).toBe(0);
    const scores = Object.fromEntries(
      attributes![1]!.split(", ").map((part) => {
        const [, name, ok, n] = /^(\w+) (\d+)\/(\d+)(?: \([\d.]+%\))?$/.exec(part)!;
        return [name!, { ok: Number(ok), n: Number(n) }];
      }),
    );
    expect(scores.value!.ok).toBe(scores.value!.n);
    expect(scores.unit!.ok).toBe(scores.unit!.n);
    for (const name of ["subject", "time", "speaker"]) {
      const s = scores[name]!;
      expect(s.ok / s.n, `${name} ${s.ok}/${s.n}`).toBeGreaterThanOrEqual(0.9);
    }
  }, 180_000);

  it("meets every target on the development set (F1 >= 96%, precision >= 95%, subject, time and speaker >= 85%, value >= 99%, direction >= 90%)", () => {
    // The command of issue 11's "Done when", as a newcomer would run it: the scorer exits 1 below any minimum.
    const run = spawnSync(
      process.execPath,
      [
        `${shared}/tools/score-claims.mjs`,
        "--texts",
        `${shared}/fixtures/dev/texts`,
        "--gold",
        `${shared}/fixtures/dev/gold`,
        "--min-f1",
        "0.96",
        "--min-precision",
        "0.95",
        "--min-subject",
        "0.85",
        "--min-time",
        "0.85",
        "--min-speaker",
        "0.85",
        "--min-value",
        "0.99",
        "--min-direction",
        "0.9",
        "--",
        process.execPath,
        `${root}/lib/tools/claims-cli/bin.mjs`,
        "extract",
      ],
      { encoding: "utf8", timeout: 170_000 },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/claims: precision [\d.]+% recall [\d.]+% F1 [\d.]+%\n?$/);
    expect(run.stdout).not.toContain("below:");
  }, 180_000);
});
