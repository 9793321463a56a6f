/** The extraction engine: pure functions over a string, no I/O and no framework. */
export { extractClaims, EXTRACTOR_VERSION } from "./extract";
export { findNumbers } from "./numbers";
export { runChecks } from "./checks";
export type * from "./types";
