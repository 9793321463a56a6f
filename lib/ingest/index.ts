/**
 * Ingest: a file or a web address to the plain text and metadata of one release, ready for
 * importDocument (lib/sources/import.ts). Pure of the database and of Next: the page, the upload
 * route, the bulk CLI and the tests all call it.
 *
 * Interface note (shared with 6b/6c, see the issue): as agreed, plus compatible additions —
 * `convertFile` takes an optional `maxBytes`, and `fetchUrl` takes optional `FetchOptions`
 * (time and size limits, the private-address policy; defaults come from the environment).
 */
export { type ConvertedDocument, type ConvertOptions, convertFile, firstLineTitle } from "./convert";
export { ACCEPT_ATTRIBUTE, ACCEPTED_EXTENSIONS, type DocumentFormat, formatName } from "./detect";
export { IngestError, type IngestErrorCode, isIngestError } from "./errors";
export { type AddressPolicy, type FetchOptions, fetchUrl, readAddressPolicy } from "./fetch-url";
export { formatBytes, MAX_DOCUMENT_BYTES } from "./limits";
export { normalizeText } from "./normalize";
