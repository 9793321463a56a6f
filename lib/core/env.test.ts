/**
 * The one environment module: defaults when nothing is set, and a refusal that names the variable
 * for every kind of bad value.
 */
import { describe, expect, it } from "vitest";
import { checkEnv, ENV_NAMES, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives the documented defaults on an empty environment", () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_URL: undefined,
      SITE_URL: undefined,
      NEWSROOM_NAME: "Claim Desk",
      STALE_REVIEW_HOURS: 72,
      TRUST_PROXY_HOPS: 0,
      CLAIMDESK_MAX_DOCUMENT_MB: 20,
      CLAIMDESK_FETCH_ALLOW_PRIVATE: false,
      CLAIMDESK_FETCH_ALLOW: [],
      CLAIMDESK_CONVERT_TIMEOUT_S: 20,
      DATABASE_CONNECT_TIMEOUT_S: 3,
      DATABASE_STATEMENT_TIMEOUT_MS: 10_000,
      AUTH_OAUTH_ALLOWED_DOMAINS: [],
    });
  });

  it("treats a blank value as unset", () => {
    const blanks = Object.fromEntries(ENV_NAMES.map((name) => [name, "  "]));
    expect(parseEnv(blanks)).toEqual(parseEnv({}));
  });

  it.each([
    ["SITE_URL", "javascript:alert(1)"],
    ["SITE_URL", "not a url"],
    ["NEXTAUTH_URL", "localhost:3000"],
    ["DATABASE_URL", "mysql://db/x"],
    ["DATABASE_CONNECT_TIMEOUT_S", "0"],
    ["DATABASE_STATEMENT_TIMEOUT_MS", "fast"],
    ["NEXTAUTH_SECRET", "short"],
    ["STALE_REVIEW_HOURS", "-1"],
    ["STALE_REVIEW_HOURS", "9000"],
    ["TRUST_PROXY_HOPS", "true"],
    ["CLAIMDESK_MAX_DOCUMENT_MB", "lots"],
    ["CLAIMDESK_FETCH_ALLOW", "http://x/"],
    ["CLAIMDESK_CONVERT_TIMEOUT_S", "601"],
    ["CLAIMDESK_CONVERT_MEMORY_MB", "1"],
    ["CLAIMDESK_CONVERT_WORKERS", "many"],
  ])("refuses %s=%s with a message naming it", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`cannot start[\\s\\S]*${name}`));
  });

  it("names every bad variable at once", () => {
    expect(() => parseEnv({ SITE_URL: "ftp://x", TRUST_PROXY_HOPS: "-2" })).toThrow(/SITE_URL[\s\S]*TRUST_PROXY_HOPS/);
  });

  it("requires NEXTAUTH_SECRET when a production server starts, not while building", () => {
    expect(() => checkEnv({ NODE_ENV: "production" })).toThrow(/cannot start[\s\S]*NEXTAUTH_SECRET is required in production/);
    expect(checkEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).NEXTAUTH_SECRET).toBeUndefined();
    expect(checkEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NEXTAUTH_SECRET).toBe("x".repeat(32));
    expect(() => checkEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32), SITE_URL: "nope" })).toThrow(/SITE_URL/);
  });

  it("keeps SITE_URL's path and drops its trailing slash", () => {
    expect(parseEnv({ SITE_URL: "https://facts.example.org/desk/" }).SITE_URL).toBe("https://facts.example.org/desk");
  });
});
