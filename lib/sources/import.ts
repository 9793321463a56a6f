/**
 * Storing releases: the one path that turns a text into a source and its claims (the app's "add a
 * release", the bulk CLI, the benchmark).
 *
 *   - The text is normalised (lib/ingest/normalize.ts) and hashed: the same text is one source
 *     ("unchanged", whatever its metadata).
 *   - A new text at a URL that already has a source becomes a new version of it (version + 1,
 *     previousVersionId). The previous version's claims MOVE to the new version, keeping their ids
 *     and so their citations, notes, verdicts, status and audit history; they are re-anchored onto
 *     the new text (lib/sources/reconcile.ts). A claim whose quote is gone stays on the old version,
 *     marked orphaned; a reviewed claim whose text changed is flagged changedAfterReview.
 *   - Everything for one document happens in one transaction; importDocuments does a whole batch in
 *     one transaction with multi-row inserts (the fast path for bulk imports).
 *   - Every import writes an audit row ("source.imported", "source.versioned"); every moved claim
 *     one ("claim.reanchored", "claim.orphaned") in its history.
 *
 * Interface changes (compatible): options also take `extract`/`extractorVersion` (tests inject an
 * extractor); IncomingDocument may carry `filename` (used for a title when the text has none).
 */
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { auditLog, claims, type NewAuditLogEntry, sources } from "@/db/schema";
import { EXTRACTOR_VERSION, extractClaims } from "@/lib/engine";
import type { Extraction } from "@/lib/engine/types";
import { toClaimRows } from "@/lib/claims/claim-rows";
import { figureColumns } from "@/lib/claims/figure-columns";
import type { IncomingDocument } from "@/lib/ingest/document";
import { normalizeText, normalizeUrl, sha256Hex } from "@/lib/ingest/normalize";
import { DATABASE_UNAVAILABLE_WRITE, SIGN_IN_REQUIRED, UNEXPECTED_ERROR } from "@/db/mutation";
import { isDatabaseUnavailable } from "@/lib/core/errors";
import { LIMITS } from "@/lib/core/fields";
import { fieldErrorsOf } from "@/lib/core/form";
import type { Actor } from "@/lib/core/roles";
import { tooLarge } from "@/lib/ingest/convert";
import { MAX_DOCUMENT_BYTES } from "@/lib/ingest/limits";
import { addReleaseSchema } from "./schema";
import { type ClaimValues, reconcileClaims, type StoredClaim } from "./reconcile";

export type { IncomingDocument };

export type ImportOutcome =
  | { kind: "created"; sourceId: number; claims: number }
  /** The same content hash is already stored. */
  | { kind: "unchanged"; sourceId: number }
  /**
   * claims: how many claims the new version has (moved + added); reanchored: claims moved from the
   * previous version; changedAfterReview: reviewed claims newly flagged because their text changed.
   */
  | { kind: "new_version"; sourceId: number; previousSourceId: number; claims: number; reanchored: number; changedAfterReview: number };

export interface ImportOptions {
  /** The user who adds the release (null for the CLI): sources.createdById and the audit actor. */
  actorId?: number | null;
  /** The extractor; tests inject an older or newer one. Default: the engine's extractClaims. */
  extract?: (text: string) => Extraction;
  extractorVersion?: string;
}

/** A document that cannot be stored as given; the message is for the person who gave it. */
export class ImportError extends Error {
  override name = "ImportError";
  constructor(
    readonly code: "empty" | "invalid",
    message: string,
  ) {
    super(message);
  }
}

/** The same limits as the forms (lib/core/fields.ts LIMITS): one constant for each. */
const metadataSchema = z.object({
  title: z.string().trim().max(LIMITS.title, `The title is longer than ${LIMITS.title} characters.`).nullish(),
  publisher: z.string().trim().max(LIMITS.publisher, `The publisher is longer than ${LIMITS.publisher} characters.`).nullish(),
  publishedAt: z.iso.date("The date must be a calendar date like 2026-03-31.").nullish(),
  url: z
    .url({ protocol: /^https?$/, error: "The URL must start with http:// or https://." })
    .max(LIMITS.url, `The URL is longer than ${LIMITS.url} characters.`)
    .nullish(),
  filename: z.string().nullish(),
});

interface PreparedDocument {
  body: string;
  contentHash: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  filename: string | null;
}

