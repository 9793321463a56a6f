/**
 * What every form's answer shares, written once: zod issues as per-field messages, and the
 * submitted values echoed back so a failed form keeps what was typed, never a password.
 * No server-only import: forms and actions both use it.
 */
import type { z } from "zod";

/**
 * What every action returns to its form (useActionState). Small and serialisable. Defined here,
 * below both the write cores (db/mutation.ts, each domain's mutations.ts) and the actions (lib/actions re-exports it), so neither
 * imports the other for it.
 */
export type ActionState =
  | { ok: true; message?: string; id?: number }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[]>;
      /** Someone else changed or deleted the item since the form was opened. */
      conflict?: boolean;
      /** The submitted text, so the form can show it again after a failure. */
      values?: Record<string, string>;
    };

export const CONFLICT_MESSAGE = "Someone changed this since you opened it. Your text is kept below; reload to see theirs.";

/** zod issues by field ("a.b" for a nested path, "form" for the whole input). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** The one rule for secrets: a field whose name has "password" in it, in any case, is never echoed. */
export function isSecretField(key: string): boolean {
  return key.toLowerCase().includes("password");
}

/** The submitted strings (and finite numbers) to show again after a failure, secrets left out. */
export function echoValues(input: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (input && typeof input === "object") {
    for (const [key, value] of Object.entries(input)) {
      if (isSecretField(key)) continue;
      if (typeof value === "string") values[key] = value;
      else if (typeof value === "number" && Number.isFinite(value)) values[key] = String(value);
    }
  }
  return values;
}
