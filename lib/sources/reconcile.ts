/**
 * Carries a source's stored claims over to a new text and a new extraction, without losing any.
 * Used by new versions of a source (new text, new extraction) and by re-extraction (same text, new
 * extractor). Pure: the plan is computed here and written by lib/sources/import.ts / reextract.ts.
 *
 *   1. Every stored claim is re-anchored onto the new text (lib/anchoring: position, then the quote
 *      with its context, then fuzzily). A claim that finds no anchor is an orphan: it stays where it
 *      was, marked.
 *   2. Anchored claims are matched to the new extraction, so their ids (and with them citations,
 *      notes, verdicts, status and history) survive: first the claim found at exactly the anchored
 *      span, then one that overlaps it with the same value (or a range whose upper end is that
 *      value; reviewed claims choose first). A matched extracted claim takes the extractor's fields
 *      (value, unit, upperValue, measure, subject, …); a manual claim keeps its own.
 *   3. Extracted claims the extractor no longer finds are kept at their anchor and marked
 *      missingFromExtraction; manual claims are never marked.
 *   4. Figures of the new extraction that match no stored claim are added.
 *   5. A claim whose figure or sentence text changed after someone reviewed it is flagged
 *      changedAfterReview (the flag is never cleared here).
 */
import { quoteSelector } from "@/db/quote-selector";
import type { ClaimRow, NewClaimRow } from "@/db/schema";
import { type AnchorMethod, anchorQuote } from "@/lib/anchoring/anchor";

/** A claim row as the extraction maps it (db/seed/seed-database.ts toClaimRows), before it has a source. */
export type ClaimValues = Omit<NewClaimRow, "sourceId">;

export const ENGINE_FIELDS = [
  "value",
  "unit",
  "denominator",
  "upperValue",
  "measure",
  "currency",
  "subject",
  "timeScope",
  "speaker",
  "bound",
  "direction",
  "checkworthiness",
] as const satisfies readonly (keyof ClaimRow)[];

type PositionFields = ["start", "end", "text", "quoteExact", "quotePrefix", "quoteSuffix", "sentenceStart", "sentenceEnd", "sentenceText"];

type FlagFields = ["missingFromExtraction", "changedAfterReview", "orphaned"];

type Pick3<K extends readonly (keyof ClaimRow)[]> = Pick<ClaimRow, K[number]>;

/** What reconciliation reads of a stored claim. */
export type StoredClaim = Pick<ClaimRow, "id" | "origin"> &
  Pick3<typeof ENGINE_FIELDS> &
  Pick3<PositionFields> &
  Pick3<FlagFields> & {
    /** Someone has worked on it: status beyond unreviewed, not-a-claim, citations, notes or verdicts. */
    reviewed: boolean;
  };

/** The fields a kept claim is written with. */
export type ClaimUpdate = Pick3<PositionFields> & Pick3<FlagFields> & Partial<Pick3<typeof ENGINE_FIELDS>>;

export interface KeptClaim {
  before: StoredClaim;
  update: ClaimUpdate;
  method: AnchorMethod;
  /** Matched to a figure of the new extraction (always false for manual claims not at an extracted span). */
  matched: boolean;
  /** The figure or its sentence reads differently in the new text. */
  textChanged: boolean;
  /** Any written field differs from the stored one. */
  changed: boolean;
}

export interface ReconcilePlan {
  kept: KeptClaim[];
  /** No anchor in the new text (or its anchor is taken by another claim): left where they are, marked orphaned. */
  orphans: StoredClaim[];
  /** New figures, ready to insert. */
  added: ClaimValues[];
}

const spanKey = (start: number, end: number) => `${start}:${end}`;