/** Validates and normalises a document; throws ImportError with a user-facing message. */
export function prepareDocument(doc: IncomingDocument): PreparedDocument {
  const body = normalizeText(typeof doc.text === "string" ? doc.text : "");
  if (!body) throw new ImportError("empty", "The release has no text.");
  if (!/[\p{L}\p{N}]/u.test(body)) {
    throw new ImportError("empty", "The release has no readable text: no letters or digits, only punctuation or stray markup.");
  }
  const parsed = metadataSchema.safeParse({
    title: doc.title || null,
    publisher: doc.publisher || null,
    publishedAt: doc.publishedAt || null,
    url: doc.url?.trim() || null,
    filename: doc.filename ?? null,
  });
  if (!parsed.success) {
    throw new ImportError("invalid", parsed.error.issues.map((issue) => issue.message).join(" "));
  }
  const meta = parsed.data;
  return {
    body,
    contentHash: sha256Hex(body),
    title: meta.title || null,
    publisher: meta.publisher || null,
    publishedAt: meta.publishedAt || null,
    url: normalizeUrl(meta.url),
    filename: meta.filename || null,
  };
}

/** A title when none was given: the first line of the text, else the file name or URL. */
function fallbackTitle(doc: PreparedDocument): string {
  const firstLine = doc.body.split("\n", 1)[0]?.trim() ?? "";
  const candidate = firstLine || doc.filename || doc.url || "Untitled release";
  return candidate.length > 120 ? `${candidate.slice(0, 117).trimEnd()}…` : candidate;
}

export async function importDocument(db: Db | Tx, doc: IncomingDocument, options: ImportOptions = {}): Promise<ImportOutcome> {
  const [outcome] = await importDocuments(db, [doc], options);
  if (!outcome) throw new Error("importDocuments returned no outcome");
  return outcome;
}

/**
 * Imports a batch in ONE transaction (a nested one — a savepoint — when given a transaction):
 * all of it or none of it. Outcomes are in the order of `docs`. Documents are validated before the
 * database is touched, so a bad one throws ImportError and nothing is written.
 */
export async function importDocuments(
  db: Db | Tx,
  docs: readonly IncomingDocument[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const prepared = docs.map(prepareDocument);
  if (prepared.length === 0) return [];
  const extract = options.extract ?? extractClaims;
  const extractorVersion = options.extractorVersion ?? EXTRACTOR_VERSION;
  const actorId = options.actorId ?? null;

  return db.transaction(async (tx) => {
    const hashes = [...new Set(prepared.map((doc) => doc.contentHash))];
    const known = new Map<string, number>();
    for (const row of await tx
      .select({ id: sources.id, contentHash: sources.contentHash })
      .from(sources)
      .where(inArray(sources.contentHash, hashes))) {
      known.set(row.contentHash, row.id);
    }
    const urls = [...new Set(prepared.flatMap((doc) => (doc.url && !known.has(doc.contentHash) ? [doc.url] : [])))];
    const latestByUrl = new Map<string, number>();
    for (const row of await latestVersionsAt(tx, urls)) latestByUrl.set(row.url, row.id);

    const outcomes: (ImportOutcome | undefined)[] = new Array(prepared.length);
    let pending: { index: number; doc: PreparedDocument }[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      const created = await createSources(
        tx,
        batch.map((item) => item.doc),
        { actorId, extract, extractorVersion },
      );
      batch.forEach((item, i) => {
        const outcome = created[i];
        if (!outcome) throw new Error("createSources returned too few outcomes");
        outcomes[item.index] = outcome;
        known.set(item.doc.contentHash, outcome.sourceId);
        if (item.doc.url && outcome.kind === "created") latestByUrl.set(item.doc.url, outcome.sourceId);
      });
    };

    for (const [index, doc] of prepared.entries()) {
      const pendingSame = pending.find((item) => item.doc.contentHash === doc.contentHash || (doc.url && item.doc.url === doc.url));
      if (pendingSame) await flush();
      const existing = known.get(doc.contentHash);
      if (existing !== undefined) {
        outcomes[index] = { kind: "unchanged", sourceId: existing };
        continue;
      }
      const previousId = doc.url ? latestByUrl.get(doc.url) : undefined;
      if (previousId === undefined) {
        pending.push({ index, doc });
        continue;
      }
      const outcome = await createVersion(tx, doc, previousId, { actorId, extract, extractorVersion });
      outcomes[index] = outcome;
      known.set(doc.contentHash, outcome.sourceId);
      if (doc.url) latestByUrl.set(doc.url, outcome.sourceId);
    }
    await flush();
    return outcomes.map((outcome) => {
      if (!outcome) throw new Error("a document got no outcome");
      return outcome;
    });
  });
}

interface WriteContext {
  actorId: number | null;
  extract: (text: string) => Extraction;
  extractorVersion: string;
}

/** The newest version at each URL: a source no other source names as its previous version. */
async function latestVersionsAt(tx: Tx, urls: string[]): Promise<{ id: number; url: string }[]> {
  if (urls.length === 0) return [];
  const next = alias(sources, "next_version");
  const rows = await tx
    .select({ id: sources.id, url: sources.url })
    .from(sources)
    .where(
      and(
        inArray(sources.url, urls),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(next)
            .where(eq(next.previousVersionId, sources.id)),
        ),
      ),
    )
    .orderBy(sources.id);
  return rows.flatMap((row) => (row.url ? [{ id: row.id, url: row.url }] : []));
}

