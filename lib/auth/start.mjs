#!/usr/bin/env node
// `npm start`: the production server. Next's request handler inside a plain node:http server
// (Next's documented custom server), for two things `next start` cannot do:
//
//  - The socket's peer address. Next keeps a client's X-Forwarded-For as sent, so with no proxy in
//    front (TRUST_PROXY_HOPS=0) the app could not tell a client's real address from a forged one.
//    This server writes the peer into the x-claimdesk-peer header with a random token only this
//    process knows (lib/http/proxies.ts), replacing anything a client sent under that name.
//  - The database being unavailable: while db/health.ts (same process, on
//    globalThis) has it down, page requests get a 503 "database unavailable, nothing was lost"
//    page at once instead of a render that would fail (a check runs at most once a second, so
//    the pages come back by themselves). Next cannot answer a page with a 503 itself.
//  - A 304 for a cached page the client already holds (answerNotModified, below).
//  - Stopping on SIGTERM/SIGINT: it stops accepting, lets requests finish (10 s at most), exits.
//
// And one convenience for the embedded database only: without DATABASE_URL and NEXTAUTH_SECRET, a
// random secret is made once and kept beside the database folder (mode 0600), so
// `npm ci && npm run build && npm start` works on a fresh clone and sessions survive restarts. A
// deployment on PostgreSQL must set NEXTAUTH_SECRET itself: every app server has to share one.
//
// Options as `next start`: -p/--port (or PORT, default 3000), -H/--hostname (default all addresses).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { dirname, resolve } from "node:path";

const env = process.env;
env.NEXT_TELEMETRY_DISABLED ??= "1";
env.NODE_ENV = "production";
if (!env.NEXTAUTH_SECRET && !env.DATABASE_URL) {
  const file = `${resolve(env.PGLITE_DIR || "data/pglite")}.auth-secret`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(48).toString("base64"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if (error.code !== "EEXIST") throw error; // another start made it first: use theirs
    }
  }
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

/**
 * The first lines a newcomer reads: where the app is and how to sign in. Next's own banner follows.
 * The port is the one `next start` will use (-p/--port, else PORT, else 3000).
 */
function announce(args) {
  const flag = args.findIndex((arg) => arg === "-p" || arg === "--port");
  const inline = args.find((arg) => arg.startsWith("--port="))?.slice("--port=".length);
  const port = (flag >= 0 ? args[flag + 1] : inline) || env.PORT || "3000";
  const lines = [`Claim Desk: http://localhost:${port}`];
  if (env.DATABASE_URL) {
    lines.push("Database: PostgreSQL (DATABASE_URL). Sign in with an account made by `npm run user -- add`.");
  } else {
    lines.push(`Database: embedded, in ${resolve(env.PGLITE_DIR || "data/pglite")} (made and seeded on the first request).`);
    lines.push("Sign in at /sign-in as reviewer@claimdesk.test, editor@claimdesk.test or admin@claimdesk.test,");
    lines.push("password claimdesk-demo. Reset the demo: stop the app, delete that folder, start again.");
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

function option(names, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    for (const name of names) {
      if (arg === name) return args[i + 1] ?? fallback;
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    }
  }
  return fallback;
}
const port = Number(option(["-p", "--port"], env.PORT || "3000"));
announce(process.argv.slice(2));
const hostname = option(["-H", "--hostname"], undefined);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${port}`);
  process.exit(2);
}

// Read by lib/http/proxies.ts in this same process; never leaves it.
const peerToken = randomBytes(24).toString("base64url");
env.CLAIMDESK_PEER_TOKEN = peerToken;

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
try {
  // Loads next.config.ts, which checks every environment variable (lib/core/env.ts).
  await app.prepare();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const handle = app.getRequestHandler();

/** A page a person asked for: not an API call, not a static file, not a form post. */
function isPageRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = (req.url ?? "/").split("?", 1)[0];
  if (path.startsWith("/_next/") || path.startsWith("/api/")) return false;
  return path === "/sitemap.xml" || path.startsWith("/sitemaps/") || !/\.[A-Za-z0-9]+$/.test(path);
}

const RETRY_AFTER_S = "5";
const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Database unavailable · Claim Desk</title>
<style>
body{margin:0;background:#faf8f5;color:#1c1917;font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif}
header{border-bottom:1px solid #e7e5e4;background:#fff;padding:12px 16px;font-weight:600}
main{max-width:40rem;margin:0 auto;padding:48px 16px}
.kicker{font-size:.8rem;font-weight:600;letter-spacing:.05em;text-transform:uppercase;color:#57534e;margin:0}
h1{font-size:1.9rem;line-height:1.2;margin:.4rem 0 1rem}
p{color:#44403c}
a.button{display:inline-block;margin-top:1rem;border-radius:6px;background:#1e3a8a;color:#fff;padding:8px 16px;font-weight:600;text-decoration:none}
</style></head>
<body><header>Claim Desk</header><main role="main">
<p class="kicker">503 · Service unavailable</p>
<h1>The database is unavailable</h1>
<p>Claim Desk cannot reach its database right now. <strong>Nothing was lost</strong>: everything saved before is still there, and nothing you send now is saved until it is back.</p>
<p>This is usually over within a minute. This page works again by itself as soon as the database answers.</p>
<a class="button" href="">Try again</a>
</main></body></html>
`;

function sendUnavailable(req, res) {
  res.writeHead(503, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": RETRY_AFTER_S,
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : UNAVAILABLE_PAGE);
}

/**
 * A cached page carries its ETag from the page cache (lib/cache/cache-handler.mjs makes it once,
 * when the page is cached; Next's own is off in next.config.ts). A request naming it in
 * If-None-Match gets 304 without the page. Decided as the headers go out, the one moment the status
 * and the ETag are both known: Next (and its compression, which wraps this) write them later.
 */
function answerNotModified(req, res) {
  const condition = req.headers["if-none-match"];
  if (!condition || (req.method !== "GET" && req.method !== "HEAD")) return;
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadOrNotModified(statusCode, ...rest) {
    const etag = res.getHeader("etag");
    if (statusCode !== 200 || typeof etag !== "string" || !namesEtag(condition, etag)) return writeHead.call(this, statusCode, ...rest);
    for (const name of ["content-length", "content-encoding", "content-type"]) res.removeHeader(name);
    return writeHead.call(this, 304, ...rest); // Node sends no body with a 304: later writes are dropped
  };
}

/** If-None-Match's weak comparison (RFC 9110, 13.1.2): `*`, or any listed tag with the same opaque part. */
function namesEtag(condition, etag) {
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  return condition.trim() === "*" || condition.split(",").some((tag) => opaque(tag) === opaque(etag));
}

async function serve(req, res) {
  req.headers["x-claimdesk-peer"] = `${peerToken} ${req.socket.remoteAddress ?? ""}`;
  answerNotModified(req, res);
  // Set by db/health.ts once the app has loaded it (the warm-up below does).
  const health = globalThis.__claimDeskDatabaseHealth;
  if (health && health.state !== "up" && isPageRequest(req) && !(await health.recheck())) {
    sendUnavailable(req, res);
    return;
  }
  await handle(req, res);
}

const server = http.createServer((req, res) => {
  serve(req, res).catch((error) => {
    console.error("request failed", error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Internal error.");
  });
});
server.listen(port, hostname, () => {
  console.log(`Claim Desk ready on http://${hostname ?? "localhost"}:${port}`);
  // Open the database now (and learn whether it answers) rather than on the first visitor's request.
  const local = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  fetch(`http://${local.includes(":") ? `[${local}]` : local}:${port}/api/health`).catch(() => {});
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
