/**
 * The Content-Security-Policy of every page, with this request's nonce (proxy.ts makes one per
 * request; Next puts it on its own scripts). No 'unsafe-inline' for scripts: an injected <script>
 * or event handler does not run. 'strict-dynamic' lets the nonced scripts load Next's chunks.
 * Styles keep 'unsafe-inline' (React's style attributes and next/font's inline @font-face).
 * Development adds eval (React's debugging) and a websocket (hot reload).
 */
export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The nonce of the pages served from the page cache (the public claim page and `/`, proxy.ts). A
 * cached page is one copy for every visitor, its scripts rendered with one nonce, so the nonce
 * cannot change per request: it is derived from the session secret, the same on every app server
 * and across restarts (a changed secret: cached copies run no script until re-rendered, 300 s at
 * most). It is public, in every cached page, so it protects less than a fresh one: injected
 * event handlers (onerror=…) and scripts from elsewhere still do not run, and a page whose text a
 * visitor could inject into as HTML would need a fresh one (these render text only as text).
 */
export async function cachedPageNonce(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`claimdesk cached-page nonce\n${secret}`));
  return btoa(String.fromCharCode(...new Uint8Array(digest).slice(0, 16)));
}

/** 16 random bytes, base64: a fresh one for every request. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
