import { describe, expect, it } from "vitest";
import { BENCHMARK_CLAIMS, HELD_OUT_CLAIMS } from "./claims";
import { BENCHMARK_DATASETS } from "./datasets";
import { runBenchmark } from "./run";

describe("suggestions benchmark (issue 16 targets)", () => {
  it("has at least 80 annotated claims, wrong ones among them, each table with its licence and source", () => {
    expect(BENCHMARK_CLAIMS.length).toBeGreaterThanOrEqual(80);
    expect(BENCHMARK_CLAIMS.filter((c) => c.wrong).length).toBeGreaterThanOrEqual(20);
    for (const d of BENCHMARK_DATASETS) expect(d.licence).toMatch(/Public domain/);
    expect(new Set([...BENCHMARK_CLAIMS, ...HELD_OUT_CLAIMS].map((c) => c.id)).size).toBe(BENCHMARK_CLAIMS.length + HELD_OUT_CLAIMS.length);
  });

  it("meets top-1 >= 65%, top-3 >= 85%, flags >= 90% of wrong claims and <= 5% of right ones, on all claims", { timeout: 60_000 }, async () => {
    const report = await runBenchmark([...BENCHMARK_CLAIMS, ...HELD_OUT_CLAIMS]);
    expect(report.results.filter((r) => !r.extracted).map((r) => r.claim.id)).toEqual([]);
    expect(report.top1).toBeGreaterThanOrEqual(0.65);
    expect(report.top3).toBeGreaterThanOrEqual(0.85);
    expect(report.wrongFlagged).toBeGreaterThanOrEqual(0.9);
    expect(report.rightFlagged).toBeLessThanOrEqual(0.05);
  });
});