function extractRows(doc: PreparedDocument, context: WriteContext) {
  const extraction = context.extract(doc.body);
  return { checks: extraction.checks, rows: toClaimRows(doc.body, extraction.claims).rows };
}

const SOURCE_CHUNK = 200;
const CLAIM_CHUNK = 5000;

/** The claim columns an import writes; the rest take their defaults (status, version, timestamps…). */
const CLAIM_COLUMNS = {
  sourceId: "source_id",
  start: "start",
  end: "end",
  text: "text",
  value: "value",
  unit: "unit",
  denominator: "denominator",
  upperValue: "upper_value",
  measure: "measure",
  currency: "currency",
  subject: "subject",
  timeScope: "time_scope",
  speaker: "speaker",
  bound: "bound",
  direction: "direction",
  sentenceStart: "sentence_start",
  sentenceEnd: "sentence_end",
  sentenceText: "sentence_text",
  checkworthiness: "checkworthiness",
  quoteExact: "quote_exact",
  quotePrefix: "quote_prefix",
  quoteSuffix: "quote_suffix",
  origin: "origin",
} as const satisfies Partial<Record<keyof ClaimValues | "sourceId", string>>;
const CLAIM_COLUMN_LIST = sql.raw(
  Object.values(CLAIM_COLUMNS)
    .map((column) => `"${column}"`)
    .join(", "),
);

/**
 * Claims go in as ONE jsonb parameter expanded by jsonb_populate_recordset (typed by the claims
 * row, so enums and numbers are cast by PostgreSQL). Measured by the bench's owner: about 3x less
 * CPU than a multi-row VALUES list with ~30 bound parameters per claim, on PGlite and PostgreSQL.
 */
async function insertClaimRows(tx: Tx, rows: (ClaimValues & { sourceId: number })[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CLAIM_CHUNK) {
    const records = rows.slice(i, i + CLAIM_CHUNK).map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, column] of Object.entries(CLAIM_COLUMNS)) record[column] = row[key as keyof typeof CLAIM_COLUMNS] ?? null;
      return record;
    });
    await tx.execute(
      sql`insert into claims (${CLAIM_COLUMN_LIST}) select ${CLAIM_COLUMN_LIST} from jsonb_populate_recordset(null::claims, ${JSON.stringify(records)}::jsonb)`,
    );
  }
}

async function insertAudit(tx: Tx, entries: NewAuditLogEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += CLAIM_CHUNK) {
    await tx.insert(auditLog).values(entries.slice(i, i + CLAIM_CHUNK));
  }
}

