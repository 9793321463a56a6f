import "server-only";
/**
 * The signed-in user for this request, read from the database (not from the token) together with
 * the token's session row (lib/auth/sessions.ts), so a role change, a disabled account, a sign-out
 * or a revoked session takes effect on the very next request.
 */
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { UserRole } from "@/lib/core/fields";
import { authOptions } from "./options";
import { sessionUser } from "./sessions";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

/** Null for anonymous visitors, unknown ids, disabled accounts and ended sessions. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  const sessionId = session?.sid;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || typeof sessionId !== "string") return null;
  return sessionUser(await getDb(), id, sessionId);
});
