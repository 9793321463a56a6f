/**
 * Reviewer work on claims themselves: adding a figure the engine missed, and marking a figure
 * "not a claim" (kept, hidden from the default list, reversible). Any signed-in role may do both
 * while nothing about the claim is public. Once an editor has published a verdict on it, marking
 * it not a claim (or restoring it) would take that verdict off the public page and the
 * ClaimReview feed, or put it back: that is an editor's move, like retracting.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { quoteSelector } from "@/db/quote-selector";
import { type ClaimRow, claims, type NewClaimRow, sources, verdicts } from "@/db/schema";
import { type Actor, hasRole } from "@/lib/core/roles";
import { type Claim, extractClaims, findNumbers, type Span, type Unit } from "@/lib/engine";
import { addManualClaimSchema, markNotAClaimSchema, restoreClaimSchema, recheckClaimSchema } from "./schema";
import { rangeOf } from "./claim-rows";
import { defineMutation, Refusal, writeAtVersion } from "@/db/mutation";

export const addManualClaim = defineMutation({
  action: "claim.added_manually",
  schema: addManualClaimSchema,
  // Locking the source serialises manual additions to it, so the duplicate check below holds.
  load: async (tx, input) => {
    const [source] = await tx
      .select({ id: sources.id, body: sources.body })
      .from(sources)
      .where(eq(sources.id, input.sourceId))
      .for("update");
    return source;
  },
  notFound: "This source does not exist.",
  authorize: () => true,
  write: async (tx, { row: source, input }) => {
    const span = { start: input.start, end: input.end };
    const problem = spanProblem(source.body, span);
    if (problem) throw new Refusal(problem, { fieldErrors: { end: [problem] } });

    const [existing] = await tx
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.sourceId, source.id), eq(claims.start, span.start), eq(claims.end, span.end)));
    if (existing) {
      const message = `This figure is already claim #${existing.id}.`;
      throw new Refusal(message, { fieldErrors: { start: [message] } });
    }

    const values = manualClaimRow(source.body, span, input.subject);
    const [created] = await tx
      .insert(claims)
      .values({ ...values, sourceId: source.id })
      .returning({ id: claims.id, text: claims.text, value: claims.value, unit: claims.unit, subject: claims.subject });
    if (!created) throw new Error("insert returned no row");
    return {
      id: created.id,
      message: "Claim added.",
      audit: {
        entityType: "claim",
        entityId: created.id,
        claimId: created.id,
        before: null,
        after: { sourceId: source.id, ...span, text: created.text, value: created.value, unit: created.unit, subject: created.subject },
      },
      affected: { claimId: created.id, sourceId: source.id },
    };
  },
});

export const PUBLISHED_VERDICT_EDITORS_ONLY =
  "An editor published a verdict on this claim: only an editor can change whether it is a claim. Ask an editor, or have the verdict retracted first.";

/** The claim, locked, and whether a verdict on it is public right now. */
type MarkableClaim = ClaimRow & { hasPublishedVerdict: boolean };

async function loadClaimForMarking(tx: Tx, claimId: number): Promise<MarkableClaim | undefined> {
  const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId)).for("update");
  if (!claim) return undefined;
  const [published] = await tx
    .select({ id: verdicts.id })
    .from(verdicts)
    .where(and(eq(verdicts.claimId, claimId), eq(verdicts.state, "published")))
    .limit(1);
  return { ...claim, hasPublishedVerdict: published !== undefined };
}

/** Marking or restoring a claim whose verdict is public changes the public site: editors only. */
function mayChangeClaimhood(actor: Actor, row: MarkableClaim): true | string {
  return !row.hasPublishedVerdict || hasRole(actor, "editor") || PUBLISHED_VERDICT_EDITORS_ONLY;
}

export const markNotAClaim = defineMutation({
  action: "claim.marked_not_a_claim",
  schema: markNotAClaimSchema,
  load: (tx, input) => loadClaimForMarking(tx, input.claimId),
  notFound: "This claim does not exist.",
  authorize: mayChangeClaimhood,
  write: async (tx, { row, input }) => {
    if (row.notAClaim) throw new Refusal("This figure is already marked as not a claim.");
    return setNotAClaim(tx, row, input.version, true, input.reason ?? null);
  },
});

export const restoreClaim = defineMutation({
  action: "claim.restored",
  schema: restoreClaimSchema,
  load: (tx, input) => loadClaimForMarking(tx, input.claimId),
  notFound: "This claim does not exist.",
  authorize: mayChangeClaimhood,
  write: async (tx, { row, input }) => {
    if (!row.notAClaim) throw new Refusal("This figure is already a claim.");
    return setNotAClaim(tx, row, input.version, false, null);
  },
});

async function setNotAClaim(tx: Tx, row: ClaimRow, version: number, notAClaim: boolean, reason: string | null) {
  const updated = await writeAtVersion(tx, claims, row.id, version, { notAClaim, notAClaimReason: reason });
  return {
    id: row.id,
    message: notAClaim ? "Marked as not a claim." : "Restored as a claim.",
    audit: {
      entityType: "claim" as const,
      entityId: row.id,
      claimId: row.id,
      before: { notAClaim: row.notAClaim, reason: row.notAClaimReason, version: row.version },
      after: { notAClaim, reason, version: updated.version },
    },
    affected: { claimId: row.id, sourceId: row.sourceId },
  };
}

