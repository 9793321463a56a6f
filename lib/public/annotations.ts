import "server-only";
/**
 * Claims as annotation rows, in id order with an opaque keyset cursor; for a signed-in viewer also
 * the notes on those claims (every live note, as the claim page shows them to staff). Anonymous
 * viewers get no notes, and a verdict only when it is the current published one.
 */
import { and, asc, eq, gt, inArray, isNull, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { claims, notes, sources, users, verdicts } from "@/db/schema";
import type { ClaimAnnotationInput, NoteAnnotationInput } from "./web-annotation";
import type { Actor } from "@/lib/core/roles";
import { AppError } from "@/lib/core/errors";
import { rowId } from "@/lib/core/params";
import { decodeCursor, encodeCursor } from "@/lib/core/cursor";

export interface AnnotationRowsPage {
  claims: ClaimAnnotationInput[];
  /** Always [] for an anonymous viewer. */
  notes: NoteAnnotationInput[];
  next: string | null;
}

const cursorSchema = z.strictObject({ v: z.literal(1), i: rowId });

const encodeAnnotationCursor = (id: number) => encodeCursor({ v: 1, i: id } satisfies z.input<typeof cursorSchema>);
/** @throws AppError("bad_request:cursor") */
const decodeAnnotationCursor = (cursor: string) => decodeCursor(cursor, cursorSchema).i;

/** @throws AppError("bad_request:cursor"), AppError("bad_request:filter") for a sourceId that is no row id */
export async function listClaimAnnotations({
  sourceId,
  cursor,
  limit,
  viewer,
}: {
  sourceId?: number;
  cursor?: string;
  limit: number;
  viewer: Actor | null;
}): Promise<AnnotationRowsPage> {
  if (sourceId !== undefined && !rowId.safeParse(sourceId).success) {
    throw new AppError("bad_request:filter", "sourceId must be a whole number from 1 to 2147483647");
  }
  const afterId = cursor === undefined ? undefined : decodeAnnotationCursor(cursor);
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [
    eq(claims.notAClaim, false),
    sourceId === undefined ? undefined : eq(claims.sourceId, sourceId),
    afterId === undefined ? undefined : gt(claims.id, afterId),
  ];
  const rows = await db
    .select({
      id: claims.id,
      sourceId: claims.sourceId,
      sourceUrl: sources.url,
      text: claims.text,
      subject: claims.subject,
      start: claims.start,
      end: claims.end,
      exact: claims.quoteExact,
      prefix: claims.quotePrefix,
      suffix: claims.quoteSuffix,
      rating: verdicts.rating,
      summary: verdicts.summary,
      publishedAt: verdicts.publishedAt,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(verdicts, and(eq(verdicts.claimId, claims.id), eq(verdicts.state, "published")))
    .where(and(...conditions))
    .orderBy(asc(claims.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);

  const claimInputs: ClaimAnnotationInput[] = page.map((row) => ({
    id: row.id,
    sourceId: row.sourceId,
    sourceUrl: row.sourceUrl,
    text: row.text,
    subject: row.subject,
    start: row.start,
    end: row.end,
    quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    verdict:
      row.rating !== null && row.summary !== null && row.publishedAt !== null
        ? { rating: row.rating, summary: row.summary, publishedAt: row.publishedAt }
        : null,
  }));

  let noteInputs: NoteAnnotationInput[] = [];
  if (viewer && page.length > 0) {
    noteInputs = await db
      .select({
        id: notes.id,
        claimId: notes.claimId,
        body: notes.body,
        authorName: users.name,
        createdAt: notes.createdAt,
        updatedAt: notes.updatedAt,
      })
      .from(notes)
      .innerJoin(users, eq(users.id, notes.authorId))
      .where(
        and(
          inArray(
            notes.claimId,
            page.map((row) => row.id),
          ),
          isNull(notes.deletedAt),
        ),
      )
      .orderBy(asc(notes.claimId), asc(notes.id));
  }
  return { claims: claimInputs, notes: noteInputs, next: rows.length > limit && last ? encodeAnnotationCursor(last.id) : null };
}
