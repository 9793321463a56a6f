import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/engine";
import { CHECKWORTHINESS_BASE, checkworthinessSignals } from "./checkworthiness";

describe("checkworthinessSignals", () => {
  it("names the signals behind a high score and adds up to it", () => {
    const claim = {
      checkworthiness: 0.85,
      unit: "percent" as const,
      value: 213,
      direction: "increase" as const,
      speaker: "Knudsen",
      timeScope: "last fiscal year",
      bound: null,
    };
    const signals = checkworthinessSignals(claim);
    expect(signals.map((signal) => signal.reason)).toEqual(expect.arrayContaining(["a percentage", "states a rise", "gives a period"]));
    expect(CHECKWORTHINESS_BASE + signals.reduce((sum, signal) => sum + signal.points, 0)).toBe(85);
  });

  it("explains every score the engine gives the seed-like sentences", () => {
    const text =
      "Deportations have fallen a staggering 70 percent since 2020, the senators said. The state spent $4.1 billion on roads in 2024. About 12 people attended. A record 1.8 million crossed.";
    for (const claim of extractClaims(text).claims) {
      const signals = checkworthinessSignals({
        checkworthiness: claim.checkworthiness,
        unit: claim.unit,
        value: claim.value,
        direction: claim.direction ?? null,
        speaker: claim.speaker ?? null,
        timeScope: claim.timeScope ?? null,
        bound: claim.bound ?? null,
      });
      const total = CHECKWORTHINESS_BASE + signals.reduce((sum, signal) => sum + signal.points, 0);
      expect(total).toBe(Math.round(claim.checkworthiness * 100));
    }
  });
});
