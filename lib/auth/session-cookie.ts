/**
 * The session cookie's name, the same over HTTP and HTTPS so that every reader (getServerSession,
 * proxy.ts) finds it; over HTTPS it is also Secure (lib/auth/options.ts, authOptionsFor).
 */
export const SESSION_COOKIE = "next-auth.session-token";
