import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { readAuthEnv } from "@/lib/auth/env";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { cachedPageNonce, contentSecurityPolicy, makeNonce } from "@/lib/http/csp";
import { PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { CACHED_CLAIM_LIST, INTERNAL_ROUTE, LIST_VIEW_HEADER, pageCacheRoute } from "@/lib/http/page-cache-routes";
import { readTrustProxyHops } from "@/lib/http/proxies";

/**
 * Runs before every page, server action and upload (not /api, not static files):
 *
 *  1. A path that is not valid percent-encoded UTF-8 (/sources/%ED%A0%80) is a 400 here, before
 *     Next or a page tries to decode it.
 *  2. A POST (a server action, the upload route) must carry an Origin header naming this host.
 *     Browsers always send one; Next checks a present Origin itself but lets a missing one through.
 *  3. Anonymous visitors of internal pages go to /sign-in, optimistically: the pages, data
 *     functions and actions decide who may do what from the user and session rows, every time.
 *  4. The same URL, two renderings (lib/http/page-cache-routes.ts): a signed-out visitor's
 *     `/claims/N` and the first pages of `/`'s menus come from the page cache, with a Cache-Control
 *     a shared cache may keep. The list's cached view is named here (a request header) and
 *     next.config.ts's rewrites route by it, as they route a session cookie's claim page to the
 *     staff page; /cached/… and /staff/… asked for directly are 404s.
 *  5. A nonce-based Content-Security-Policy on the request (Next reads the nonce from it for its
 *     own scripts) and on the response. A cached page is one copy for everyone, so its nonce is
 *     the cached pages' fixed one (lib/http/csp.ts, cachedPageNonce); every other page a fresh one.
 */
const PROTECTED = [/^\/admin(\/|$)/, /^\/queue$/, /^\/dashboard$/];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const authSecret = readAuthEnv().secret;
const trustProxyHops = readTrustProxyHops();
let cachedNonce: Promise<string> | undefined;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodesAsUtf8(pathname)) {
    return new NextResponse("Bad request: this address is not valid (its percent-encoding is not UTF-8).\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  if (!SAFE_METHODS.has(request.method) && !sameOrigin(request)) {
    return new NextResponse("Forbidden: a form or action must be sent from this site (its Origin header is missing or foreign).\n", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  if (PROTECTED.some((pattern) => pattern.test(pathname))) {
    const token = await getToken({ req: request, secret: authSecret, cookieName: SESSION_COOKIE });
    if (!token) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }

  if (INTERNAL_ROUTE.test(pathname)) {
    return new NextResponse("Not found.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const route = pageCacheRoute(pathname, request.cookies.has(SESSION_COOKIE), request.nextUrl.searchParams);
  const cached = route !== null;
  const nonce = cached ? await (cachedNonce ??= cachedPageNonce(authSecret)) : makeNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  // The cached list's view, for next.config.ts's rewrite (the address stays `/…`); never the client's own.
  headers.delete(LIST_VIEW_HEADER);
  if (route?.startsWith(`${CACHED_CLAIM_LIST}/`)) headers.set(LIST_VIEW_HEADER, route.slice(CACHED_CLAIM_LIST.length + 1));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  // The same for every visitor: a shared cache may keep it (nginx skips requests with a session cookie).
  if (cached && SAFE_METHODS.has(request.method)) response.headers.set("Cache-Control", PUBLIC_PAGE_CACHE_CONTROL);
  return response;
}

function decodesAsUtf8(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The Origin header is present and names the host this request was sent to. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  // Behind trusted proxies the public host is the forwarded one (the nearest proxy's, last).
  const forwarded = trustProxyHops > 0 ? request.headers.get("x-forwarded-host")?.split(",").pop()?.trim() : undefined;
  const host = forwarded || request.headers.get("host");
  return host !== null && originHost === host;
}

export const config = { matcher: ["/((?!api/|_next/static/|_next/image|icon.svg|favicon.ico|robots.txt|sitemap.xml).*)"] };
