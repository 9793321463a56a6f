import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { checkEnv } from "./lib/core/env";
import { readMaxDocumentBytes } from "./lib/ingest/limits";
import { SESSION_COOKIE } from "./lib/auth/session-cookie";
import { pageCacheRewrites } from "./lib/http/page-cache-routes";

/**
 * The Content-Security-Policy is set per request by proxy.ts, with a nonce (lib/http/csp.ts);
 * these headers go on every response.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/**
 * Loaded by `next build`, `next start`, `npm start` and `next dev` before anything else: a bad
 * environment variable stops them here, with a message naming it (lib/core/env.ts). The build signs no
 * session, so it alone may run without NEXTAUTH_SECRET.
 */
export default function config(phase: string): NextConfig {
  checkEnv({ ...process.env, NEXT_PHASE: phase === PHASE_PRODUCTION_BUILD ? phase : process.env.NEXT_PHASE });
  const maxDocumentBytes = readMaxDocumentBytes();
  return nextConfig(maxDocumentBytes);
}

const nextConfig = (MAX_DOCUMENT_BYTES: number): NextConfig => ({
  // The page cache and unstable_cache: Next's file-system cache with the database's identity in
  // every key, and expiries sent to every app server over PostgreSQL LISTEN/NOTIFY.
  cacheHandler: path.resolve("lib/cache/cache-handler.mjs"),
  // PGlite ships WASM and data files it loads from its own package folder: bundling breaks the paths.
  // unpdf: PDF.js for servers, one large module that loads its own parts at run time; bundling it gains nothing.
  serverExternalPackages: ["@electric-sql/pglite", "unpdf", "wink-pos-tagger"],
  typedRoutes: false,
  poweredByHeader: false,
  // A cached page's ETag is made once, when it is cached (lib/cache/cache-handler.mjs), and a match
  // answered by lib/auth/start.mjs; Next's own hashes every response's whole page in JavaScript.
  generateEtags: false,
  experimental: {
    // "Add release" posts the whole text of a release (up to CLAIMDESK_MAX_DOCUMENT_MB), plus room
    // for its details; uploads go to a route handler that counts the bytes itself.
    serverActions: { bodySizeLimit: MAX_DOCUMENT_BYTES + 1_000_000 },
    // proxy.ts runs before actions and uploads, and Next hands it a copy of the body cut at 10 MB
    // by default: the same limit as the actions, or a large release would arrive cut short.
    proxyClientMaxBodySize: MAX_DOCUMENT_BYTES + 1_000_000,
  },
  // One URL, two renderings: the signed-out one from the page cache (lib/http/page-cache-routes.ts).
  async rewrites() {
    return { beforeFiles: pageCacheRewrites(SESSION_COOKIE), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
});
