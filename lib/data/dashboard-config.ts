/**
 * Settings of the editor dashboard, read from the environment when called (so tests pass their
 * own). Pure: no Next or database import.
 */

export const DEFAULT_STALE_HOURS = 72;
/** One year: a longer threshold would mean nothing is ever stale. */
const MAX_STALE_HOURS = 8_760;

/**
 * STALE_REVIEW_HOURS: a claim in review for longer than this is listed as stale on the dashboard.
 * @throws Error naming the variable when it is not a positive number of hours up to a year.
 */
export function staleReviewHours(env: Record<string, string | undefined> = process.env): number {
  const raw = env.STALE_REVIEW_HOURS?.trim();
  if (!raw) return DEFAULT_STALE_HOURS;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_STALE_HOURS) {
    throw new Error(`STALE_REVIEW_HOURS must be a number of hours above 0 and at most ${MAX_STALE_HOURS}, got ${JSON.stringify(raw)}`);
  }
  return hours;
}
