/**
 * next-auth configuration. Sessions are JWTs (credentials sign-in requires it) carrying only the
 * user id and role; getCurrentUser() re-reads the user row on every request, so a role change or
 * a disabled account takes effect at once, whatever the token says.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { signInSchema, type UserRole } from "@/lib/validation/review";
import { authenticate } from "./authenticate";
import { readAuthEnv } from "./env";
import { githubVerifiedEmail, linkedUserId, resolveOAuthUser } from "./oauth";

declare module "next-auth" {
  interface Session {
    user: { id: number; role: UserRole; name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: UserRole;
  }
}

/** Error code shown as ?error=RateLimited on the sign-in page (next-auth passes a thrown message through). */
export const RATE_LIMITED_ERROR = "RateLimited";

/**
 * The client's address: the first X-Forwarded-For entry (set by the reverse proxy in front of
 * the app servers), else X-Real-IP. Without either there is no per-address limit.
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  if (first) return first;
  const real = headers?.["x-real-ip"];
  return typeof real === "string" && real.trim() ? real.trim() : null;
}

const env = readAuthEnv();

async function roleOf(id: number): Promise<UserRole | undefined> {
  const db = await getDb();
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, id));
  return row?.role;
}

export const authOptions: NextAuthOptions = {
  secret: env.secret,
  logger: {
    // On the embedded database the app serves one machine and next-auth takes the origin from the
    // request, as it should: its NEXTAUTH_URL warning would only alarm a newcomer at the first
    // sign-in. On PostgreSQL (a deployment) it stays, as every other warning does.
    warn(code) {
      if (code === "NEXTAUTH_URL" && !process.env.DATABASE_URL) return;
      console.warn(`[next-auth][warn][${code}]`, `\nhttps://next-auth.js.org/warnings#${code.toLowerCase()}`);
    },
    error(code, metadata) {
      console.error(`[next-auth][error][${code}]`, `\nhttps://next-auth.js.org/errors#${code.toLowerCase()}`, metadata);
    },
    debug() {},
  },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const result = await authenticate({
          db: await getDb(),
          email: parsed.data.email,
          password: parsed.data.password,
          address: clientAddress(req.headers),
        });
        if (!result.ok) {
          if (result.reason === "rate_limited") throw new Error(RATE_LIMITED_ERROR);
          return null;
        }
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
    ...(env.github ? [GitHubProvider({ clientId: env.github.clientId, clientSecret: env.github.clientSecret })] : []),
    ...(env.google ? [GoogleProvider({ clientId: env.google.clientId, clientSecret: env.google.clientSecret })] : []),
  ],
  callbacks: {
    async signIn({ account, profile, user }) {
      if (!account || account.provider === "credentials") return true;
      let verifiedEmail: string | null = null;
      if (account.provider === "google") {
        const google = profile as { email?: string; email_verified?: boolean } | undefined;
        verifiedEmail = google?.email_verified === true && google.email ? google.email : null;
      } else if (account.provider === "github" && account.access_token) {
        verifiedEmail = await githubVerifiedEmail(account.access_token);
      }
      const resolved = await resolveOAuthUser(
        await getDb(),
        { provider: account.provider, providerAccountId: account.providerAccountId, verifiedEmail, name: user.name ?? null },
        env.oauthAllowedDomains,
      );
      return resolved !== null;
    },
    async jwt({ token, user, account }) {
      if (account && user) {
        const uid =
          account.provider === "credentials"
            ? Number(user.id)
            : await linkedUserId(await getDb(), account.provider, account.providerAccountId);
        if (uid) {
          token.uid = uid;
          token.role = await roleOf(uid);
        }
        // OAuth tokens carry the provider's picture URL etc.; keep the token small.
        delete token.picture;
      }
      return token;
    },
    async session({ session, token }) {
      // Role and name here are hints for the UI only; getCurrentUser() is the authority.
      if (token.uid) session.user = { ...session.user, id: token.uid, role: token.role ?? "reviewer" };
      return session;
    },
  },
};
