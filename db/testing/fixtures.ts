/**
 * Test data that does not depend on what the extraction engine finds today: a synthetic source
 * with many claims, stored through importDocuments (the one way a source enters) with an extractor
 * that returns exactly these claims.
 */
import { asc, eq } from "drizzle-orm";
import type { Claim, Unit } from "@/lib/engine/types";
import { importDocument } from "@/lib/sources/import";
import type { Db } from "../client";
import { claims } from "../schema";

const UNITS: Unit[] = ["percent", "count", "money", "ratio", "other"];

export interface SyntheticSource {
  sourceId: number;
  body: string;
  claimIds: number[];
}

/**
 * A source of `count` sentences "Figure N rose to N widgets in zebrafish county." with one claim
 * each. Checkworthiness repeats in groups of three so keyset pagination must break ties by id.
 */
export async function insertSyntheticSource(db: Db, count: number, tag = "synthetic"): Promise<SyntheticSource> {
  let body = "";
  const extracted: Claim[] = [];
  for (let n = 1; n <= count; n++) {
    const sentenceStart = body.length;
    const prefix = `Figure ${n} of the ${tag} report rose to `;
    const figure = `${n * 10} widgets`;
    const sentence = `${prefix}${figure} in zebrafish county.`;
    body += `${sentence} `;
    extracted.push({
      start: sentenceStart + prefix.length,
      end: sentenceStart + prefix.length + figure.length,
      text: figure,
      value: n * 10,
      unit: UNITS[n % UNITS.length] ?? "count",
      subject: `${tag} widgets`,
      speaker: n % 2 === 0 ? "Zebrafish County Statistics Office" : undefined,
      sentence: { start: sentenceStart, end: sentenceStart + sentence.length },
      checkworthiness: Math.round((Math.floor(n / 3) / Math.ceil(count / 3)) * 100) / 100,
    });
  }
  const outcome = await importDocument(
    db,
    { text: body, title: `Synthetic ${tag} source` },
    { extract: () => ({ claims: extracted, checks: [] }), extractorVersion: "test" },
  );
  if (outcome.kind !== "created") throw new Error(`synthetic fixture ${tag} was not created: ${outcome.kind}`);
  if (outcome.claims !== extracted.length)
    throw new Error(`synthetic fixture is inconsistent: ${extracted.length - outcome.claims} rejected`);
  const rows = await db.select({ id: claims.id }).from(claims).where(eq(claims.sourceId, outcome.sourceId)).orderBy(asc(claims.start));
  // The stored body is the normalised text: the trailing space is gone, every offset still fits.
  return { sourceId: outcome.sourceId, body: body.trimEnd(), claimIds: rows.map((row) => row.id) };
}