/** New sources with no earlier version, in multi-row inserts. */
async function createSources(tx: Tx, docs: PreparedDocument[], context: WriteContext): Promise<ImportOutcome[]> {
  const extracted = docs.map((doc) => extractRows(doc, context));
  const idByHash = new Map<string, number>();
  for (let i = 0; i < docs.length; i += SOURCE_CHUNK) {
    const chunk = docs.slice(i, i + SOURCE_CHUNK);
    const inserted = await tx
      .insert(sources)
      .values(
        chunk.map((doc, j) => ({
          title: doc.title ?? fallbackTitle(doc),
          publisher: doc.publisher,
          publishedAt: doc.publishedAt,
          url: doc.url,
          body: doc.body,
          contentHash: doc.contentHash,
          checks: extracted[i + j]?.checks ?? [],
          extractorVersion: context.extractorVersion,
          createdById: context.actorId,
        })),
      )
      // Another import may have stored the same text since we looked: then it is unchanged.
      .onConflictDoNothing({ target: sources.contentHash })
      .returning({ id: sources.id, contentHash: sources.contentHash });
    for (const row of inserted) idByHash.set(row.contentHash, row.id);
  }

  const missing = docs.filter((doc) => !idByHash.has(doc.contentHash)).map((doc) => doc.contentHash);
  const raced = new Map<string, number>();
  if (missing.length > 0) {
    for (const row of await tx
      .select({ id: sources.id, contentHash: sources.contentHash })
      .from(sources)
      .where(inArray(sources.contentHash, missing))) {
      raced.set(row.contentHash, row.id);
    }
  }

  const claimRows: (ClaimValues & { sourceId: number })[] = [];
  const audit: NewAuditLogEntry[] = [];
  const outcomes = docs.map((doc, i): ImportOutcome => {
    const sourceId = idByHash.get(doc.contentHash);
    if (sourceId === undefined) {
      const other = raced.get(doc.contentHash);
      if (other === undefined) throw new Error(`source ${doc.contentHash} neither inserted nor found`);
      return { kind: "unchanged", sourceId: other };
    }
    const rows = extracted[i]?.rows ?? [];
    for (const row of rows) claimRows.push({ ...row, sourceId });
    audit.push({
      actorId: context.actorId,
      action: "source.imported",
      entityType: "source",
      entityId: String(sourceId),
      claimId: null,
      before: null,
      after: { contentHash: doc.contentHash, url: doc.url, claims: rows.length, extractorVersion: context.extractorVersion },
    });
    return { kind: "created", sourceId, claims: rows.length };
  });
  await insertClaimRows(tx, claimRows);
  await insertAudit(tx, audit);
  return outcomes;
}

/** The columns reconciliation reads, and whether anyone has worked on the claim. */
export async function loadStoredClaims(tx: Tx, sourceId: number): Promise<StoredClaim[]> {
  return tx
    .select({
      id: claims.id,
      origin: claims.origin,
      start: claims.start,
      end: claims.end,
      text: claims.text,
      quoteExact: claims.quoteExact,
      quotePrefix: claims.quotePrefix,
      quoteSuffix: claims.quoteSuffix,
      sentenceStart: claims.sentenceStart,
      sentenceEnd: claims.sentenceEnd,
      sentenceText: claims.sentenceText,
      ...figureColumns,
      subject: claims.subject,
      timeScope: claims.timeScope,
      speaker: claims.speaker,
      bound: claims.bound,
      direction: claims.direction,
      checkworthiness: claims.checkworthiness,
      missingFromExtraction: claims.missingFromExtraction,
      changedAfterReview: claims.changedAfterReview,
      orphaned: claims.orphaned,
      // Written out: inside a select list drizzle leaves columns unqualified, and "id" would bind to
      // the subquery's own table.
      reviewed: sql<boolean>`(claims.status <> 'unreviewed' or claims.not_a_claim
        or exists (select 1 from citations c where c.claim_id = claims.id and c.deleted_at is null)
        or exists (select 1 from notes n where n.claim_id = claims.id and n.deleted_at is null)
        or exists (select 1 from verdicts v where v.claim_id = claims.id))`,
    })
    .from(claims)
    .where(and(eq(claims.sourceId, sourceId), eq(claims.orphaned, false)))
    .orderBy(claims.id)
    .for("update", { of: claims });
}

