import { describe, expect, it } from "vitest";
import { AppError, httpStatusOf, isAppError } from "./errors";

describe("AppError", () => {
  it("carries a code, a kind and an HTTP status", () => {
    const error = new AppError("bad_request:cursor");
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe("bad_request");
    expect(error.message).toBe("bad_request:cursor");
    expect(httpStatusOf(error)).toBe(400);
    expect(httpStatusOf(new AppError("not_found"))).toBe(404);
    expect(httpStatusOf(new AppError("conflict:version"))).toBe(409);
  });

  it("is recognised by code", () => {
    expect(isAppError(new AppError("not_found"), "not_found")).toBe(true);
    expect(isAppError(new AppError("not_found"), "bad_request:cursor")).toBe(false);
    expect(isAppError(new Error("not_found"))).toBe(false);
  });
});
