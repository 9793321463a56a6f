#!/usr/bin/env node
// `npm start`: `next start`, plus one convenience for the embedded database only. Without
// DATABASE_URL and NEXTAUTH_SECRET, a random secret is made once and kept beside the database folder
// (mode 0600), so `npm ci && npm run build && npm start` works on a fresh clone and sessions survive
// restarts. A deployment on PostgreSQL must set NEXTAUTH_SECRET itself: there, every app server has to
// share one secret, and no local file can promise that.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
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
announce(process.argv.slice(2));

const next = resolve("node_modules", "next", "dist", "bin", "next");
const child = spawn(process.execPath, [next, "start", ...process.argv.slice(2)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
