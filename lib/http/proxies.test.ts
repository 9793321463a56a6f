import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, reachedOverHttps, readTrustProxyHops, requestOrigin } from "./proxies";

const env = { CLAIMDESK_PEER_TOKEN: "secret-token" };
const peer = (address: string) => ({ [PEER_HEADER]: `secret-token ${address}` });

describe("clientAddress (TRUST_PROXY_HOPS)", () => {
  it("with no trusted proxy (0) is the socket's peer, whatever X-Forwarded-For says", () => {
    // Each try sent another first entry: every one must count against the same address.
    for (let i = 0; i < 25; i += 1) {
      expect(clientAddress({ ...peer("203.0.113.7"), "x-forwarded-for": `198.51.100.${i}` }, 0, env)).toBe("203.0.113.7");
    }
    expect(clientAddress({ "x-real-ip": "198.51.100.1", "x-forwarded-for": "198.51.100.2" }, 0, env)).toBeNull();
  });

  it("ignores a peer header it did not write (no token, another token, or next dev)", () => {
    expect(clientAddress({ [PEER_HEADER]: "guess 198.51.100.9" }, 0, env)).toBeNull();
    expect(clientAddress(peer("198.51.100.9"), 0, {})).toBeNull();
    expect(clientAddress({ [PEER_HEADER]: "secret-token" }, 0, env)).toBeNull();
  });

  it("with n trusted proxies is the n-th X-Forwarded-For entry from the right (Express's trust proxy)", () => {
    const headers = { ...peer("10.0.0.2"), "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" };
    expect(clientAddress(headers, 1, env)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2, env)).toBe("203.0.113.7");
    expect(clientAddress(headers, 3, env)).toBe("6.6.6.6");
    // Fewer entries than hops: the leftmost one.
    expect(clientAddress(headers, 9, env)).toBe("6.6.6.6");
    // A client that prepends entries changes only what is left of the trusted ones.
    expect(clientAddress({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.7" }, 1, env)).toBe("203.0.113.7");
    // No header: the peer.
    expect(clientAddress(peer("10.0.0.2"), 1, env)).toBe("10.0.0.2");
  });

  it("reads TRUST_PROXY_HOPS, 0 by default, and refuses anything but a small whole number", () => {
    expect(readTrustProxyHops({})).toBe(0);
    expect(readTrustProxyHops({ TRUST_PROXY_HOPS: " 2 " })).toBe(2);
    for (const bad of ["-1", "true", "1.5", "100"]) expect(() => readTrustProxyHops({ TRUST_PROXY_HOPS: bad })).toThrow(/TRUST_PROXY_HOPS/);
  });
});

describe("reachedOverHttps", () => {
  it("believes NEXTAUTH_URL, and X-Forwarded-Proto only from a trusted proxy", () => {
    expect(reachedOverHttps({}, 0, { NEXTAUTH_URL: "https://desk.example.org" })).toBe(true);
    expect(reachedOverHttps({ "x-forwarded-proto": "https" }, 0, {})).toBe(false);
    expect(reachedOverHttps({ "x-forwarded-proto": "https" }, 1, {})).toBe(true);
    expect(reachedOverHttps({ "x-forwarded-proto": "https, http" }, 1, {})).toBe(false);
    expect(reachedOverHttps({}, 1, { NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
  });
});

describe("requestOrigin (the public links' origin when SITE_URL is unset)", () => {
  it("is the Host the client asked for, over https only when that is known", () => {
    expect(requestOrigin({ host: "desk.example:8080" }, 0, {})).toBe("http://desk.example:8080");
    expect(requestOrigin({ host: "desk.example" }, 0, { NEXTAUTH_URL: "https://desk.example" })).toBe("https://desk.example");
    expect(requestOrigin({ host: "[::1]:3000" }, 0, {})).toBe("http://[::1]:3000");
  });

  it("believes X-Forwarded-Host and -Proto only from a trusted proxy", () => {
    const headers = { host: "app:3000", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" };
    expect(requestOrigin(headers, 0, {})).toBe("http://app:3000");
    expect(requestOrigin(headers, 1, {})).toBe("https://news.example");
  });

  it("never puts a forged host into a link", () => {
    for (const host of ["evil.example/<script>", "a b", "x@evil.example", ""])
      expect(requestOrigin({ host }, 0, {})).toBe("http://localhost");
  });
});
