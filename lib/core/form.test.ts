import { describe, expect, it } from "vitest";
import { z } from "zod";
import { echoValues, fieldErrorsOf, isSecretField } from "./form";
import { formRowId, isRowId, MAX_ROW_ID } from "./params";

describe("form answers", () => {
  it("groups zod issues by field, the whole input under form", () => {
    const schema = z.object({ a: z.string().min(2, "too short"), b: z.object({ c: z.number("a number") }) }).refine(() => false, "never");
    const result = schema.safeParse({ a: "x", b: { c: "y" } });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ a: ["too short"], "b.c": ["a number"] });
    const whole = z.string("text please").safeParse(1);
    if (!whole.success) expect(fieldErrorsOf(whole.error)).toEqual({ form: ["text please"] });
  });

  it("never echoes a field named like a password, in any case", () => {
    for (const key of ["password", "newPassword", "PASSWORD_CONFIRM", "currentpassword"]) expect(isSecretField(key)).toBe(true);
    expect(echoValues({ email: "a@b.c", newPassword: "hunter22hunter22", version: 3, list: ["x"], nan: Number.NaN })).toEqual({
      email: "a@b.c",
      version: "3",
    });
  });

  it("checks a row id the same way everywhere: 1 to 2^31 - 1", () => {
    for (const id of [1, 42, MAX_ROW_ID]) expect(isRowId(id)).toBe(true);
    for (const id of [0, -1, 1.5, MAX_ROW_ID + 1, Number.NaN, Number.POSITIVE_INFINITY]) expect(isRowId(id)).toBe(false);
    expect(formRowId("The claim").safeParse("12").data).toBe(12);
    expect(formRowId("The claim").safeParse(String(MAX_ROW_ID + 1)).error?.issues[0]?.message).toBe("The claim is not valid.");
  });
});
