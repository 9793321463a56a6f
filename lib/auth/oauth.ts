/**
 * Which Claim Desk account an OAuth sign-in belongs to. Decision:
 *   1. a known (provider, account id) pair → its user;
 *   2. else a VERIFIED email that matches a user → link the provider account to that user;
 *   3. else, only when the email's domain is in AUTH_OAUTH_ALLOWED_DOMAINS → a new reviewer.
 * Otherwise the sign-in is refused: notes are internal, so a stranger's Google account must not
 * become a reviewer by default. Disabled accounts are refused.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { oauthAccounts, users } from "@/db/schema";

/** The name an account gets when none is given: the email address before the "@". */
export function defaultName(email: string): string {
  return email.split("@")[0] ?? email;
}

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  /** Only an email the provider says is verified; null otherwise. */
  verifiedEmail: string | null;
  name: string | null;
}

export async function resolveOAuthUser(db: Db, identity: OAuthIdentity, allowedDomains: readonly string[]): Promise<{ id: number } | null> {
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ id: users.id, disabledAt: users.disabledAt })
      .from(oauthAccounts)
      .innerJoin(users, eq(users.id, oauthAccounts.userId))
      .where(and(eq(oauthAccounts.provider, identity.provider), eq(oauthAccounts.providerAccountId, identity.providerAccountId)));
    if (linked) return linked.disabledAt ? null : { id: linked.id };

    const email = identity.verifiedEmail?.trim().toLowerCase();
    if (!email) return null;
    const [existing] = await tx.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.email, email));
    let userId: number;
    if (existing) {
      if (existing.disabledAt) return null;
      userId = existing.id;
    } else {
      const domain = email.split("@")[1] ?? "";
      if (!allowedDomains.includes(domain)) return null;
      const [created] = await tx
        .insert(users)
        .values({ email, name: identity.name?.trim() || defaultName(email), role: "reviewer", passwordHash: null })
        .returning({ id: users.id });
      if (!created) return null;
      userId = created.id;
    }
    await tx
      .insert(oauthAccounts)
      .values({ userId, provider: identity.provider, providerAccountId: identity.providerAccountId })
      .onConflictDoNothing();
    return { id: userId };
  });
}

/** The account id a provider account is linked to, after resolveOAuthUser linked it. */
export async function linkedUserId(db: Db, provider: string, providerAccountId: string): Promise<number | null> {
  const [row] = await db
    .select({ userId: oauthAccounts.userId })
    .from(oauthAccounts)
    .where(and(eq(oauthAccounts.provider, provider), eq(oauthAccounts.providerAccountId, providerAccountId)));
  return row?.userId ?? null;
}

/**
 * GitHub's profile does not say whether its email is verified; its emails API does. We ask for the
 * primary, verified address with the access token the sign-in just received.
 */
export async function githubVerifiedEmail(accessToken: string): Promise<string | null> {
  try {
    const response = await fetch("https://api.github.com/user/emails", {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json" },
    });
    if (!response.ok) return null;
    const emails = (await response.json()) as { email?: unknown; primary?: unknown; verified?: unknown }[];
    const primary = emails.find((entry) => entry.primary === true && entry.verified === true);
    return typeof primary?.email === "string" ? primary.email : null;
  } catch {
    return null;
  }
}
