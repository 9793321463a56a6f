/**
 * Re-extraction without loss: the current extractor runs again over the newest version of every
 * source. Stored claims are matched to the new extraction by their anchor (lib/sources/reconcile.ts)
 * and keep their id — so citations, notes, verdicts, status and history — while their engine fields
 * (value, unit, subject, time, speaker, …) are updated; new figures are added; extracted claims the
 * extractor no longer finds are marked missingFromExtraction, never deleted; manual claims are left
 * as they are. One transaction per source, audited; a second run with the same extractor writes
 * nothing.
 */
import { and, asc, eq, gt, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { auditLog, claims, type NewAuditLogEntry, sources } from "@/db/schema";
import { EXTRACTOR_VERSION, extractClaims } from "@/lib/engine";
import type { Check, Extraction } from "@/lib/engine/types";
import { toClaimRows } from "@/lib/claims/claim-rows";
import { loadStoredClaims } from "./import";
import { ENGINE_FIELDS, reconcileClaims } from "./reconcile";

export interface ReextractOptions {
  extract?: (text: string) => Extraction;
  extractorVersion?: string;
  actorId?: number | null;
  /** Called after each source with the running totals. */
  onProgress?: (done: number, total: number, summary: ReextractSummary) => void;
}

export interface ReextractSummary {
  /** Newest source versions looked at. */
  sources: number;
  /** Sources where anything was written. */
  sourcesChanged: number;
  claimsUpdated: number;
  claimsAdded: number;
  /** Extracted claims newly marked as no longer found. */
  claimsMarkedMissing: number;
  /** Claims found again after having been marked missing. */
  claimsFoundAgain: number;
  failed: { sourceId: number; error: string }[];
  /** Sources where anything was written (their claims changed: data badges follow them). */
  changedSourceIds: number[];
}

const PAGE = 100;

export async function reextractAll(db: Db, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const summary: ReextractSummary = {
    sources: 0,
    sourcesChanged: 0,
    claimsUpdated: 0,
    claimsAdded: 0,
    claimsMarkedMissing: 0,
    claimsFoundAgain: 0,
    failed: [],
    changedSourceIds: [],
  };
  const next = alias(sources, "next_version");
  const latest = notExists(
    db
      .select({ one: sql`1` })
      .from(next)
      .where(eq(next.previousVersionId, sources.id)),
  );
  const total = await db.$count(sources, latest);
  let after = 0;
  for (;;) {
    const page = await db
      .select({ id: sources.id })
      .from(sources)
      .where(and(gt(sources.id, after), latest))
      .orderBy(asc(sources.id))
      .limit(PAGE);
    if (page.length === 0) break;
    for (const { id } of page) {
      after = id;
      try {
        const result = await db.transaction((tx) => reextractSource(tx, id, options));
        summary.sources += 1;
        if (result.changed) {
          summary.sourcesChanged += 1;
          summary.changedSourceIds.push(id);
        }
        summary.claimsUpdated += result.updated;
        summary.claimsAdded += result.added;
        summary.claimsMarkedMissing += result.markedMissing;
        summary.claimsFoundAgain += result.foundAgain;
      } catch (error) {
        summary.sources += 1;
        summary.failed.push({ sourceId: id, error: error instanceof Error ? error.message : String(error) });
      }
      options.onProgress?.(summary.sources, total, summary);
    }
  }
  return summary;
}

export interface SourceReextraction {
  changed: boolean;
  updated: number;
  added: number;
  markedMissing: number;
  foundAgain: number;
}

/** Re-extracts one source inside the caller's transaction. */
export async function reextractSource(tx: Tx, sourceId: number, options: ReextractOptions = {}): Promise<SourceReextraction> {
  const extract = options.extract ?? extractClaims;
  const extractorVersion = options.extractorVersion ?? EXTRACTOR_VERSION;
  const actorId = options.actorId ?? null;
  const [source] = await tx
    .select({ id: sources.id, body: sources.body, checks: sources.checks, extractorVersion: sources.extractorVersion })
    .from(sources)
    .where(eq(sources.id, sourceId))
    .for("update");
  if (!source) throw new Error(`source ${sourceId} does not exist`);

  const extraction = extract(source.body);
  const { rows } = toClaimRows(source.body, extraction.claims);
  const stored = await loadStoredClaims(tx, source.id);
  const plan = reconcileClaims(stored, source.body, rows);

  const audit: NewAuditLogEntry[] = [];
  const result: SourceReextraction = { changed: false, updated: 0, added: 0, markedMissing: 0, foundAgain: 0 };
  for (const kept of plan.kept) {
    if (!kept.changed) continue;
    await tx
      .update(claims)
      .set({ ...kept.update, version: sql`${claims.version} + 1`, updatedAt: new Date() })
      .where(eq(claims.id, kept.before.id));
    result.updated += 1;
    if (kept.update.missingFromExtraction && !kept.before.missingFromExtraction) result.markedMissing += 1;
    if (!kept.update.missingFromExtraction && kept.before.missingFromExtraction) result.foundAgain += 1;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(kept.update)) {
      const old = (kept.before as Record<string, unknown>)[field];
      if (JSON.stringify(old ?? null) === JSON.stringify(value ?? null)) continue;
      // Sentence and quote texts can be long; the history names the change, the row holds the text.
      if (field === "sentenceText" || field === "quotePrefix" || field === "quoteSuffix") continue;
      before[field] = old ?? null;
      after[field] = value ?? null;
    }
    audit.push({
      actorId,
      action: "claim.reextracted",
      entityType: "claim",
      entityId: String(kept.before.id),
      claimId: kept.before.id,
      before,
      after: { ...after, extractorVersion },
    });
  }
  if (plan.added.length > 0) {
    const inserted = await tx
      .insert(claims)
      .values(plan.added.map((row) => ({ ...row, sourceId: source.id })))
      .returning({ id: claims.id, text: claims.text, start: claims.start, end: claims.end });
    result.added = inserted.length;
    for (const claim of inserted) {
      audit.push({
        actorId,
        action: "claim.extracted",
        entityType: "claim",
        entityId: String(claim.id),
        claimId: claim.id,
        before: null,
        after: { sourceId: source.id, start: claim.start, end: claim.end, text: claim.text, extractorVersion },
      });
    }
  }
  const checksChanged = stableJson(source.checks) !== stableJson(extraction.checks as Check[]);
  const versionChanged = source.extractorVersion !== extractorVersion;
  if (checksChanged || versionChanged) {
    await tx.update(sources).set({ checks: extraction.checks, extractorVersion }).where(eq(sources.id, source.id));
  }
  result.changed = result.updated > 0 || result.added > 0 || checksChanged || versionChanged;
  if (result.changed) {
    audit.push({
      actorId,
      action: "source.reextracted",
      entityType: "source",
      entityId: String(source.id),
      claimId: null,
      before: { extractorVersion: source.extractorVersion },
      after: {
        extractorVersion,
        claimsUpdated: result.updated,
        claimsAdded: result.added,
        claimsMarkedMissing: result.markedMissing,
        ...(checksChanged ? { checksChanged: true } : {}),
      },
    });
    for (let i = 0; i < audit.length; i += 1000) await tx.insert(auditLog).values(audit.slice(i, i + 1000));
  }
  return result;
}

/** JSON with sorted keys: jsonb does not keep key order, so plain JSON.stringify would always differ. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The ENGINE_FIELDS list, re-exported for tests that compare claims before and after. */
export { ENGINE_FIELDS };
