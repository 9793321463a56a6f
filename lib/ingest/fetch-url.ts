/**
 * Fetches a release from the web without letting a URL reach inside the newsroom's network (SSRF).
 *
 * - Only http and https, no user:password@ in the URL.
 * - Every address a name resolves to must be a public unicast address (ipaddr.js classifies it):
 *   loopback, private, link-local (169.254.169.254, the cloud metadata endpoint), CGNAT, multicast,
 *   unspecified, reserved, unique-local IPv6 and IPv4-mapped IPv6 of those are refused. The socket
 *   connects to the address that was checked (a `lookup` hook on the request), so a DNS answer that
 *   changes between check and connect (rebinding) cannot swap it.
 * - Redirects are followed by hand, at most 5, and each hop is checked again.
 * - One time limit for the whole fetch, body included (10 s), and a size limit counted on the
 *   decompressed body while it streams (the download stops as soon as it is exceeded).
 * - Only web pages, plain text, Markdown and PDF (or an unlabelled body that sniffs as one).
 *
 * CLAIMDESK_FETCH_ALLOW_PRIVATE=1 allows every address (a newsroom fetching its intranet);
 * CLAIMDESK_FETCH_ALLOW lists host names and address ranges (CIDR) allowed even though private.
 */
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import ipaddr from "ipaddr.js";
import { readEnv } from "@/lib/core/env";
import { type ConvertedDocument, convertFile, tooLarge } from "./convert";
import { mediaTypeOf } from "./detect";
import { IngestError } from "./errors";
import { MAX_DOCUMENT_BYTES } from "./limits";

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;
const USER_AGENT = "ClaimDesk/1.0 (press release import)";

export interface AddressPolicy {
  /** Every address allowed (CLAIMDESK_FETCH_ALLOW_PRIVATE=1). */
  allowPrivate: boolean;
  /** Host names (exact, lowercase) allowed whatever they resolve to. */
  hosts: string[];
  /** Address ranges allowed although not public. */
  ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

export interface FetchOptions {
  signal?: AbortSignal;
  /** Whole fetch, all redirects and the body included. Default 10 s. */
  timeoutMs?: number;
  /** Default MAX_DOCUMENT_BYTES. */
  maxBytes?: number;
  /** Default: from the environment (readAddressPolicy). */
  policy?: AddressPolicy;
}

/** CLAIMDESK_FETCH_ALLOW_PRIVATE and CLAIMDESK_FETCH_ALLOW ("intranet.example, 10.1.0.0/16, 192.0.2.7"), checked by lib/core/env.ts. */
export function readAddressPolicy(env: Record<string, string | undefined> = process.env): AddressPolicy {
  const settings = readEnv(env);
  const hosts: string[] = [];
  const ranges: AddressPolicy["ranges"] = [];
  for (const entry of settings.CLAIMDESK_FETCH_ALLOW) {
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else hosts.push(entry.toLowerCase());
  }
  return { allowPrivate: settings.CLAIMDESK_FETCH_ALLOW_PRIVATE, hosts, ranges };
}

/** True for public unicast addresses only (IPv4-mapped IPv6 judged as the IPv4 inside). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.range() !== "unicast") return false;
  // IPv6: only global unicast (2000::/3); everything else there is reserved or special.
  return parsed.kind() === "ipv4" || parsed.match(ipaddr.parseCIDR("2000::/3"));
}

export function isAllowedAddress(address: string, hostname: string, policy: AddressPolicy): boolean {
  if (policy.allowPrivate || isPublicAddress(address)) return true;
  if (policy.hosts.includes(hostname.toLowerCase())) return true;
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return policy.ranges.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
}

/** Checks a URL before any request: scheme, credentials, and an address literal's range. */
export function checkFetchUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new IngestError("fetch_failed", "That is not a web address. Give the full address, starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IngestError("fetch_failed", `Only http:// and https:// addresses can be fetched, not ${url.protocol}//.`);
  }
  if (url.username || url.password) {
    throw new IngestError("fetch_failed", "Addresses with a user name or password in them (user:pass@host) are not fetched.");
  }
  const host = hostOf(url);
  if (ipaddr.isValid(host) && !isAllowedAddress(host, host, policy)) throw blockedAddress(host, host);
  url.hash = "";
  return url;
}

