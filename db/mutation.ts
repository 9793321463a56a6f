/**
 * The one place that fixes the order of every review write:
 *
 *   parse (zod) → authenticate (an actor, a role) → in ONE transaction: load the row, authorize on
 *   it, write, append the audit row → a small ActionState.
 *
 * A mutation is declared with `defineMutation`; the audit entry is part of what `write` must
 * return, so no write can skip it, and the transaction makes write + audit all-or-nothing.
 * No Next import: tests call the cores with real users from the database, and
 * lib/actions/safe-action.ts adds the session and revalidation around them.
 */
import type { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import { auditLog, citations, claims, notes } from "@/db/schema";
import { type Actor, hasRole, type UserRole } from "@/lib/core/roles";
import { isDatabaseUnavailable } from "@/lib/core/errors";
import { type ActionState, CONFLICT_MESSAGE, echoValues, fieldErrorsOf } from "@/lib/core/form";

/** What a write tells the audit log. `before`/`after` are small summaries, not whole rows. */
export interface AuditEntry {
  entityType: "citation" | "note" | "claim" | "user" | "verdict" | "source" | "dataset";
  entityId: number;
  claimId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What changed, so the Next wrapper knows which pages to revalidate. */
export interface Affected {
  claimId?: number;
  /** A bulk move touches many claims. */
  claimIds?: number[];
  sourceId?: number;
  userId?: number;
}

export interface WriteResult {
  id: number;
  message?: string;
  /** One entry, or several for a write that moves many rows (a bulk assignment: one per claim). */
  audit: AuditEntry | AuditEntry[];
  affected: Affected;
}

export interface MutationResult {
  state: ActionState;
  /** Set only when the write committed. */
  affected: Affected | null;
}

export type MutationCore = (db: Db, actor: Actor | null, input: unknown) => Promise<MutationResult>;

/** Thrown inside `write` to refuse and roll back (e.g. zero rows matched the version). */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly details: { conflict?: boolean; fieldErrors?: Record<string, string[]> } = {},
  ) {
    super(message);
  }
}

export function conflict(): Refusal {
  return new Refusal(CONFLICT_MESSAGE, { conflict: true });
}

export interface MutationDefinition<S extends z.ZodType, Row> {
  /** Audit action, past tense: "citation.added". */
  action: string;
  schema: S;
  /** Lowest role allowed at all; the row check comes on top. Default: any signed-in user. */
  minimumRole?: UserRole;
  /** Loads the row the actor acts on (the claim for an add), inside the transaction. */
  load(tx: Tx, input: z.output<S>): Promise<Row | undefined>;
  notFound: string;
  /** true, or the message to refuse with. */
  authorize(actor: Actor, row: Row, input: z.output<S>): true | string;
  write(tx: Tx, context: { actor: Actor; row: Row; input: z.output<S> }): Promise<WriteResult>;
}

export const SIGN_IN_REQUIRED = "Sign in to do this.";
export const UNEXPECTED_ERROR = "Something went wrong and nothing was saved. Try again in a moment.";
export const DATABASE_UNAVAILABLE_WRITE =
  "The database is unavailable right now, so nothing was saved. What you typed is still here: try again in a moment.";

