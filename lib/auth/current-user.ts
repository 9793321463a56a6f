import "server-only";
/**
 * The signed-in user for this request, read from the database (not from the token), so a role
 * change or a disabled account takes effect on the very next request.
 */
import { and, eq, isNull } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { UserRole } from "@/lib/validation/review";
import { authOptions } from "./options";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

/** Null for anonymous visitors, unknown ids and disabled accounts. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (typeof id !== "number" || !Number.isSafeInteger(id)) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  return user ?? null;
});
