/**
 * next-auth configuration. Sessions are JWTs (credentials sign-in requires it) carrying the user
 * id, a role hint and a session id; getCurrentUser() re-reads the user row with that session's row
 * on every request (lib/auth/sessions.ts), so a sign-out, a password or role change or a disabled
 * account ends the session at once, whatever the cookie says.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { signInSchema } from "./schema";
import { type UserRole } from "@/lib/core/fields";
import { authenticate } from "./authenticate";
import { revokeSession, startSession } from "./sessions";
import { readEnv } from "@/lib/core/env";
import { readAuthEnv } from "./env";
import { githubVerifiedEmail, linkedUserId, resolveOAuthUser } from "./oauth";
import { clientAddress, reachedOverHttps } from "@/lib/http/proxies";
import { SESSION_COOKIE } from "./session-cookie";

declare module "next-auth" {
  interface Session {
    user: { id: number; role: UserRole; name?: string | null; email?: string | null; image?: string | null };
    /** The server-side session (user_sessions.id); worthless without the signed token around it. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: UserRole;
    sid?: string;
  }
}

/** Error code shown as ?error=RateLimited on the sign-in page (next-auth passes a thrown message through). */
export const RATE_LIMITED_ERROR = "RateLimited";

const env = readAuthEnv();

async function roleOf(id: number): Promise<UserRole | undefined> {
  const db = await getDb();
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, id));
  return row?.role;
}

/** The session cookie: one name always, Secure when the app is reached over HTTPS. */
function sessionCookie(secure: boolean): NonNullable<NextAuthOptions["cookies"]> {
  return { sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure } } };
}

export const authOptions: NextAuthOptions = {
  secret: env.secret,
  logger: {
    // On the embedded database the app serves one machine and next-auth takes the origin from the
    // request, as it should: its NEXTAUTH_URL warning would only alarm a newcomer at the first
    // sign-in. On PostgreSQL (a deployment) it stays, as every other warning does.
    warn(code) {
      if (code === "NEXTAUTH_URL" && !readEnv().DATABASE_URL) return;
      console.warn(`[next-auth][warn][${code}]`, `\nhttps://next-auth.js.org/warnings#${code.toLowerCase()}`);
    },
    error(code, metadata) {
      console.error(`[next-auth][error][${code}]`, `\nhttps://next-auth.js.org/errors#${code.toLowerCase()}`, metadata);
    },
    debug() {},
  },
  cookies: sessionCookie(readEnv().NEXTAUTH_URL?.startsWith("https://") ?? false),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
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
          token.sid = await startSession(await getDb(), uid);
        }
        // OAuth tokens carry the provider's picture URL etc.; keep the token small.
        delete token.picture;
      }
      return token;
    },
    async session({ session, token }) {
      // Role and name here are hints for the UI only; getCurrentUser() is the authority.
      if (token.uid) session.user = { ...session.user, id: token.uid, role: token.role ?? "reviewer" };
      if (token.sid) session.sid = token.sid;
      return session;
    },
  },
  events: {
    // Sign-out ends the session on the server: the old cookie, replayed, reads and writes nothing.
    async signOut({ token }) {
      if (token?.sid) await revokeSession(await getDb(), token.sid);
    },
  },
};

/**
 * The options for one request to /api/auth: its cookies are Secure when the app is reached over
 * HTTPS (NEXTAUTH_URL is https, or a trusted proxy's X-Forwarded-Proto says https).
 */
export function authOptionsFor(headers: Record<string, string>): NextAuthOptions {
  const secure = reachedOverHttps(headers);
  return { ...authOptions, useSecureCookies: secure, cookies: sessionCookie(secure) };
}
