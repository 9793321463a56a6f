/**
 * Authentication settings from the environment, parsed once with zod.
 * NEXTAUTH_SECRET signs the session JWTs: required in production; development and tests get a
 * fixed fallback. OAuth providers switch on only when both of their variables are set.
 */
import { z } from "zod";

const DEVELOPMENT_SECRET = "claimdesk-development-secret-never-used-in-production";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const authEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by `next build`; the build evaluates route modules but never signs a session. */
  NEXT_PHASE: optional,
  NEXTAUTH_SECRET: z
    .string()
    .trim()
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`).")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  GITHUB_ID: optional,
  GITHUB_SECRET: optional,
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  /** Comma-separated email domains whose OAuth sign-ins may create a new reviewer account. */
  AUTH_OAUTH_ALLOWED_DOMAINS: optional,
});

export interface AuthEnv {
  secret: string;
  github: { clientId: string; clientSecret: string } | null;
  google: { clientId: string; clientSecret: string } | null;
  /** Lowercased domains; empty: OAuth only signs in to accounts that already exist. */
  oauthAllowedDomains: string[];
}

export function readAuthEnv(env: NodeJS.ProcessEnv = process.env): AuthEnv {
  const parsed = authEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid authentication environment: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  const building = data.NEXT_PHASE === "phase-production-build";
  if (!data.NEXTAUTH_SECRET && data.NODE_ENV === "production" && !building) {
    throw new Error(
      "NEXTAUTH_SECRET is required in production: set it to a random string of 32+ characters (`openssl rand -base64 32`).",
    );
  }
  return {
    secret: data.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    github: data.GITHUB_ID && data.GITHUB_SECRET ? { clientId: data.GITHUB_ID, clientSecret: data.GITHUB_SECRET } : null,
    google:
      data.GOOGLE_CLIENT_ID && data.GOOGLE_CLIENT_SECRET
        ? { clientId: data.GOOGLE_CLIENT_ID, clientSecret: data.GOOGLE_CLIENT_SECRET }
        : null,
    oauthAllowedDomains: (data.AUTH_OAUTH_ALLOWED_DOMAINS ?? "")
      .split(",")
      .map((domain) => domain.trim().toLowerCase())
      .filter(Boolean),
  };
}
