/** The embedded database's demo accounts (seeded by seed-database.ts); a module of its own so a start from the template names them without loading the engine. */
export const DEMO_PASSWORD = "claimdesk-demo";
export const DEMO_ACCOUNTS = [
  { email: "reviewer@claimdesk.test", name: "Demo Reviewer", role: "reviewer" },
  { email: "editor@claimdesk.test", name: "Demo Editor", role: "editor" },
  { email: "admin@claimdesk.test", name: "Demo Admin", role: "admin" },
] as const;
