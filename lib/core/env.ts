/**
 * Every environment variable Claim Desk reads, in one zod schema. `npm start` and `next build`
 * check it through next.config.ts (a bad value refuses to start, with a message naming the
 * variable), instrumentation.ts checks it again when the server registers, and each module reads
 * its settings from `readEnv()` instead of parsing process.env itself.
 *
 * Plain module: imports only zod (next.config.ts loads it before the app's path aliases exist).
 * Functions take an env record so tests pass their own; `readEnv()` (process.env) caches by value.
 */
import ipaddr from "ipaddr.js";
import { z } from "zod";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A trimmed string, or undefined when unset or blank. */
const optionalText = z.preprocess(blank, z.string().trim().optional());

/** A whole number in [min, max], or undefined when unset or blank. */
const wholeNumber = (name: string, min: number, max: number) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: `${name} must be a whole number from ${min} to ${max}` })
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, { error: `${name} must be at least ${min}` })
          .max(max, { error: `${name} must be at most ${max}` }),
      )
      .optional(),
  );

/** A number in (above, max], or undefined when unset or blank. */
const positiveNumber = (name: string, unit: string, max: number) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .transform(Number)
      .pipe(
        z
          .number({ error: `${name} must be a number of ${unit} above 0 and at most ${max}` })
          .gt(0, { error: `${name} must be a number of ${unit} above 0 and at most ${max}` })
          .max(max, { error: `${name} must be a number of ${unit} above 0 and at most ${max}` }),
      )
      .optional(),
  );

const httpOrigin = (name: string) =>
  z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: `${name} must be an absolute http(s) URL` })
      .transform((raw) => {
        const parsed = new URL(raw);
        return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
      })
      .optional(),
  );

const flag = z
  .preprocess(blank, z.string().trim().toLowerCase().optional())
  .transform((value) => ["1", "true", "yes"].includes(value ?? ""));

const list = z.preprocess(blank, z.string().optional()).transform((value) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

export const envSchema = z.object({
  NODE_ENV: z.preprocess(blank, z.enum(["development", "production", "test"]).default("development")),
  /** Set by `next build`; the build evaluates route modules but never signs a session. */
  NEXT_PHASE: optionalText,

  // The database (db/client.ts)
  DATABASE_URL: z.preprocess(
    blank,
    z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// or postgresql:// URL" }).optional(),
  ),
  PGLITE_DIR: optionalText,
  DATABASE_CONNECT_TIMEOUT_S: wholeNumber("DATABASE_CONNECT_TIMEOUT_S", 1, 120).transform((value) => value ?? 3),
  DATABASE_STATEMENT_TIMEOUT_MS: wholeNumber("DATABASE_STATEMENT_TIMEOUT_MS", 100, 600_000).transform((value) => value ?? 10_000),

  // Sign-in (lib/auth)
  NEXTAUTH_SECRET: z.preprocess(
    blank,
    z.string().trim().min(32, "NEXTAUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`).").optional(),
  ),
  NEXTAUTH_URL: httpOrigin("NEXTAUTH_URL"),
  GITHUB_ID: optionalText,
  GITHUB_SECRET: optionalText,
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  /** Comma-separated email domains whose OAuth sign-ins may create a new reviewer account. */
  AUTH_OAUTH_ALLOWED_DOMAINS: list.transform((domains) => domains.map((domain) => domain.toLowerCase())),

  // The public identity (lib/http/site.ts)
  /** Unset: each request's own origin. */
  SITE_URL: httpOrigin("SITE_URL"),
  NEWSROOM_NAME: optionalText.transform((value) => value || "Claim Desk"),

  // The dashboard, requests, ingest
  STALE_REVIEW_HOURS: positiveNumber("STALE_REVIEW_HOURS", "hours", 8_760).transform((value) => value ?? 72),
  TRUST_PROXY_HOPS: z
    .preprocess(
      blank,
      z
        .string()
        .trim()
        .regex(/^\d{1,2}$/, { error: "TRUST_PROXY_HOPS must be a whole number of proxies from 0 to 99" })
        .transform(Number)
        .optional(),
    )
    .transform((value) => value ?? 0),
  CLAIMDESK_MAX_DOCUMENT_MB: positiveNumber("CLAIMDESK_MAX_DOCUMENT_MB", "megabytes", 1_000).transform((value) => value ?? 20),
  CLAIMDESK_FETCH_ALLOW_PRIVATE: flag,
  /** Host names, addresses and CIDR ranges (lib/ingest/fetch-url.ts turns them into its policy). */
  CLAIMDESK_FETCH_ALLOW: list.superRefine((entries, context) => {
    for (const entry of entries) {
      if (ipaddr.isValidCIDR(entry) || ipaddr.isValid(entry) || /^[a-z0-9.-]+$/i.test(entry)) continue;
      context.addIssue({
        code: "custom",
        message: `CLAIMDESK_FETCH_ALLOW: ${JSON.stringify(entry)} is neither a host name, an address nor a CIDR range.`,
      });
    }
  }),
  CLAIMDESK_CONVERT_TIMEOUT_S: wholeNumber("CLAIMDESK_CONVERT_TIMEOUT_S", 1, 600).transform((value) => value ?? 20),
  CLAIMDESK_CONVERT_MEMORY_MB: wholeNumber("CLAIMDESK_CONVERT_MEMORY_MB", 64, 16_384),
  CLAIMDESK_CONVERT_WORKERS: wholeNumber("CLAIMDESK_CONVERT_WORKERS", 1, 64),
});

export type Env = z.output<typeof envSchema>;
export const ENV_NAMES = Object.keys(envSchema.shape ?? {}) as (keyof Env)[];

/** The settings, or an Error whose message names every bad variable and says what it must be. */
export function parseEnv(env: Record<string, string | undefined>): Env {
  const picked: Record<string, string | undefined> = {};
  for (const name of ENV_NAMES) picked[name] = env[name];
  const parsed = envSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.map(String).join(".") || "environment";
    return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
  });
  throw new Error(`Claim Desk cannot start: invalid environment.\n  ${lines.join("\n  ")}`);
}

/** The one rule for the session secret: required in production, except while `next build` runs. */
export function missingProductionSecret(env: Env): boolean {
  return env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build" && !env.NEXTAUTH_SECRET;
}

export const PRODUCTION_SECRET_REQUIRED =
  "NEXTAUTH_SECRET is required in production: set it to a random string of 32+ characters (`openssl rand -base64 32`).";

/**
 * What a server checks when it starts: every variable, and the session secret a production server
 * needs. @throws Error naming each bad variable.
 */
export function checkEnv(env: Record<string, string | undefined>): Env {
  const settings = parseEnv(env);
  if (missingProductionSecret(settings)) throw new Error(`Claim Desk cannot start: invalid environment.\n  ${PRODUCTION_SECRET_REQUIRED}`);
  return settings;
}

let cached: { key: string; env: Env } | undefined;

/** process.env's settings (parsed again only when one of the variables changed). */
export function readEnv(env: Record<string, string | undefined> = process.env): Env {
  if (env !== process.env) return parseEnv(env);
  const key = JSON.stringify(ENV_NAMES.map((name) => env[name] ?? null));
  if (cached?.key !== key) cached = { key, env: parseEnv(env) };
  return cached.env;
}
