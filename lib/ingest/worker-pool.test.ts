/**
 * Hostile web pages convert off the main thread, in linear time, within a time and a memory limit
 * (issue 12). Real worker threads running the real bundle: nothing is mocked.
 */
import { afterAll, describe, expect, it } from "vitest";
import { convertFile } from "./convert";
import { IngestError } from "./errors";
import { HOSTILE_PAGES } from "./testing/hostile-pages";
import { ConversionPool, readPoolLimits } from "./worker-pool";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The longest the event loop went without running a 10 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe("converting hostile pages", () => {
  it.each(Object.entries(HOSTILE_PAGES))(
    "%s: converts in a worker, linear, and the event loop stays free",
    async (_name, html) => {
      // Warm the pool first, so the measured conversion is the page itself.
      await convertFile(utf8("<p>Warm-up: 1 percent.</p>"), { filename: "warm.html" });
      let text = "";
      const started = performance.now();
      const stall = await longestStall(async () => {
        text = (await convertFile(utf8(html), { filename: "hostile.html" })).text;
      });
      expect(text).toContain("Rents rose 7 percent in 2024.");
      // Linear: each shape converts in a few seconds at most, even on a loaded machine (it took 63 s to 5 minutes).
      expect(performance.now() - started).toBeLessThan(15_000);
      // The request thread never waited on the conversion.
      expect(stall).toBeLessThan(500);
    },
    60_000,
  );
});

describe("the conversion pool's limits", () => {
  const pools: ConversionPool[] = [];
  const poolWith = (limits: Partial<ReturnType<typeof readPoolLimits>>) => {
    const pool = new ConversionPool({ ...readPoolLimits({}), ...limits });
    pools.push(pool);
    return pool;
  };
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.close()));
  });

  it("stops a conversion that passes the time limit and says so; the next one runs", async () => {
    const pool = poolWith({ timeoutMs: 2_000, workers: 1 });
    // About 8 s of work on this machine: a large page, not a hostile one.
    const slow = "<div><p>Rents rose 7 percent in 2024.</p></div>".repeat(100_000);
    const started = performance.now();
    const refused = await pool.run({ kind: "html", html: slow, pageUrl: null }).catch((error: unknown) => error);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(refused).toBeInstanceOf(IngestError);
    expect(refused).toMatchObject({
      code: "too_complex",
      message: expect.stringMatching(/took longer than 2 s, the limit, so it was stopped/),
    });
    const after = await pool.run({ kind: "html", html: "<p>Fares rose 3 percent.</p>", pageUrl: null });
    expect(after).toMatchObject({ ok: true, document: { text: "Fares rose 3 percent." } });
  }, 60_000);

  it("stops a conversion that passes the memory limit and says so", async () => {
    const pool = poolWith({ memoryMb: 64, timeoutMs: 60_000, workers: 1 });
    const huge = "<p>Rents rose 7 percent in 2024 across the whole of the county.</p>".repeat(300_000);
    const refused = await pool.run({ kind: "html", html: huge, pageUrl: null }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(IngestError);
    expect(refused).toMatchObject({ code: "too_complex", message: expect.stringMatching(/more than 64 MB of memory/) });
  }, 120_000);

  it("is bounded: past the running and queued conversions, a request is refused at once", async () => {
    const pool = poolWith({ workers: 1, maxQueued: 1 });
    const page = `${"<div><p>Rents rose 7 percent in 2024.</p>".repeat(2_000)}`;
    const first = pool.run({ kind: "html", html: page, pageUrl: null });
    const second = pool.run({ kind: "html", html: page, pageUrl: null });
    await expect(pool.run({ kind: "html", html: page, pageUrl: null })).rejects.toMatchObject({ code: "busy" });
    await expect(first).resolves.toMatchObject({ ok: true });
    await expect(second).resolves.toMatchObject({ ok: true });
  }, 60_000);

  it("reads its settings from the environment and refuses nonsense", () => {
    expect(
      readPoolLimits({ CLAIMDESK_CONVERT_TIMEOUT_S: "5", CLAIMDESK_CONVERT_MEMORY_MB: "256", CLAIMDESK_CONVERT_WORKERS: "3" }),
    ).toEqual({ timeoutMs: 5_000, memoryMb: 256, workers: 3, maxQueued: 12 });
    expect(() => readPoolLimits({ CLAIMDESK_CONVERT_TIMEOUT_S: "0" })).toThrow(/CLAIMDESK_CONVERT_TIMEOUT_S/);
    expect(() => readPoolLimits({ CLAIMDESK_CONVERT_MEMORY_MB: "lots" })).toThrow(/CLAIMDESK_CONVERT_MEMORY_MB/);
  });
});
