/**
 * Extra app servers a spec starts and stops itself (the built app, `npm start`'s lib/auth/start.mjs),
 * each on its own port and database: for what only a restart or a second server shows.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims, users } from "@/db/schema";
import { publishVerdict, takeClaim } from "@/lib/workflow/mutations";
import { APP_PORT } from "./servers";

export const E2E_AUTH_SECRET = "claimdesk-e2e-only-secret-0123456789abcdef";

/** Ports past the two playwright.config.ts starts (E2E_PORT and E2E_PORT + 1). */
export const EXTRA_PORTS = [APP_PORT + 2, APP_PORT + 3] as const;

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built app and waits until its database answers (/api/health opens it). */
export async function startApp(port: number, env: { PGLITE_DIR?: string; DATABASE_URL?: string }): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["lib/auth/start.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: E2E_AUTH_SECRET,
      NEXTAUTH_URL: url,
      DATABASE_URL: env.DATABASE_URL ?? "",
      ...(env.PGLITE_DIR ? { PGLITE_DIR: env.PGLITE_DIR } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Its output, for a failing test to be read: .cache/e2e-app-<port>.log.
  const out = fs.createWriteStream(path.resolve(".cache", `e2e-app-${port}.log`), { flags: "a" });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app on port ${port} exited: ${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`the app on port ${port} did not come up: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Takes the claim as the editor and publishes a verdict, through the workflow's own cores. */
export async function publishAsEditor(db: Db, claimId: number, summary: string): Promise<void> {
  const [editor] = await db.select().from(users).where(eq(users.email, "editor@claimdesk.test"));
  if (!editor) throw new Error("no editor account");
  const actor = { id: editor.id, role: editor.role };
  const version = async () => (await db.select({ version: claims.version }).from(claims).where(eq(claims.id, claimId)))[0]?.version ?? 0;
  const taken = await takeClaim(db, actor, { claimId: String(claimId), version: String(await version()) });
  if (!taken.state.ok) throw new Error(`take: ${taken.state.error}`);
  const published = await publishVerdict(db, actor, {
    claimId: String(claimId),
    version: String(await version()),
    rating: "misleading",
    summary,
    rationale: `Rationale for ${summary}.`,
  });
  if (!published.state.ok) throw new Error(`publish: ${published.state.error}`);
}
