/**
 * The newsroom's public identity: SITE_URL and NEWSROOM_NAME from the one environment module
 * (lib/core/env.ts). With SITE_URL unset, links are built on the origin the request arrived at
 * (`requestOrigin` in lib/http/proxies.ts), so a deployment behind any host name links to itself.
 * Pure: no Next import.
 */
import { readEnv } from "@/lib/core/env";

export interface SiteConfig {
  /** Absolute origin with no trailing slash, e.g. "https://factcheck.example.org". */
  url: string;
  newsroomName: string;
}

/**
 * `origin`: the request's own origin, used when SITE_URL is unset.
 * @throws Error when SITE_URL is unset and there is no request to take the origin from.
 */
export function siteConfig(origin: string | null, env: Record<string, string | undefined> = process.env): SiteConfig {
  const settings = readEnv(env);
  const url = settings.SITE_URL ?? origin?.replace(/\/+$/, "");
  if (!url) throw new Error("SITE_URL is not set and there is no request to take the origin from: set SITE_URL.");
  return { url, newsroomName: settings.NEWSROOM_NAME };
}

/**
 * The site for a page rendered once for every visitor (the page cache): SITE_URL, else the origin
 * the app is configured to be reached at (NEXTAUTH_URL), else this server's own address. Pages
 * rendered per request use the request's origin instead (current-site.ts). Set SITE_URL in
 * production so the two never differ.
 */
export function configuredSite(env: Record<string, string | undefined> = process.env): SiteConfig {
  const settings = readEnv(env);
  return siteConfig(settings.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? "3000"}`, env);
}

/** The canonical public page of a claim. */
export function claimUrl(site: SiteConfig, claimId: number): string {
  return `${site.url}/claims/${claimId}`;
}
