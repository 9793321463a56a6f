import type { NextConfig } from "next";
import { MAX_DOCUMENT_BYTES } from "./lib/ingest/limits";

const isDev = process.env.NODE_ENV !== "production";

/**
 * Next's own runtime injects inline scripts and styles, so 'unsafe-inline' stays until pages carry
 * a nonce; the policy still forbids other origins, plugins, framing and foreign form targets.
 * Dev mode needs eval (React's debugging) and a websocket (hot reload).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files it loads from its own package folder: bundling breaks the paths.
  // unpdf: PDF.js for servers, one large module that loads its own parts at run time; bundling it gains nothing.
  serverExternalPackages: ["@electric-sql/pglite", "unpdf", "wink-pos-tagger"],
  typedRoutes: false,
  poweredByHeader: false,
  experimental: {
    // "Add release" posts the whole text of a release (up to CLAIMDESK_MAX_DOCUMENT_MB), plus room
    // for its details; uploads go to a route handler that counts the bytes itself.
    serverActions: { bodySizeLimit: MAX_DOCUMENT_BYTES + 1_000_000 },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
