import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/engine";
import { BENCH_SEED, benchRelease, benchReleases, CORRECTION_EVERY, seededRandom } from "./corpus";

describe("the benchmark corpus", () => {
  it("is the same on every run and differs with the seed", () => {
    expect(benchRelease(1234)).toEqual(benchRelease(1234));
    expect(benchReleases(10, 13)).toEqual([benchRelease(10), benchRelease(11), benchRelease(12)]);
    expect(benchRelease(1234, BENCH_SEED + 1).text).not.toBe(benchRelease(1234).text);
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("has releases of about 3 KB (30 MB for 10,000) with metadata and many claims", () => {
    const sample = benchReleases(0, 200);
    const bytes = sample.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);
    expect(bytes / sample.length).toBeGreaterThan(2700);
    expect(bytes / sample.length).toBeLessThan(3400);
    for (const doc of sample) {
      expect(doc.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.url).toMatch(/^https:\/\/[a-z0-9.-]+\.example\.gov\/news\//);
      expect(doc.title.length).toBeGreaterThan(10);
    }
    const claims = sample.slice(0, 20).reduce((sum, doc) => sum + extractClaims(doc.text).claims.length, 0);
    expect(claims / 20).toBeGreaterThan(10);
  });

  it("covers several topics and repeats some statistics across releases", () => {
    const sample = benchReleases(0, 300);
    const publishers = new Set(sample.map((doc) => doc.publisher?.split(",")[0]));
    expect(publishers.size).toBeGreaterThanOrEqual(10);
    const gotaways = sample.filter((doc) => /known gotaways/.test(doc.text));
    expect(gotaways.length).toBeGreaterThan(3);
  });

  it("corrects an earlier release at the same URL every hundred releases", () => {
    const correction = benchRelease(CORRECTION_EVERY - 1);
    const original = benchRelease(CORRECTION_EVERY / 2 - 1);
    expect(correction.url).toBe(original.url);
    expect(correction.text).not.toBe(original.text);
    expect(correction.text).toContain("Correction:");
    const urls = benchReleases(0, CORRECTION_EVERY - 1).map((doc) => doc.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
