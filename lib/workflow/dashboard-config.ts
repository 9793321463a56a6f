/**
 * Settings of the editor dashboard, from the one environment module (lib/core/env.ts), read when called
 * (so tests pass their own). Pure: no Next or database import.
 */
import { readEnv } from "@/lib/core/env";

export const DEFAULT_STALE_HOURS = 72;

/**
 * STALE_REVIEW_HOURS: a claim in review for longer than this is listed as stale on the dashboard.
 * @throws Error naming the variable when it is not a positive number of hours up to a year.
 */
export function staleReviewHours(env: Record<string, string | undefined> = process.env): number {
  return readEnv(env).STALE_REVIEW_HOURS;
}