export function reconcileClaims(stored: readonly StoredClaim[], body: string, extracted: readonly ClaimValues[]): ReconcilePlan {
  const byId = [...stored].sort((a, b) => a.id - b.id);
  const taken = new Set<string>(); // `${origin}:${start}:${end}` — one claim per span and origin
  const anchored: { claim: StoredClaim; start: number; end: number; exact: string; method: AnchorMethod }[] = [];
  const orphans: StoredClaim[] = [];

  for (const claim of byId) {
    const match = anchorQuote(body, {
      start: claim.start,
      end: claim.end,
      exact: claim.quoteExact,
      prefix: claim.quotePrefix,
      suffix: claim.quoteSuffix,
    });
    const key = match && `${claim.origin}:${spanKey(match.start, match.end)}`;
    if (!match || !key || taken.has(key)) {
      orphans.push(claim);
      continue;
    }
    taken.add(key);
    anchored.push({ claim, start: match.start, end: match.end, exact: match.exact, method: match.method });
  }

  // Match anchored claims to the extraction: exact spans first (for every claim), then overlaps.
  const rowsBySpan = new Map<string, ClaimValues>();
  for (const row of extracted) rowsBySpan.set(spanKey(row.start, row.end), row);
  const used = new Set<ClaimValues>();
  const matchOf = new Map<number, ClaimValues>();
  for (const item of anchored) {
    const row = rowsBySpan.get(spanKey(item.start, item.end));
    if (row && !used.has(row)) {
      used.add(row);
      matchOf.set(item.claim.id, row);
    }
  }
  // A widened span keeps its claim: one that overlaps it with the same value, else, where the
  // extractor now reads the figures as one range ("4 and 5 percent" was two claims), one whose upper
  // end is its value. Reviewed claims choose first, so when two stored figures overlap one new
  // range, the one someone worked on keeps its match.
  const overlapOrder = [...anchored].sort((a, b) => Number(b.claim.reviewed) - Number(a.claim.reviewed) || a.claim.id - b.claim.id);
  for (const item of overlapOrder) {
    const { value } = item.claim;
    if (item.claim.origin !== "extracted" || matchOf.has(item.claim.id) || value === null) continue;
    const overlapping = extracted.filter(
      (candidate) =>
        !used.has(candidate) &&
        candidate.start < item.end &&
        item.start < candidate.end &&
        !taken.has(`extracted:${spanKey(candidate.start, candidate.end)}`),
    );
    const row =
      overlapping.find((candidate) => candidate.value === value) ?? overlapping.find((candidate) => candidate.upperValue === value);
    if (row) {
      used.add(row);
      matchOf.set(item.claim.id, row);
    }
  }

  const kept: KeptClaim[] = anchored.map((item) => {
    const { claim } = item;
    const before = claim;
    // The old sentence laid over the new text at the anchor: did the words around the figure change?
    const sentenceStart = Math.max(0, item.start - (claim.start - claim.sentenceStart));
    const sentenceEnd = Math.min(body.length, item.end + (claim.sentenceEnd - claim.end));
    const textChanged = item.exact !== claim.quoteExact || body.slice(sentenceStart, sentenceEnd) !== claim.sentenceText;

    const row = matchOf.get(claim.id);
    const flags = {
      missingFromExtraction: claim.origin === "extracted" ? !row : claim.missingFromExtraction,
      changedAfterReview: claim.changedAfterReview || (claim.reviewed && textChanged),
      orphaned: false,
    };
    let update: ClaimUpdate;
    if (row && claim.origin === "extracted") {
      update = {
        start: row.start,
        end: row.end,
        text: row.text,
        quoteExact: row.quoteExact,
        quotePrefix: row.quotePrefix,
        quoteSuffix: row.quoteSuffix,
        sentenceStart: row.sentenceStart,
        sentenceEnd: row.sentenceEnd,
        sentenceText: row.sentenceText,
        ...flags,
      };
      for (const field of ENGINE_FIELDS) (update as Record<string, unknown>)[field] = row[field] ?? null;
    } else {
      const quote = quoteSelector(body, item);
      update = {
        start: item.start,
        end: item.end,
        text: item.exact,
        quoteExact: quote.exact,
        quotePrefix: quote.prefix,
        quoteSuffix: quote.suffix,
        sentenceStart,
        sentenceEnd,
        sentenceText: body.slice(sentenceStart, sentenceEnd),
        ...flags,
      };
    }
    const changed = Object.entries(update).some(([field, value]) => !sameValue((before as Record<string, unknown>)[field], value));
    return { before, update, method: item.method, matched: Boolean(row), textChanged, changed };
  });

  const added = extracted.filter((row) => !used.has(row) && !taken.has(`extracted:${spanKey(row.start, row.end)}`));
  return { kept, orphans, added };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  // real columns come back as 32-bit floats.
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
  return false;
}
