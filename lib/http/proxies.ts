/**
 * Who is on the other end of a request, trusting only the proxies we are told to.
 *
 * TRUST_PROXY_HOPS (default 0) is the number of reverse proxies in front of the app, counted the
 * way Express's `trust proxy` counts them:
 *   0  the client is the socket's peer; X-Forwarded-For and X-Forwarded-Proto are ignored (a
 *      client can send them with any value);
 *   n  the client is the n-th X-Forwarded-For entry from the right (each trusted proxy appends the
 *      address it received from), and X-Forwarded-Proto, set by the nearest proxy, is believed.
 *      Fewer entries than n: the leftmost.
 *
 * The socket's peer reaches the app through `npm start` (lib/auth/start.mjs), which writes it into
 * PEER_HEADER with a token only this process knows, so the header cannot be forged from outside
 * (Next itself keeps a client's X-Forwarded-For as is). Without it (`next dev`, or `next start`
 * run directly) the address is unknown: the per-address sign-in limit does not apply, the
 * per-account one still does.
 */
import { readEnv } from "@/lib/core/env";

export const PEER_HEADER = "x-claimdesk-peer";

/** TRUST_PROXY_HOPS (checked by lib/core/env.ts). */
export function readTrustProxyHops(env: Record<string, string | undefined> = process.env): number {
  return readEnv(env).TRUST_PROXY_HOPS;
}

type Headers = Record<string, unknown> | undefined;

function header(headers: Headers, name: string): string | undefined {
  const value = headers?.[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string").join(",");
  return undefined;
}

/** The socket's peer as `npm start` recorded it, or null when the header is absent or not ours. */
export function peerAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string | null {
  const token = env.CLAIMDESK_PEER_TOKEN;
  const value = header(headers, PEER_HEADER);
  if (!token || !value) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== token) return null;
  const address = value.slice(space + 1).trim();
  return address === "" ? null : address;
}

/** The client's address under TRUST_PROXY_HOPS, or null when it cannot be known. */
export function clientAddress(
  headers: Headers,
  hops = readTrustProxyHops(),
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (hops === 0) return peerAddress(headers, env);
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return peerAddress(headers, env);
  return forwarded[Math.max(0, forwarded.length - hops)] ?? null;
}

/**
 * Whether the client reached us over HTTPS: NEXTAUTH_URL is https, or a trusted proxy
 * (TRUST_PROXY_HOPS > 0) says so in X-Forwarded-Proto.
 */
export function reachedOverHttps(
  headers: Headers,
  hops = readTrustProxyHops(),
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (readEnv(env).NEXTAUTH_URL?.toLowerCase().startsWith("https://")) return true;
  if (hops === 0) return false;
  const proto = header(headers, "x-forwarded-proto")
    ?.split(",")
    .map((entry) => entry.trim().toLowerCase());
  // The nearest proxy's value is the last one.
  return proto?.[proto.length - 1] === "https";
}

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin the client asked for: its Host header (the nearest proxy's X-Forwarded-Host when
 * TRUST_PROXY_HOPS > 0), over https when `reachedOverHttps` says so. A host that is not a plain
 * host name or address (a forged header) gives "localhost". The public links' origin when
 * SITE_URL is unset (lib/http/site.ts).
 */
export function requestOrigin(
  headers: Headers,
  hops = readTrustProxyHops(),
  env: Record<string, string | undefined> = process.env,
): string {
  const forwarded = hops > 0 ? header(headers, "x-forwarded-host")?.split(",").pop()?.trim() : undefined;
  const host = forwarded || header(headers, "host") || "";
  return `${reachedOverHttps(headers, hops, env) ? "https" : "http"}://${HOST.test(host) ? host.toLowerCase() : "localhost"}`;
}
