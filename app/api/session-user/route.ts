import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * Who is signed in, for the header's account area (components/account-nav.tsx): the pages
 * themselves are the same for every visitor and cached, so the header asks for the account
 * separately. The user is re-read from the database (lib/auth/current-user.ts). Never cached.
 */
export async function GET() {
  let user = null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    // The header must not fail because the session cannot be read: it shows "Sign in".
    console.error("session-user: could not read the signed-in user", error);
  }
  return NextResponse.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