export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<ConvertedDocument> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const fetched = await fetchBytes(rawUrl, { ...options, maxBytes });
  const filename = fetched.url.pathname.split("/").pop() ?? "";
  return convertFile(fetched.bytes, {
    contentType: fetched.contentType,
    filename: decodeSafely(filename),
    url: fetched.url.toString(),
    maxBytes,
  });
}

/** Tables (lib/datasets): CSV, TSV and plain text, or an unlabelled body. */
export const TABLE_TYPES: ReadonlySet<string> = new Set([
  "text/csv",
  "text/tab-separated-values",
  "application/csv",
  "text/plain",
  "",
  "application/octet-stream",
  "binary/octet-stream",
]);

/** The same guarded fetch, handing back the raw bytes (datasets pass TABLE_TYPES). */
export async function fetchBytes(
  rawUrl: string,
  options: FetchOptions & { acceptedTypes?: ReadonlySet<string> } = {},
): Promise<{ bytes: Uint8Array; contentType: string; url: URL }> {
  const policy = options.policy ?? readAddressPolicy();
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const accepted = options.acceptedTypes ?? ACCEPTED_TYPES;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let url = checkFetchUrl(rawUrl, policy);
  for (let hop = 0; ; hop += 1) {
    let answer: Answer;
    try {
      answer = await request(url, { policy, maxBytes, signal, accepted });
    } catch (error) {
      if (timeout.aborted) {
        const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`;
        throw new IngestError("timeout", `${url.host} did not send the page within ${limit}. Try again later, or paste the text.`);
      }
      if (options.signal?.aborted) throw new IngestError("fetch_failed", "The fetch was cancelled.");
      throw error instanceof IngestError ? error : connectionError(error, url);
    }
    if (answer.kind === "redirect") {
      if (hop >= MAX_REDIRECTS) {
        throw new IngestError("fetch_failed", `${rawUrl} redirects more than ${MAX_REDIRECTS} times; give the final address instead.`);
      }
      let next: URL;
      try {
        next = new URL(answer.location, url);
      } catch {
        throw new IngestError("fetch_failed", `${url.host} redirected to an address that is not valid.`);
      }
      url = checkFetchUrl(next.toString(), policy);
      continue;
    }
    return { bytes: answer.bytes, contentType: answer.contentType, url };
  }
}

// ---------------------------------------------------------------------------------------------

type Answer = { kind: "redirect"; location: string } | { kind: "body"; bytes: Uint8Array; contentType: string };

const ACCEPTED_TYPES = new Set([
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/markdown",
  "text/x-markdown",
  "application/pdf",
  "application/x-pdf",
  // Unlabelled bodies: convertFile decides from the file name and the bytes.
  "",
  "application/octet-stream",
  "binary/octet-stream",
]);

function request(
  url: URL,
  context: { policy: AddressPolicy; maxBytes: number; signal: AbortSignal; accepted: ReadonlySet<string> },
): Promise<Answer> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const req = client.request(
      url,
      {
        method: "GET",
        // A fresh connection each time: a pooled socket never carries a request past the address check.
        agent: false,
        lookup: guardedLookup(context.policy),
        signal: context.signal,
        headers: {
          "User-Agent": USER_AGENT,
          Accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/pdf;q=0.9,*/*;q=0.1",
          "Accept-Encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if ([301, 302, 303, 307, 308].includes(status) && location) {
          response.resume();
          settled = true;
          resolve({ kind: "redirect", location });
          return;
        }
        if (status < 200 || status > 299) {
          response.resume();
          const reason = response.statusMessage ? ` (${response.statusMessage})` : "";
          fail(new IngestError("fetch_failed", `${url.host} answered ${status}${reason} for this address, so there is nothing to import.`));
          return;
        }
        const contentType = response.headers["content-type"] ?? "";
        const mediaType = mediaTypeOf(contentType);
        if (!context.accepted.has(mediaType)) {
          response.destroy();
          fail(
            new IngestError(
              "unsupported_type",
              context.accepted === TABLE_TYPES
                ? `This address gives ${mediaType} content, not a CSV or TSV table. Link to the data file itself, or download it and upload the file.`
                : `This address gives ${mediaType} content, not a web page, text or PDF. Link to the release itself, or download it and upload the file.`,
            ),
          );
          return;
        }
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > context.maxBytes) {
          response.destroy();
          fail(tooLarge(declared, context.maxBytes));
          return;
        }
        let body: Readable = response;
        const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
        if (encoding === "gzip" || encoding === "x-gzip") body = response.pipe(zlib.createGunzip());
        else if (encoding === "deflate") body = response.pipe(zlib.createInflate());
        else if (encoding === "br") body = response.pipe(zlib.createBrotliDecompress());
        else if (encoding !== "identity" && encoding !== "") {
          response.destroy();
          fail(new IngestError("fetch_failed", `${url.host} sent the page compressed as "${encoding}", which Claim Desk cannot read.`));
          return;
        }

        const chunks: Buffer[] = [];
        let size = 0;
        const stop = (error: unknown) => {
          // Settle first: destroying the streams emits errors of their own.
          fail(error);
          response.destroy();
          if (body !== response) body.destroy();
        };
        body.on("data", (chunk: Buffer) => {
          size += chunk.length;
          // Counted after decompression, so a small compressed bomb is stopped too.
          if (size > context.maxBytes) stop(tooLarge(size, context.maxBytes));
          else chunks.push(chunk);
        });
        body.on("error", (error) =>
          stop(
            error instanceof IngestError
              ? error
              : new IngestError("fetch_failed", `The page from ${url.host} arrived damaged (${describe(error)}).`),
          ),
        );
        response.on("error", stop);
        response.on("close", () => {
          if (!response.complete) stop(new IngestError("fetch_failed", `${url.host} broke off the download.`));
        });
        body.on("end", () => {
          if (settled) return;
          settled = true;
          resolve({ kind: "body", bytes: new Uint8Array(Buffer.concat(chunks, size)), contentType });
        });
      },
    );
    req.on("error", fail);
    req.end();
  });
}

/** Resolves, refuses if any answer is not allowed, and hands the socket the checked addresses. */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0, hints: options.hints }, (error, addresses) => {
      if (error) {
        callback(error, "", 0);
        return;
      }
      const refused = addresses.find((entry) => !isAllowedAddress(entry.address, hostname, policy));
      if (refused || addresses.length === 0) {
        callback(blockedAddress(hostname, refused?.address ?? "no address") as unknown as NodeJS.ErrnoException, "", 0);
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? "", addresses[0]?.family ?? 4);
    });
  };
}

function blockedAddress(hostname: string, address: string): IngestError {
  const where = hostname === address ? address : `${hostname} (${address})`;
  return new IngestError(
    "blocked_address",
    `${where} is a private or local network address, which Claim Desk does not fetch from. Ask an administrator to allow it (CLAIMDESK_FETCH_ALLOW), or download the release and upload the file.`,
  );
}

function connectionError(error: unknown, url: URL): IngestError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  const host = url.host;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new IngestError("fetch_failed", `No server called ${url.hostname} was found. Check the address.`);
  if (code === "ECONNREFUSED")
    return new IngestError("fetch_failed", `${host} refused the connection. Check the address, or try again later.`);
  if (code === "ECONNRESET" || code === "EPIPE") return new IngestError("fetch_failed", `The connection to ${host} broke off. Try again.`);
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) {
    return new IngestError("fetch_failed", `The secure connection to ${host} failed (${code}): its certificate is not valid.`);
  }
  return new IngestError("fetch_failed", `Could not fetch ${url.toString()}: ${describe(error)}.`);
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

function describe(error: unknown): string {
  if (error instanceof Error) return ((error as NodeJS.ErrnoException).code ?? error.message).replace(/\.$/, "");
  return "unknown error";
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