/** A new text at a known URL: a new version, the previous version's claims moved onto it. */
async function createVersion(
  tx: Tx,
  doc: PreparedDocument,
  previousId: number,
  context: WriteContext,
): Promise<Extract<ImportOutcome, { kind: "new_version" }>> {
  // Lock the previous version: concurrent imports of the same URL take turns (and the unique
  // index on previous_version_id refuses a fork should one slip through).
  const [previous] = await tx.select().from(sources).where(eq(sources.id, previousId)).for("update");
  if (!previous) throw new Error(`source ${previousId} vanished`);
  const { checks, rows } = extractRows(doc, context);
  const [created] = await tx
    .insert(sources)
    .values({
      title: doc.title ?? previous.title,
      publisher: doc.publisher ?? previous.publisher,
      publishedAt: doc.publishedAt ?? previous.publishedAt,
      url: doc.url,
      body: doc.body,
      contentHash: doc.contentHash,
      version: previous.version + 1,
      previousVersionId: previous.id,
      checks,
      extractorVersion: context.extractorVersion,
      createdById: context.actorId,
    })
    .returning({ id: sources.id });
  if (!created) throw new Error("insert returned no row");

  const stored = await loadStoredClaims(tx, previous.id);
  const plan = reconcileClaims(stored, doc.body, rows);
  const audit: NewAuditLogEntry[] = [];
  let flagged = 0;
  for (const kept of plan.kept) {
    await tx
      .update(claims)
      .set({ ...kept.update, sourceId: created.id, version: sql`${claims.version} + 1`, updatedAt: new Date() })
      .where(eq(claims.id, kept.before.id));
    const newlyFlagged = kept.update.changedAfterReview && !kept.before.changedAfterReview;
    if (newlyFlagged) flagged += 1;
    audit.push({
      actorId: context.actorId,
      action: "claim.reanchored",
      entityType: "claim",
      entityId: String(kept.before.id),
      claimId: kept.before.id,
      before: { sourceId: previous.id, start: kept.before.start, end: kept.before.end, text: kept.before.text },
      after: {
        sourceId: created.id,
        start: kept.update.start,
        end: kept.update.end,
        text: kept.update.text,
        anchoredBy: kept.method,
        ...(kept.textChanged ? { textChanged: true } : {}),
        ...(newlyFlagged ? { changedAfterReview: true } : {}),
        ...(kept.update.missingFromExtraction && !kept.before.missingFromExtraction ? { missingFromExtraction: true } : {}),
      },
    });
  }
  if (plan.orphans.length > 0) {
    await tx
      .update(claims)
      .set({ orphaned: true, version: sql`${claims.version} + 1`, updatedAt: new Date() })
      .where(
        inArray(
          claims.id,
          plan.orphans.map((claim) => claim.id),
        ),
      );
    for (const orphan of plan.orphans) {
      audit.push({
        actorId: context.actorId,
        action: "claim.orphaned",
        entityType: "claim",
        entityId: String(orphan.id),
        claimId: orphan.id,
        before: { sourceId: previous.id, start: orphan.start, end: orphan.end, text: orphan.text },
        after: { newVersionSourceId: created.id, orphaned: true },
      });
    }
  }
  await insertClaimRows(
    tx,
    plan.added.map((row) => ({ ...row, sourceId: created.id })),
  );
  audit.push({
    actorId: context.actorId,
    action: "source.versioned",
    entityType: "source",
    entityId: String(created.id),
    claimId: null,
    before: { sourceId: previous.id, version: previous.version, contentHash: previous.contentHash },
    after: {
      sourceId: created.id,
      version: previous.version + 1,
      contentHash: doc.contentHash,
      reanchored: plan.kept.length,
      orphaned: plan.orphans.length,
      added: plan.added.length,
      changedAfterReview: flagged,
    },
  });
  await insertAudit(tx, audit);
  return {
    kind: "new_version",
    sourceId: created.id,
    previousSourceId: previous.id,
    claims: plan.kept.length + plan.added.length,
    reanchored: plan.kept.length,
    changedAfterReview: flagged,
  };
}

/**
 * addRelease: adding one release from the app (a paste, or a file or web address the form filled in): parse (zod) → authenticate → normalise and size-check the text
 * → importDocument, which stores the source, its claims and the audit row naming the actor in ONE
 * transaction (or finds the existing source, or makes a new version). A failure rolls it all back.
 *
 * Who may: every signed-in role (reviewer, editor, admin) — the issue has reviewers add releases;
 * adding publishes nothing, and the audit history names who did it.
 *
 * Not built on defineMutation (db/mutation.ts): that wrapper loads and authorizes an
 * existing row, and an add has none; the order and the audit-in-the-same-transaction rule hold.
 * No Next import: the tests call it with real users, lib/sources/actions.ts adds the session.
 */
export type AddReleaseResult = { ok: true; outcome: ImportOutcome } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export async function addRelease(
  db: Db,
  actor: Actor | null,
  rawInput: unknown,
  options: { maxBytes?: number } = {},
): Promise<AddReleaseResult> {
  const parsed = addReleaseSchema.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  if (!actor) return { ok: false, error: SIGN_IN_REQUIRED };

  const input = parsed.data;
  const text = normalizeText(input.text);
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    const message = tooLarge(size, maxBytes).message.replace(/^This file/, "This text");
    return { ok: false, error: message, fieldErrors: { text: [message] } };
  }

  try {
    // One transaction inside: the source, its claims and its audit row ("source.imported" or
    // "source.versioned", naming the actor), or nothing.
    const outcome = await importDocument(
      db,
      { text, title: input.title, publisher: input.publisher ?? null, publishedAt: input.publishedAt ?? null, url: input.url ?? null },
      { actorId: actor.id },
    );
    return { ok: true, outcome };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.message };
    console.error("add release failed", error);
    return { ok: false, error: isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_WRITE : UNEXPECTED_ERROR };
  }
}
