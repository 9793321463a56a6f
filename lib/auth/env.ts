/**
 * Authentication settings, from the one environment module (lib/core/env.ts, whose rule refuses a
 * missing NEXTAUTH_SECRET in production: here, and when the server starts). Development and tests get a fixed fallback secret.
 * OAuth providers switch on only when both of their variables are set.
 */
import { missingProductionSecret, PRODUCTION_SECRET_REQUIRED, readEnv } from "@/lib/core/env";

const DEVELOPMENT_SECRET = "claimdesk-development-secret-never-used-in-production";

export interface AuthEnv {
  secret: string;
  github: { clientId: string; clientSecret: string } | null;
  google: { clientId: string; clientSecret: string } | null;
  /** Lowercased domains; empty: OAuth only signs in to accounts that already exist. */
  oauthAllowedDomains: string[];
}

export function readAuthEnv(env: Record<string, string | undefined> = process.env): AuthEnv {
  const data = readEnv(env);
  if (missingProductionSecret(data)) throw new Error(PRODUCTION_SECRET_REQUIRED);
  return {
    secret: data.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    github: data.GITHUB_ID && data.GITHUB_SECRET ? { clientId: data.GITHUB_ID, clientSecret: data.GITHUB_SECRET } : null,
    google:
      data.GOOGLE_CLIENT_ID && data.GOOGLE_CLIENT_SECRET
        ? { clientId: data.GOOGLE_CLIENT_ID, clientSecret: data.GOOGLE_CLIENT_SECRET }
        : null,
    oauthAllowedDomains: data.AUTH_OAUTH_ALLOWED_DOMAINS,
  };
}