// ---------------------------------------------------------------------------------------------
// Deriving a manual claim with the engine

/** Why a span cannot be a claim of this body, or null when it can. */
export function spanProblem(body: string, span: Span): string | null {
  if (span.end > body.length) return "The selection goes past the end of the text; select the figure again.";
  if (span.end <= span.start) return "Select at least one character.";
  const text = body.slice(span.start, span.end);
  if (text.trim() === "") return "The selection is only blank space; select the figure.";
  if (/^[\uDC00-\uDFFF]/.test(text) || /[\uD800-\uDBFF]$/.test(text)) {
    return "The selection cuts a character in half; select the figure again.";
  }
  return null;
}

/**
 * The claim row for a span a reviewer selected. When the engine found exactly this span (and it
 * was hidden or never stored), its reading is reused; otherwise the value comes from the engine's
 * number finder and the unit from the words around it.
 */
export function manualClaimRow(body: string, span: Span, subject: string | undefined): Omit<NewClaimRow, "sourceId"> {
  const { claims: extracted } = extractClaims(body);
  const same = extracted.find((claim) => claim.start === span.start && claim.end === span.end);
  const text = body.slice(span.start, span.end);
  const sentence = same?.sentence ?? extracted.find((claim) => covers(claim.sentence, span))?.sentence ?? sentenceAround(body, span);
  const derived: Pick<Claim, "value" | "unit"> & Partial<Claim> = same ?? {
    value: findNumbers(text)[0]?.value ?? null,
    unit: unitOf(text, findNumbers(text).length > 0),
  };
  const quote = quoteSelector(body, span);
  return {
    start: span.start,
    end: span.end,
    text,
    ...rangeOf(derived),
    unit: derived.unit,
    denominator: derived.denominator ?? null,
    measure: derived.measure?.trim() || null,
    currency: derived.currency ?? null,
    subject: subject ?? derived.subject ?? "",
    timeScope: derived.timeScope ?? null,
    speaker: derived.speaker ?? null,
    bound: derived.bound ?? null,
    direction: derived.direction ?? null,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    sentenceText: body.slice(sentence.start, sentence.end),
    // A person chose this figure to check: as check-worthy as anything the engine ranks.
    checkworthiness: 1,
    quoteExact: quote.exact,
    quotePrefix: quote.prefix,
    quoteSuffix: quote.suffix,
    origin: "manual",
  };
}

function covers(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && outer.end >= inner.end;
}

function unitOf(text: string, hasNumber: boolean): Unit {
  if (/%|\bper\s?cent\b|\bpercentage points?\b/i.test(text)) return "percent";
  if (/[$€£¥]|\b(dollars?|euros?|pounds?|USD|EUR|GBP)\b/i.test(text)) return "money";
  if (/\b(out of|in every)\b/i.test(text)) return "ratio";
  return hasNumber ? "count" : "other";
}

/** The sentence holding a span, when the engine has none there: cut at . ! ? or a line break. */
function sentenceAround(body: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(body.charAt(start - 1))) start -= 1;
  while (start < span.start && /\s/.test(body.charAt(start))) start += 1;
  let end = span.end;
  while (end < body.length && !/[.!?\n]/.test(body.charAt(end))) end += 1;
  if (end < body.length && body.charAt(end) !== "\n") end += 1;
  return { start, end: Math.max(end, span.end) };
}

/**
 * Clearing "Text changed after review". A new version of a release (or a re-extraction) flags a
 * reviewed claim whose figure or sentence changed (lib/sources/reconcile.ts); nothing there ever
 * clears it. An editor who has checked the review against the new text says so here: the flag goes,
 * and the audit row records who re-checked it, when, and (optionally) what they checked.
 *
 * Editors and admins only: the flag guards a published verdict, and deciding that a review still
 * fits is an editor's call, like publishing. The claim's status and verdicts are left as they are;
 * if the review no longer fits, the editor reopens or retracts it with the workflow's own moves.
 */

export const recheckClaim = defineMutation({
  action: "claim.rechecked",
  schema: recheckClaimSchema,
  minimumRole: "editor",
  // Locked, so an import flagging the claim again waits for this and is not silently undone.
  load: async (tx, input) => {
    const [row] = await tx
      .select({ id: claims.id, changedAfterReview: claims.changedAfterReview, version: claims.version })
      .from(claims)
      .where(eq(claims.id, input.claimId))
      .for("update");
    return row;
  },
  notFound: "This claim does not exist.",
  authorize: () => true,
  write: async (tx, { row, input }) => {
    // Before the version: when another editor cleared it first, say that rather than "conflict".
    if (!row.changedAfterReview) throw new Refusal("This claim is not marked as changed after review (any more). Reload to see it.");
    const updated = await writeAtVersion(tx, claims, row.id, input.version, { changedAfterReview: false });
    return {
      id: row.id,
      message: "Marked as re-checked against the new text.",
      audit: {
        entityType: "claim",
        entityId: row.id,
        claimId: row.id,
        before: { changedAfterReview: true, version: row.version },
        after: { changedAfterReview: false, ...(input.note ? { note: input.note } : {}), version: updated.version },
      },
      // The claim page (the badge is staff-only, so the public cache entry is expired needlessly
      // but harmlessly by the wrapper), the lists and the dashboard's "changed after review" list.
      affected: { claimId: row.id },
    };
  },
});
