/**
 * The four seed releases against the hand-annotated gold in ../shared/fixtures/gold, scored by the
 * shared scorer (../shared/tools/score-claims.mjs) through the command line.
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
        `${shared}/tools/score-claims.mjs`, "--texts", `${shared}/fixtures/releases`, "--gold", `${shared}/fixtures/gold`,
        "--min-f1", "0.95", "--", process.execPath, `${root}/lib/claims/bin.mjs`, "extract",
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
  });
});
