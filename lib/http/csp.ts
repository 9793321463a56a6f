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

/** 16 random bytes, base64: a fresh one for every request. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
