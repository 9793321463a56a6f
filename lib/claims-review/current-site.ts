import "server-only";
/**
 * The site identity for the request being answered: SITE_URL, or else this request's own origin
 * (lib/claims-review/site.ts, lib/http/proxies.ts requestOrigin).
 */
import { headers } from "next/headers";
import { type SiteConfig, siteConfig } from "./site";
import { requestOrigin } from "@/lib/http/proxies";

export async function currentSite(): Promise<SiteConfig> {
  const incoming = await headers();
  return siteConfig(requestOrigin(Object.fromEntries(incoming.entries())));
}
