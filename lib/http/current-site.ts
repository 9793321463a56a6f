import "server-only";
/**
 * The site identity for the request being answered: SITE_URL, or else this request's own origin
 * (lib/http/site.ts, lib/http/proxies.ts requestOrigin).
 */
import { headers } from "next/headers";
import { requestOrigin } from "./proxies";
import { type SiteConfig, siteConfig } from "./site";

/** For a route handler: the request it was given (its Host header, else the host of its URL). */
export function siteOf(request: Request): SiteConfig {
  const incoming: Record<string, string> = Object.fromEntries(request.headers.entries());
  incoming.host ||= new URL(request.url).host;
  return siteConfig(requestOrigin(incoming));
}

/** For a page, a metadata route or a server action: the request Next is answering. */
export async function currentSite(): Promise<SiteConfig> {
  const incoming = await headers();
  return siteConfig(requestOrigin(Object.fromEntries(incoming.entries())));
}
