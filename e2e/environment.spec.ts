import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { APP_PORT } from "./support/servers";

/**
 * The environment is checked when the server starts (lib/core/env.ts through next.config.ts): the built
 * server started with a bad value stops at once, naming the variable, instead of failing on the
 * first page that reads it. And SITE_URL unset means each request's own origin.
 */

/** Starts the production server as `npm start` does and waits for it to exit (or gives up). */
function startServer(env: Record<string, string>, port: number): Promise<{ code: number | null; output: string }> {
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-env-"));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["lib/auth/start.mjs", "-p", String(port), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        DATABASE_URL: "",
        PGLITE_DIR: pgliteDir,
        NEXTAUTH_SECRET: "claimdesk-e2e-only-secret-0123456789abcdef",
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += String(chunk)));
    child.stderr.on("data", (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => child.kill("SIGTERM"), 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      fs.rmSync(pgliteDir, { recursive: true, force: true });
      resolve({ code, output });
    });
  });
}

test.describe("the environment", () => {
  test("a bad value refuses to start the built server, with a message naming the variable", async () => {
    test.setTimeout(150_000);
    const port = APP_PORT + 7;
    for (const [name, value] of [
      ["SITE_URL", "javascript:alert(1)"],
      ["TRUST_PROXY_HOPS", "lots"],
    ] as const) {
      const { code, output } = await startServer({ [name]: value }, port);
      expect(code, output).toBe(1);
      expect(output).toContain("Claim Desk cannot start: invalid environment.");
      expect(output).toContain(name);
      // It stopped before serving anything.
      expect(output).not.toContain("Claim Desk ready on");
    }
  });

  test("SITE_URL unset: the public links are on the origin the request asked for", async ({ request, baseURL }) => {
    const own = await (await request.get("/api/annotations?limit=1")).json();
    expect(own.id).toBe(`${baseURL}/api/annotations?limit=1`);
    expect(JSON.stringify(own)).toContain(`${baseURL}/claims/`);

    // The same server reached under another name links to that name, never to localhost:3000.
    const other = await (await request.get("/api/annotations?limit=1", { headers: { host: "desk.example:8080" } })).json();
    expect(other.id).toBe("http://desk.example:8080/api/annotations?limit=1");
    expect(JSON.stringify(other)).toContain("http://desk.example:8080/claims/");
    expect(JSON.stringify(other)).not.toContain("localhost:3000");

    // A forged Host never reaches a link.
    const forged = await (
      await request.get("/api/annotations?limit=1", { headers: { host: "evil.example/<x>" } })
    )
      .json()
      .catch(() => null);
    if (forged) expect(JSON.stringify(forged)).not.toContain("evil.example");
  });
});
