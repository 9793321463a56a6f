import { withAuth } from "next-auth/middleware";
import { readAuthEnv } from "@/lib/auth/env";

/**
 * Optimistic only: sends anonymous visitors of internal pages to /sign-in (with a callbackUrl).
 * It never decides who may do what — the pages, data functions and actions check the user
 * (re-read from the database) on every request, so a valid token alone grants nothing.
 */
export default withAuth({
  secret: readAuthEnv().secret,
  pages: { signIn: "/sign-in" },
});

export const config = {
  matcher: ["/admin/:path*", "/queue", "/dashboard"],
};
