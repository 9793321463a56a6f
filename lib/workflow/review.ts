import "server-only";
/**
 * What the claim page shows of the review work, decided by who is looking:
 *   - anonymous: only citations an editor made public; never notes, never history;
 *   - signed in: every live citation and note, with own/editable flags, and the claim's history.
 */
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditLog, citations, claims, notes, users, verdicts } from "@/db/schema";
import { type Actor, canChangeAuthoredItem, hasRole } from "@/lib/core/roles";
import { AppError } from "@/lib/core/errors";
import { listUserSummaries, type UserSummary } from "@/lib/users/mutations";
import type { CitationStance } from "@/lib/core/fields";
import type { Unit } from "@/lib/engine/types";
import { historySentence } from "./history-sentence";
import { isRowId } from "@/lib/core/params";

export type { UserSummary };

export interface ReviewAuthor {
  id: number;
  name: string;
}

/** What a citation and a note both carry: who wrote it, what the viewer may do, its version. */
interface AuthoredItemView {
  author: ReviewAuthor;
  /** The viewer wrote it. */
  own: boolean;
  /** The viewer may edit and delete it (author, editor, admin). */
  editable: boolean;
  /** Send back with updates and deletes (optimistic concurrency). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CitationView extends AuthoredItemView {
  id: number;
  url: string;
  title: string;
  publisher: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  quote: string | null;
  stance: CitationStance;
  figure: number | null;
  /** figure − the claim's value, when both exist (same units as the claim). */
  difference: number | null;
  isPublic: boolean;
}

export interface NoteView extends AuthoredItemView {
  id: number;
  /** Markdown as typed: render it escaped, never as HTML. */
  body: string;
}

export interface HistoryEntry {
  id: number;
  at: Date;
  /** e.g. "citation.added", "note.updated", "claim.marked_not_a_claim" */
  action: string;
  entityType: string;
  entityId: string;
  actor: ReviewAuthor | null;
  /** One line for people: "changed title, quote". */
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ClaimReview {
  claim: {
    id: number;
    value: number | null;
    unit: Unit;
    origin: "extracted" | "manual";
    notAClaim: boolean;
    notAClaimReason: string | null;
    /** Send back with markNotAClaimAction / restoreClaimAction. */
    version: number;
  };
  citations: CitationView[];
  /** Always [] for an anonymous viewer. */
  notes: NoteView[];
  /** Always [] for an anonymous viewer; newest first. */
  history: HistoryEntry[];
  /** The viewer may add citations, notes, manual claims and mark not-a-claim. */
  canReview: boolean;
  /**
   * The viewer may mark it not a claim, or restore it: false for a reviewer once a verdict on it is
   * public (lib/claims/mutations.ts decides again).
   */
  canChangeClaimhood: boolean;
}

/** Null when the claim does not exist. */
export async function getClaimReview({ claimId, viewer }: { claimId: number; viewer: Actor | null }): Promise<ClaimReview | null> {
  if (!isRowId(claimId)) return null;
  const db = await getDb();
  const [claim] = await db
    .select({
      id: claims.id,
      value: claims.value,
      unit: claims.unit,
      origin: claims.origin,
      notAClaim: claims.notAClaim,
      notAClaimReason: claims.notAClaimReason,
      version: claims.version,
    })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim) return null;

  const citationRows = await db
    .select({
      id: citations.id,
      url: citations.url,
      title: citations.title,
      publisher: citations.publisher,
      publishedOn: citations.publishedOn,
      quote: citations.quote,
      stance: citations.stance,
      figure: citations.figure,
      isPublic: citations.isPublic,
      version: citations.version,
      createdAt: citations.createdAt,
      updatedAt: citations.updatedAt,
      authorId: users.id,
      authorName: users.name,
    })
    .from(citations)
    .innerJoin(users, eq(users.id, citations.authorId))
    .where(and(eq(citations.claimId, claimId), isNull(citations.deletedAt), viewer ? undefined : eq(citations.isPublic, true)))
    .orderBy(asc(citations.createdAt), asc(citations.id));

  const flags = (authorId: number) => ({
    own: viewer?.id === authorId,
    editable: viewer ? canChangeAuthoredItem(viewer, authorId) : false,
  });

  const review: ClaimReview = {
    claim,
    citations: citationRows.map(({ authorId, authorName, ...row }) => ({
      ...row,
      difference: row.figure !== null && claim.value !== null ? row.figure - claim.value : null,
      author: { id: authorId, name: authorName },
      ...flags(authorId),
      // A public citation is the editors' (lib/citations/mutations.ts decides again).
      ...(row.isPublic && viewer && !hasRole(viewer, "editor") ? { editable: false } : {}),
    })),
    notes: [],
    history: [],
    canReview: viewer !== null,
    canChangeClaimhood: false,
  };
  if (!viewer) return review;

  const [publishedVerdict] = await db
    .select({ id: verdicts.id })
    .from(verdicts)
    .where(and(eq(verdicts.claimId, claimId), eq(verdicts.state, "published")))
    .limit(1);
  review.canChangeClaimhood = publishedVerdict === undefined || hasRole(viewer, "editor");

  const noteRows = await db
    .select({
      id: notes.id,
      body: notes.body,
      version: notes.version,
      createdAt: notes.createdAt,
      updatedAt: notes.updatedAt,
      authorId: users.id,
      authorName: users.name,
    })
    .from(notes)
    .innerJoin(users, eq(users.id, notes.authorId))
    .where(and(eq(notes.claimId, claimId), isNull(notes.deletedAt)))
    .orderBy(asc(notes.createdAt), asc(notes.id));
  review.notes = noteRows.map(({ authorId, authorName, ...row }) => ({
    ...row,
    author: { id: authorId, name: authorName },
    ...flags(authorId),
  }));

  const actor = alias(users, "actor");
  const historyRows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      actorId: actor.id,
      actorName: actor.name,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .where(eq(auditLog.claimId, claimId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(200);
  // Assignments name the person assigned: their names, read once for the whole history.
  const assigneeIds = [
    ...new Set(
      historyRows
        .flatMap((row) => (row.action === "claim.assigned" ? [asRecord(row.after)?.assigneeId] : []))
        .filter((id): id is number => typeof id === "number"),
    ),
  ];
  const people = new Map(
    assigneeIds.length > 0
      ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, assigneeIds))).map(
          (user) => [user.id, user.name] as const,
        )
      : [],
  );
  review.history = historyRows.map(({ actorId, actorName, ...row }) => {
    const before = asRecord(row.before);
    const after = asRecord(row.after);
    return {
      ...row,
      before,
      after,
      actor: actorId !== null && actorName !== null ? { id: actorId, name: actorName } : null,
      summary: historySentence(row.action, before, after, people),
    };
  });
  return review;
}

/** Every account, for the admin page. @throws AppError("forbidden") for anyone but an admin. */
export async function listUsers({ viewer }: { viewer: Actor | null }): Promise<UserSummary[]> {
  if (!viewer) throw new AppError("unauthorized");
  if (!hasRole(viewer, "admin")) throw new AppError("forbidden");
  return listUserSummaries(await getDb());
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
