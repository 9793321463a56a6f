import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { chunksOf, DatasetFileError, MAX_DATASET_BYTES } from "@/lib/datasets/parse";
import { importDataset } from "@/lib/datasets/store";
import { refreshDataMatchesForDataset } from "@/lib/datasets/suggestions";
import { uploadDatasetSchema } from "@/lib/datasets/schema";
import { fetchBytes, TABLE_TYPES } from "@/lib/ingest/fetch-url";
import { isIngestError } from "@/lib/ingest/errors";
import { SIGN_IN_REQUIRED, UNEXPECTED_ERROR } from "@/db/mutation";

/**
 * POST /datasets/upload?title=…&publisher=…&url=…&publishedOn=…&licence=…&filename=…
 *   body: the CSV or TSV file itself (not multipart), streamed into the database as it arrives;
 *   or no body and `fetchUrl=` to fetch the file from the web with the release fetcher's limits.
 * → `{ datasetId, kind }` or `{ error, row? }`. Any signed-in reviewer, editor or admin.
 *
 * A route handler, not a server action: a 100 MB file streams (the browser shows its upload
 * progress) instead of being buffered, and a declared Content-Length over the limit gets 413 at once.
 */
const NO_STORE = { "Cache-Control": "no-store" };

function failure(error: string, status: number, row?: number) {
  return NextResponse.json({ error, ...(row ? { row } : {}) }, { status, headers: NO_STORE });
}

async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" (a sandboxed page, a file) or garbage: not this site.
    }
    if (!host || originHost !== host) return failure("Uploads are accepted from this site only.", 403);
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_DATASET_BYTES) {
    return failure(`This file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, the most Claim Desk imports as one dataset.`, 413);
  }
  let user;
  try {
    user = await getCurrentUser();
  } catch (error) {
    console.error("dataset upload: could not read the signed-in user", error);
    return failure(UNEXPECTED_ERROR, 503);
  }
  if (!user) return failure(SIGN_IN_REQUIRED, 401);

  const parsed = uploadDatasetSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return failure(first ? `${first.path.join(".") || "form"}: ${first.message}` : "Check the form.", 400);
  }
  const { filename, fetchUrl, ...details } = parsed.data;

  try {
    let source: AsyncIterable<Uint8Array>;
    let name = filename ?? null;
    if (fetchUrl) {
      const fetched = await fetchBytes(fetchUrl, { maxBytes: MAX_DATASET_BYTES, acceptedTypes: TABLE_TYPES });
      source = chunksOf(fetched.bytes);
      name ??= fetched.url.pathname.split("/").pop() ?? null;
    } else if (request.body) {
      source = bodyChunks(request.body);
    } else {
      return failure("Choose a CSV or TSV file, or give its web address.", 400);
    }
    const db = await getDb();
    const outcome = await importDataset(db, {
      source,
      filename: name,
      details: { ...details, url: details.url ?? fetchUrl ?? null },
      actorId: user.id,
    });
    if (outcome.kind === "created") {
      // Badges for the claims this dataset may check (bounded; a hint, never a verdict).
      await refreshDataMatchesForDataset(db, outcome.datasetId);
      revalidatePath("/datasets");
      revalidatePath("/queue");
    }
    return NextResponse.json(
      { datasetId: outcome.datasetId, kind: outcome.kind },
      { status: outcome.kind === "created" ? 201 : 200, headers: NO_STORE },
    );
  } catch (error) {
    if (error instanceof DatasetFileError) return failure(`${error.message} Nothing was stored.`, 422, error.row);
    if (isIngestError(error)) return failure(error.message, 400);
    console.error("dataset upload failed", error);
    return failure(UNEXPECTED_ERROR, 500);
  }
}
