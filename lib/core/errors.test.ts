import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError, ERROR_CODES, httpStatusOf, isAppError } from "./errors";

/** The product's source files (tests and the e2e specs left out). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe("AppError", () => {
  it("carries a code, a kind and an HTTP status", () => {
    const error = new AppError("bad_request:cursor");
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe("bad_request");
    expect(error.message).toBe("bad_request:cursor");
    expect(httpStatusOf(error)).toBe(400);
    expect(httpStatusOf(new AppError("unauthorized"))).toBe(401);
    expect(httpStatusOf(new AppError("forbidden"))).toBe(403);
    expect(httpStatusOf(new AppError("unavailable:database"))).toBe(503);
  });

  it("is recognised by code", () => {
    expect(isAppError(new AppError("forbidden"), "forbidden")).toBe(true);
    expect(isAppError(new AppError("forbidden"), "bad_request:cursor")).toBe(false);
    expect(isAppError(new Error("forbidden"))).toBe(false);
  });

  it("has no code that nothing throws", () => {
    const text = ["lib", "db", "app"]
      .flatMap((dir) => sources(path.resolve(dir)))
      .map((file) => fs.readFileSync(file, "utf8"))
      .join("\n");
    // Formatting may break the call after its parenthesis: `new AppError(\n  "code"`.
    const thrown = new Set([...text.matchAll(/new AppError\(\s*"([^"]+)"/g)].map((match) => match[1]));
    for (const code of ERROR_CODES) expect(thrown.has(code), code).toBe(true);
  });
});
