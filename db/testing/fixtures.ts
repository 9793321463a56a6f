/**
 * Test data that does not depend on what the extraction engine finds today: a synthetic source
 * with many claims, inserted through the same row mapping the seed uses.
 */
import type { Claim, Unit } from "@/lib/claims/types";
import type { Db } from "../client";
import { claims, sources } from "../schema";
import { sha256Hex, toClaimRows } from "../seed/seed-database";

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
  const { rows, rejected } = toClaimRows(body, extracted);
  if (rejected.length > 0) throw new Error(`synthetic fixture is inconsistent: ${rejected.length} rejected`);
  return db.transaction(async (tx) => {
    const [source] = await tx
      .insert(sources)
      .values({ title: `Synthetic ${tag} source`, body, contentHash: sha256Hex(body), extractorVersion: "test" })
      .returning({ id: sources.id });
    if (!source) throw new Error("insert returned no row");
    const inserted = await tx
      .insert(claims)
      .values(rows.map((row) => ({ ...row, sourceId: source.id })))
      .returning({ id: claims.id });
    return { sourceId: source.id, body, claimIds: inserted.map((row) => row.id) };
  });
}
