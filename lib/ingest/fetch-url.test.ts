/**
 * fetchUrl against a real HTTP server on this machine's loopback address: refused by default
 * (loopback is private), served when the policy allows it. No request leaves the machine: the
 * private and metadata addresses below are refused before any connection is made.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestError, type IngestErrorCode } from "./errors";
import { type AddressPolicy, checkFetchUrl, fetchUrl, isAllowedAddress, isPublicAddress, readAddressPolicy } from "./fetch-url";
import { makePdf } from "./testing/make-pdf";

const NONE: AddressPolicy = { allowPrivate: false, hosts: [], ranges: [] };
const LOOPBACK_ALLOWED = readAddressPolicy({ CLAIMDESK_FETCH_ALLOW: "127.0.0.0/8" });

const ARTICLE = `<!doctype html><html><head><title>Bridge reopens</title><meta property="og:site_name" content="Roads Office"></head>
<body><article><h1>Bridge reopens</h1><p>The bridge carries 41,000 vehicles a day after repairs costing $12 million.</p>
<p>Traffic delays fell 30 percent in the first week, the office said, citing its own counts of 2,100 trips.</p></article></body></html>`;

let server: http.Server;
let base = "";
const slowResponses = new Set<http.ServerResponse>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/article") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(ARTICLE);
    } else if (path === "/article.gz") {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      res.end(zlib.gzipSync(ARTICLE));
    } else if (path === "/release.pdf") {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      res.end(makePdf({ title: "Harbor dredging", pages: [[["Dredging removed 80,000 cubic yards."]]] }));
    } else if (path === "/notes.txt") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.end("Ridership rose 9 percent.");
    } else if (path.startsWith("/redirect/")) {
      res.writeHead(302, { Location: decodeURIComponent(path.slice("/redirect/".length)) });
      res.end();
    } else if (path === "/loop") {
      res.writeHead(301, { Location: "/loop" });
      res.end();
    } else if (path === "/big") {
      // No Content-Length: the limit must be enforced while streaming.
      res.writeHead(200, { "Content-Type": "text/plain" });
      const chunk = "a".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    } else if (path === "/big-declared") {
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": String(500 * 1024 * 1024) });
      res.write("a");
      slowResponses.add(res);
    } else if (path === "/bomb") {
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Encoding": "gzip" });
      res.end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x61)));
    } else if (path === "/slow") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("Started, then nothing more.");
      slowResponses.add(res);
    } else if (path === "/image") {
      res.writeHead(200, { "Content-Type": "image/png" });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (path === "/json") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end("{}");
    } else {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of slowResponses) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function refusal(promise: Promise<unknown>, code: IngestErrorCode, message: RegExp) {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe(code);
    expect((error as IngestError).message).toMatch(message);
    return;
  }
  throw new Error("expected the fetch to be refused");
}

describe("address policy", () => {
  it("allows only public unicast addresses", () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"]) expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.9",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.100.100.200",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd00:ec2::254",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "ff02::1",
      "64:ff9b::a00:1",
      "not an address",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("reads the allow list: hosts and ranges", () => {
    const policy = readAddressPolicy({ CLAIMDESK_FETCH_ALLOW: "intranet.example, 10.20.0.0/16, 192.168.5.5" });
    expect(isAllowedAddress("10.20.3.4", "whatever", policy)).toBe(true);
    expect(isAllowedAddress("10.21.3.4", "whatever", policy)).toBe(false);
    expect(isAllowedAddress("::ffff:192.168.5.5", "x", policy)).toBe(true);
    expect(isAllowedAddress("10.9.9.9", "intranet.example", policy)).toBe(true);
    expect(readAddressPolicy({ CLAIMDESK_FETCH_ALLOW_PRIVATE: "1" }).allowPrivate).toBe(true);
    expect(() => readAddressPolicy({ CLAIMDESK_FETCH_ALLOW: "http://x/" })).toThrow(/CLAIMDESK_FETCH_ALLOW/);
  });

  it("refuses other schemes, credentials and private literals before any request", () => {
    expect(() => checkFetchUrl("file:///etc/passwd", NONE)).toThrow(/Only http:\/\/ and https:\/\//);
    expect(() => checkFetchUrl("ftp://example.org/a.txt", NONE)).toThrow(/Only http/);
    expect(() => checkFetchUrl("javascript:alert(1)", NONE)).toThrow(/Only http/);
    expect(() => checkFetchUrl("https://user:secret@example.org/", NONE)).toThrow(/user name or password/);
    expect(() => checkFetchUrl("not a url", NONE)).toThrow(/not a web address/);
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "http://0x7f.1/",
      "http://2130706433/",
      "http://[::ffff:127.0.0.1]/",
    ]) {
      expect(() => checkFetchUrl(url, NONE), url).toThrow(/private or local network address/);
    }
  });
});

describe("fetchUrl on a local server", () => {
  it("refuses the loopback server by default, by literal and by a name that resolves to it", async () => {
    await refusal(fetchUrl(`${base}/article`, { policy: NONE }), "blocked_address", /127\.0\.0\.1 is a private or local network address/);
    const port = new URL(base).port;
    await refusal(fetchUrl(`http://localhost:${port}/article`, { policy: NONE }), "blocked_address", /localhost \((127\.0\.0\.1|::1)\)/);
  });

  it("fetches and converts a page when the configuration allows the address", async () => {
    const doc = await fetchUrl(`${base}/article`, { policy: LOOPBACK_ALLOWED });
    expect(doc).toMatchObject({ format: "html", title: "Bridge reopens", publisher: "Roads Office", url: `${base}/article` });
    expect(doc.text).toContain("The bridge carries 41,000 vehicles a day");
    const everything = await fetchUrl(`${base}/article.gz`, { policy: readAddressPolicy({ CLAIMDESK_FETCH_ALLOW_PRIVATE: "1" }) });
    expect(everything.text).toContain("Traffic delays fell 30 percent");
  });

  it("reads an unlabelled PDF and plain text", async () => {
    const pdf = await fetchUrl(`${base}/release.pdf`, { policy: LOOPBACK_ALLOWED });
    expect(pdf).toMatchObject({ format: "pdf", title: "Harbor dredging", text: "Dredging removed 80,000 cubic yards." });
    expect((await fetchUrl(`${base}/notes.txt`, { policy: LOOPBACK_ALLOWED })).text).toBe("Ridership rose 9 percent.");
  });

  it("follows redirects, checks every hop, and stops after five", async () => {
    const viaRedirect = await fetchUrl(`${base}/redirect/${encodeURIComponent("/article")}`, { policy: LOOPBACK_ALLOWED });
    expect(viaRedirect.url).toBe(`${base}/article`);

    // Allowed by host name only: the redirect to the bare loopback address is a new, refused hop.
    const port = new URL(base).port;
    const byName = readAddressPolicy({ CLAIMDESK_FETCH_ALLOW: "localhost" });
    await refusal(
      fetchUrl(`http://localhost:${port}/redirect/${encodeURIComponent(`http://127.0.0.1:${port}/article`)}`, { policy: byName }),
      "blocked_address",
      /127\.0\.0\.1 is a private/,
    );
    await refusal(
      fetchUrl(`${base}/redirect/${encodeURIComponent("http://169.254.169.254/latest/meta-data/")}`, { policy: LOOPBACK_ALLOWED }),
      "blocked_address",
      /169\.254\.169\.254/,
    );
    await refusal(
      fetchUrl(`${base}/redirect/${encodeURIComponent("file:///etc/passwd")}`, { policy: LOOPBACK_ALLOWED }),
      "fetch_failed",
      /Only http/,
    );
    await refusal(fetchUrl(`${base}/loop`, { policy: LOOPBACK_ALLOWED }), "fetch_failed", /redirects more than 5 times/);
  });

  it("stops an oversized body while streaming, a declared one at once, and a compression bomb", async () => {
    await refusal(fetchUrl(`${base}/big`, { policy: LOOPBACK_ALLOWED, maxBytes: 1_000_000 }), "too_large", /the limit is 1 MB/);
    await refusal(fetchUrl(`${base}/big-declared`, { policy: LOOPBACK_ALLOWED }), "too_large", /524\.3 MB; the limit is 20 MB/);
    await refusal(fetchUrl(`${base}/bomb`, { policy: LOOPBACK_ALLOWED, maxBytes: 1_000_000 }), "too_large", /the limit is 1 MB/);
  });

  it("gives up on a server that stops sending", async () => {
    await refusal(fetchUrl(`${base}/slow`, { policy: LOOPBACK_ALLOWED, timeoutMs: 300 }), "timeout", /did not send the page within 300 ms/);
  });

  it("refuses unsupported content types and error statuses", async () => {
    await refusal(fetchUrl(`${base}/image`, { policy: LOOPBACK_ALLOWED }), "unsupported_type", /image\/png content/);
    await refusal(fetchUrl(`${base}/json`, { policy: LOOPBACK_ALLOWED }), "unsupported_type", /application\/json content/);
    await refusal(fetchUrl(`${base}/missing`, { policy: LOOPBACK_ALLOWED }), "fetch_failed", /answered 404 \(Not Found\)/);
  });

  it("reports a refused connection", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await refusal(fetchUrl(`http://127.0.0.1:${port}/`, { policy: LOOPBACK_ALLOWED }), "fetch_failed", /refused the connection/);
  });
});