export function defineMutation<S extends z.ZodType, Row>(definition: MutationDefinition<S, Row>): MutationCore {
  return async (db, actor, rawInput) => {
    const values = echoValues(rawInput);
    const refused = (error: string, details: Refusal["details"] = {}): MutationResult => ({
      state: { ok: false, error, ...details, values },
      affected: null,
    });

    const parsed = definition.schema.safeParse(rawInput);
    if (!parsed.success) {
      return refused("Check the highlighted fields.", { fieldErrors: fieldErrorsOf(parsed.error) });
    }
    if (!actor) return refused(SIGN_IN_REQUIRED);
    if (definition.minimumRole && !hasRole(actor, definition.minimumRole)) {
      return refused(`Only ${definition.minimumRole === "admin" ? "admins" : "editors and admins"} can do this.`);
    }
    const input = parsed.data;

    try {
      const written = await db.transaction(async (tx) => {
        const row = await definition.load(tx, input);
        if (row === undefined) throw new Refusal(definition.notFound);
        const allowed = definition.authorize(actor, row, input);
        if (allowed !== true) throw new Refusal(allowed);
        const result = await definition.write(tx, { actor, row, input });
        const entries = Array.isArray(result.audit) ? result.audit : [result.audit];
        if (entries.length === 0) throw new Error(`${definition.action} wrote no audit entry`);
        await tx
          .insert(auditLog)
          .values(
            entries.map((entry) => ({
              actorId: actor.id,
              action: definition.action,
              entityType: entry.entityType,
              entityId: String(entry.entityId),
              claimId: entry.claimId,
              before: entry.before,
              after: entry.after,
            })),
          );
        return result;
      });
      return { state: { ok: true, id: written.id, ...(written.message ? { message: written.message } : {}) }, affected: written.affected };
    } catch (error) {
      if (error instanceof Refusal) return refused(error.message, error.details);
      console.error(`${definition.action} failed`, error);
      return refused(isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_WRITE : UNEXPECTED_ERROR);
    }
  };
}

/** The rows a form changes at the version it showed: a claim, and a claim's citations and notes. */
type VersionedTable = typeof claims | typeof citations | typeof notes;
/** The authored items of a claim: versioned and soft-deleted (deleted_at) rows. */
type LiveItemTable = typeof citations | typeof notes;
type SetOf<T extends VersionedTable> = { [K in keyof T["$inferInsert"]]?: T["$inferInsert"][K] | SQL };

/**
 * Writes a row at the version the form showed and bumps the version; throws the conflict refusal
 * when someone changed it first (or it fails one of `conditions`).
 */
export async function writeAtVersion<T extends VersionedTable>(
  tx: Tx,
  table: T,
  id: number,
  version: number,
  set: SetOf<T>,
  ...conditions: SQL[]
): Promise<T["$inferSelect"]> {
  // Drizzle cannot type the rows of a table chosen by a type parameter; each table returns its own row.
  const rows = (await tx
    .update(table)
    .set({ ...set, version: sql`${table.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(table.id, id), eq(table.version, version), ...conditions))
    .returning()) as T["$inferSelect"][];
  const [written] = rows;
  if (!written) throw conflict();
  return written;
}

/** `writeAtVersion` of a live (not deleted) citation or note: a deleted one is a conflict too. */
export function writeLiveItem<T extends LiveItemTable>(
  tx: Tx,
  table: T,
  id: number,
  version: number,
  set: SetOf<T>,
): Promise<T["$inferSelect"]> {
  return writeAtVersion(tx, table, id, version, set, isNull(table.deletedAt));
}

/**
 * Edits a live citation or note at the version the form showed, or soft-deletes it (`"delete"`):
 * the write and its one audit entry (the item's summary before and after).
 */
export async function changeLiveItem<T extends LiveItemTable>(
  tx: Tx,
  table: T,
  row: T["$inferSelect"],
  version: number,
  change: SetOf<T> | "delete",
  {
    entityType,
    message,
    summary,
  }: { entityType: "citation" | "note"; message: string; summary: (row: T["$inferSelect"]) => Record<string, unknown> },
): Promise<WriteResult> {
  const set = change === "delete" ? ({ deletedAt: sql`now()` } as SetOf<T>) : change;
  const written = await writeLiveItem(tx, table, row.id, version, set);
  return {
    id: row.id,
    message,
    audit: {
      entityType,
      entityId: row.id,
      claimId: row.claimId,
      before: summary(row),
      after: change === "delete" ? null : summary(written),
    },
    affected: { claimId: row.claimId },
  };
}
