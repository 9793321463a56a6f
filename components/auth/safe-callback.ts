/**
 * Where to go after signing in: only a path on this site ("/claims/12"), never another origin
 * ("//evil.example", "https://…", "/\\evil"), so the sign-in page cannot be used as an open redirect.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/api/auth")) return fallback;
  return value;
}
