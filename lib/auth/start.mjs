#!/usr/bin/env node
// `npm start`: the production server. Next's request handler inside a plain node:http server
// (Next's documented custom server), for two things `next start` cannot do:
//
//  - The socket's peer address. Next keeps a client's X-Forwarded-For as sent, so with no proxy in
//    front (TRUST_PROXY_HOPS=0) the app could not tell a client's real address from a forged one.
//    This server writes the peer into the x-claimdesk-peer header with a random token only this
//    process knows (lib/http/proxies.ts), replacing anything a client sent under that name.
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
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  req.headers["x-claimdesk-peer"] = `${peerToken} ${req.socket.remoteAddress ?? ""}`;
  handle(req, res).catch((error) => {
    console.error("request failed", error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Internal error.");
  });
});
server.listen(port, hostname, () => {
  console.log(`Claim Desk ready on http://${hostname ?? "localhost"}:${port}`);
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
