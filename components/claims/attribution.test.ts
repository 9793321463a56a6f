import { describe, expect, it } from "vitest";
import { attributionLead } from "./attribution";

describe("attributionLead", () => {
  it("names the speaker and the release's date", () => {
    expect(attributionLead({ speaker: "Austin Knudsen", source: { publisher: "Montana DOJ", publishedAt: "2025-03-03" } })).toBe(
      "Austin Knudsen said on March 3, 2025:",
    );
  });

  it("says the release is undated rather than guessing a date", () => {
    expect(attributionLead({ speaker: "the senators", source: { publisher: null, publishedAt: null } })).toBe(
      "The senators said, in an undated release:",
    );
  });

  it("falls back to the publisher, and drops the source a speaker cites", () => {
    expect(attributionLead({ speaker: null, source: { publisher: "Office of the Attorney General", publishedAt: "2024-01-31" } })).toBe(
      "Office of the Attorney General said on January 31, 2024:",
    );
    expect(attributionLead({ speaker: "Chairman Mark Green, citing DHS numbers", source: { publisher: null, publishedAt: null } })).toBe(
      "Chairman Mark Green said, in an undated release:",
    );
    expect(attributionLead({ speaker: null, source: { publisher: null, publishedAt: null } })).toBe("The release says:");
  });
});
