/** The two servers playwright.config.ts starts: the app on a fresh database, and one whose database cannot open. */
export const APP_PORT = 3100;
export const BROKEN_DB_PORT = 3101;
export const BROKEN_DB_URL = `http://127.0.0.1:${BROKEN_DB_PORT}`;
