import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsFor } from "@/lib/auth/options";

/** next-auth, with options made per request so the cookies are Secure whenever the request came over HTTPS. */
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request, context, authOptionsFor(Object.fromEntries(request.headers)));
}

export { handler as GET, handler as POST };
