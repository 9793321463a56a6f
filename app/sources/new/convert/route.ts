import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { convertFile, tooLarge } from "@/lib/ingest/convert";
import { toDraft } from "@/lib/ingest/draft";
import { isIngestError, type IngestErrorCode } from "@/lib/ingest/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/ingest/limits";
import { SIGN_IN_REQUIRED, UNEXPECTED_ERROR } from "@/db/mutation";

/**
 * POST /sources/new/convert: the raw bytes of one uploaded file (the body is the file itself, not
 * multipart; its name in X-File-Name, URI-encoded) → `{ draft }` for the add-release form, or
 * `{ error, code }`. Writes nothing.
 *
 * A route handler rather than a server action so a large upload is refused before it is read:
 * a declared Content-Length over the limit gets 413 at once, and an undeclared body is counted as
 * it streams and cut off at the limit.
 */
const NO_STORE = { "Cache-Control": "no-store" };

const STATUS: Record<IngestErrorCode, number> = {
  too_large: 413,
  unsupported_type: 415,
  binary: 415,
  empty: 422,
  malformed: 422,
  fetch_failed: 400,
  blocked_address: 400,
  timeout: 400,
  too_complex: 422,
  busy: 503,
};

function failure(error: string, status: number, code?: string) {
  return NextResponse.json({ error, ...(code ? { code } : {}) }, { status, headers: NO_STORE });
}

export async function POST(request: Request) {
  // Same-origin only (a browser always sends Origin on a POST); the session cookie is SameSite too.
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(request.url).origin) {
    const forwardedHost = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!forwardedHost || new URL(origin).host !== forwardedHost) return failure("Uploads are accepted from this site only.", 403);
  }

  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_DOCUMENT_BYTES) {
    return failure(tooLarge(declared, MAX_DOCUMENT_BYTES).message, 413, "too_large");
  }

  let user;
  try {
    user = await getCurrentUser();
  } catch (error) {
    console.error("upload: could not read the signed-in user", error);
    return failure(UNEXPECTED_ERROR, 503);
  }
  if (!user) return failure(SIGN_IN_REQUIRED, 401);

  const filename = decodeFileName(request.headers.get("x-file-name"));
  const contentType = request.headers.get("content-type") ?? undefined;

  let bytes: Uint8Array;
  try {
    bytes = await readCapped(request, MAX_DOCUMENT_BYTES);
  } catch (error) {
    if (isIngestError(error)) return failure(error.message, STATUS[error.code], error.code);
    return failure("The upload broke off before the whole file arrived. Try again.", 400);
  }

  try {
    const document = await convertFile(bytes, { filename, contentType });
    return NextResponse.json({ draft: toDraft(document, filename ?? "the uploaded file") }, { headers: NO_STORE });
  } catch (error) {
    if (isIngestError(error)) return failure(error.message, STATUS[error.code], error.code);
    console.error("upload: conversion failed", error);
    return failure(
      "This file could not be read. Check that it is a .txt, .md, .html or .pdf file that opens on your computer.",
      422,
      "malformed",
    );
  }
}

/** The body, read up to `limit` bytes; past that the stream is cancelled and too_large thrown. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(size, limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decodeFileName(header: string | null): string | undefined {
  if (!header) return undefined;
  try {
    const name = decodeURIComponent(header).trim();
    return name === "" ? undefined : name.slice(0, 255);
  } catch {
    return undefined;
  }
}
