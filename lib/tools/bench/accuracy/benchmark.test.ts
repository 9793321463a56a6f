import { describe, expect, it } from "vitest";
import { BENCHMARK_CLAIMS, HELD_OUT_CLAIMS, LATER_CLAIMS } from "./claims";
import { BENCHMARK_DATASETS } from "./datasets";

describe("suggestions benchmark (issue 16): the annotation", () => {
  it("has at least 80 annotated claims, wrong ones among them, each table with its licence and source", () => {
    expect(BENCHMARK_CLAIMS.length).toBeGreaterThanOrEqual(80);
    expect(BENCHMARK_CLAIMS.filter((c) => c.wrong).length).toBeGreaterThanOrEqual(20);
    for (const d of BENCHMARK_DATASETS) {
      expect(d.licence).toMatch(/Public domain/);
      expect(d.url).toMatch(/^https?:\/\//);
    }
    const all = [...BENCHMARK_CLAIMS, ...HELD_OUT_CLAIMS, ...LATER_CLAIMS];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    // Every claim names a table of the benchmark.
    const files = new Set(BENCHMARK_DATASETS.map((d) => d.file));
    for (const c of all) expect(files.has(c.file), c.id).toBe(true);
  });
});
