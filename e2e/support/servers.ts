/**
 * The two servers playwright.config.ts starts: the app on a fresh database, and one whose database
 * cannot open. E2E_PORT moves both (the broken one is E2E_PORT + 1), so two checkouts can run
 * their end-to-end tests at once.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BROKEN_DB_PORT = APP_PORT + 1;
export const BROKEN_DB_URL = `http://127.0.0.1:${BROKEN_DB_PORT}`;

/** A loopback address the app is allowed to fetch from (CLAIMDESK_FETCH_ALLOW): e2e/datasets.spec.ts serves tables on it. */
export const DATA_SERVER_HOST = "127.0.0.3";
