/** The session cookie is Secure whenever the app is reached over HTTPS (issue 12, item 7). */
import { afterEach, describe, expect, it } from "vitest";
import { authOptionsFor } from "./options";
import { SESSION_COOKIE } from "./session-cookie";

const saved = { hops: process.env.TRUST_PROXY_HOPS, url: process.env.NEXTAUTH_URL };
afterEach(() => {
  for (const [name, value] of [
    ["TRUST_PROXY_HOPS", saved.hops],
    ["NEXTAUTH_URL", saved.url],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function sessionCookieFor(headers: Record<string, string>, env: { hops?: string; url?: string }) {
  if (env.hops === undefined) delete process.env.TRUST_PROXY_HOPS;
  else process.env.TRUST_PROXY_HOPS = env.hops;
  if (env.url === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = env.url;
  const options = authOptionsFor(headers);
  return { secure: options.useSecureCookies, cookie: options.cookies?.sessionToken };
}

describe("authOptionsFor", () => {
  it("marks the cookies Secure when NEXTAUTH_URL is https", () => {
    const { secure, cookie } = sessionCookieFor({}, { url: "https://desk.example.org" });
    expect(secure).toBe(true);
    expect(cookie).toEqual({ name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
  });

  it("believes X-Forwarded-Proto: https only from a trusted proxy", () => {
    expect(sessionCookieFor({ "x-forwarded-proto": "https" }, { hops: "1", url: "http://desk.internal:3000" }).cookie?.options.secure).toBe(
      true,
    );
    expect(sessionCookieFor({ "x-forwarded-proto": "https" }, { hops: "0", url: "http://desk.internal:3000" }).cookie?.options.secure).toBe(
      false,
    );
    expect(sessionCookieFor({ "x-forwarded-proto": "http" }, { hops: "1" }).cookie?.options.secure).toBe(false);
  });

  it("keeps one cookie name over HTTP and HTTPS, so every reader finds the session", () => {
    expect(sessionCookieFor({}, { url: "https://desk.example.org" }).cookie?.name).toBe(SESSION_COOKIE);
    expect(sessionCookieFor({}, {}).cookie?.name).toBe(SESSION_COOKIE);
  });
});
