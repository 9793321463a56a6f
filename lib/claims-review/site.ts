/**
 * The newsroom's public identity, from the environment (read when called, so tests pass their
 * own). Pure: no Next import.
 */
export interface SiteConfig {
  /** Absolute origin with no trailing slash, e.g. "https://factcheck.example.org". */
  url: string;
  newsroomName: string;
}

const DEFAULT_URL = "http://localhost:3000";

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return { url: siteUrl(env.SITE_URL), newsroomName: env.NEWSROOM_NAME?.trim() || "Claim Desk" };
}

function siteUrl(raw: string | undefined): string {
  if (!raw?.trim()) return DEFAULT_URL;
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got ${JSON.stringify(raw)}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got ${JSON.stringify(raw)}`);
  }
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
}

/** The canonical public page of a claim. */
export function claimUrl(site: SiteConfig, claimId: number): string {
  return `${site.url}/claims/${claimId}`;
}
