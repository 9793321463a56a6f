import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/engine/types";
import { toClaimRows } from "@/lib/claims/claim-rows";
import { type ClaimValues, reconcileClaims, type StoredClaim } from "./reconcile";

const BODY = "The city hired 240 new teachers in 2024. Class sizes fell 8 percent, the mayor said.";

function claim(text: string, extra: Partial<Claim> = {}, body = BODY): Claim {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`${text} not in body`);
  const sentenceStart = body.lastIndexOf(".", start) + 1;
  const sentenceEnd = body.indexOf(".", start + text.length) + 1;
  return {
    start,
    end: start + text.length,
    text,
    value: Number.parseFloat(text.replace(/[^\d.]/g, "")),
    unit: "count",
    subject: "teachers",
    sentence: { start: sentenceStart + (body[sentenceStart] === " " ? 1 : 0), end: sentenceEnd },
    checkworthiness: 0.5,
    ...extra,
  };
}

function rows(claims: Claim[], body = BODY): ClaimValues[] {
  const mapped = toClaimRows(body, claims);
  expect(mapped.rejected).toEqual([]);
  return mapped.rows;
}

let nextId = 1;
function stored(row: ClaimValues, extra: Partial<StoredClaim> = {}): StoredClaim {
  return {
    id: nextId++,
    origin: row.origin ?? "extracted",
    start: row.start,
    end: row.end,
    text: row.text,
    quoteExact: row.quoteExact,
    quotePrefix: row.quotePrefix,
    quoteSuffix: row.quoteSuffix,
    sentenceStart: row.sentenceStart,
    sentenceEnd: row.sentenceEnd,
    sentenceText: row.sentenceText,
    value: row.value ?? null,
    unit: row.unit,
    denominator: row.denominator ?? null,
    upperValue: row.upperValue ?? null,
    measure: row.measure ?? null,
    currency: row.currency ?? null,
    subject: row.subject,
    timeScope: row.timeScope ?? null,
    speaker: row.speaker ?? null,
    bound: row.bound ?? null,
    direction: row.direction ?? null,
    checkworthiness: row.checkworthiness ?? 0,
    missingFromExtraction: false,
    changedAfterReview: false,
    orphaned: false,
    reviewed: false,
    ...extra,
  };
}

describe("reconcileClaims", () => {
  it("changes nothing when the text and the extraction are the same", () => {
    const extracted = rows([claim("240"), claim("8 percent", { unit: "percent", subject: "class sizes" })]);
    const plan = reconcileClaims(
      extracted.map((row) => stored(row)),
      BODY,
      extracted,
    );
    expect(plan.kept.map((k) => [k.method, k.matched, k.changed, k.textChanged])).toEqual([
      ["position", true, false, false],
      ["position", true, false, false],
    ]);
    expect(plan.added).toEqual([]);
    expect(plan.orphans).toEqual([]);
  });

  it("keeps a claim whose span the extractor widened (overlap, same value), taking the new span and fields", () => {
    const old = stored(rows([claim("240")])[0] as ClaimValues);
    const wider = rows([claim("240 new teachers", { value: 240, subject: "new teachers" })]);
    const plan = reconcileClaims([old], BODY, wider);
    expect(plan.added).toEqual([]);
    expect(plan.kept[0]).toMatchObject({ matched: true, changed: true, update: { text: "240 new teachers", subject: "new teachers" } });
  });

  it("lets a manual claim take the span the extractor now finds, without a duplicate and without changing it", () => {
    const manualRow = {
      ...(rows([claim("8 percent", { unit: "percent" })])[0] as ClaimValues),
      origin: "manual" as const,
      subject: "my words",
    };
    const plan = reconcileClaims([stored(manualRow)], BODY, rows([claim("8 percent", { unit: "percent", subject: "class sizes" })]));
    expect(plan.added).toEqual([]);
    expect(plan.kept[0]).toMatchObject({ matched: true, changed: false });
    expect(plan.kept[0]?.update.subject).toBeUndefined();
  });

  it("marks an extracted claim the extractor lost, and adds the figures it newly finds", () => {
    const old = stored(rows([claim("240")])[0] as ClaimValues);
    const plan = reconcileClaims([old], BODY, rows([claim("8 percent", { unit: "percent" })]));
    expect(plan.kept[0]).toMatchObject({ matched: false, changed: true, update: { missingFromExtraction: true, start: old.start } });
    expect(plan.added.map((row) => row.text)).toEqual(["8 percent"]);
  });

  it("flags a reviewed claim whose sentence changed in a new text, but not an unreviewed one", () => {
    const extracted = rows([claim("240"), claim("8 percent", { unit: "percent" })]);
    const reviewed = stored(extracted[0] as ClaimValues, { reviewed: true });
    const unreviewed = stored(extracted[1] as ClaimValues);
    const body = BODY.replace("hired 240 new teachers", "hired 240 new part-time teachers").replace(
      "fell 8 percent",
      "fell 8 percent overall",
    );
    const newRows = rows([claim("240", {}, body), claim("8 percent", { unit: "percent" }, body)], body);
    const plan = reconcileClaims([reviewed, unreviewed], body, newRows);
    expect(plan.kept.map((k) => [k.textChanged, k.update.changedAfterReview])).toEqual([
      [true, true],
      [true, false],
    ]);
  });

  it("makes the second of two claims that anchor to the same span an orphan", () => {
    const row = rows([claim("240")])[0] as ClaimValues;
    const first = stored(row);
    const second = stored(row);
    const plan = reconcileClaims([second, first], BODY, [row]);
    expect(plan.kept.map((k) => k.before.id)).toEqual([first.id]);
    expect(plan.orphans.map((o) => o.id)).toEqual([second.id]);
  });

  describe("ranges and units of measure", () => {
    const RANGE_BODY = "Enrollment is expected to grow between 4 and 5 percent next year, the district said.";
    const RANGE = { unit: "percent", value: 4, upperValue: 5, subject: "enrollment growth" } as const;

    it("gives a matched claim the extractor's range and unit of measure", () => {
      const old = stored(rows([claim("4 and 5 percent", { unit: "percent", value: 4 }, RANGE_BODY)], RANGE_BODY)[0] as ClaimValues, {
        reviewed: true,
      });
      const plan = reconcileClaims([old], RANGE_BODY, rows([claim("4 and 5 percent", RANGE, RANGE_BODY)], RANGE_BODY));
      expect(plan.kept[0]).toMatchObject({
        matched: true,
        changed: true,
        textChanged: false,
        update: { upperValue: 5, value: 4, subject: "enrollment growth", changedAfterReview: false },
      });
      const tons = "The mill shipped 3.2 million metric tons of steel.";
      const before = stored(
        rows([claim("3.2 million", { value: 3_200_000, subject: "metric tons of steel" }, tons)], tons)[0] as ClaimValues,
      );
      const after = rows(
        [claim("3.2 million metric tons", { value: 3_200_000, measure: "metric tons", subject: "steel shipped" }, tons)],
        tons,
      );
      expect(reconcileClaims([before], tons, after).kept[0]).toMatchObject({
        matched: true,
        update: { text: "3.2 million metric tons", measure: "metric tons", subject: "steel shipped" },
      });
    });

    it("matches the two figures an older extractor saw to the one range, the reviewed one first", () => {
      const old = rows(
        [claim("4", { unit: "percent", value: 4 }, RANGE_BODY), claim("5 percent", { unit: "percent", value: 5 }, RANGE_BODY)],
        RANGE_BODY,
      );
      const range = rows([claim("4 and 5 percent", RANGE, RANGE_BODY)], RANGE_BODY);
      const low = stored(old[0] as ClaimValues);
      const high = stored(old[1] as ClaimValues, { reviewed: true });
      const plan = reconcileClaims([low, high], RANGE_BODY, range);
      expect(plan.added).toEqual([]);
      const byId = new Map(plan.kept.map((k) => [k.before.id, k]));
      expect(byId.get(high.id)).toMatchObject({ matched: true, update: { text: "4 and 5 percent", value: 4, upperValue: 5 } });
      expect(byId.get(low.id)).toMatchObject({ matched: false, update: { missingFromExtraction: true } });

      // Nobody worked on either: the low end, which has the range's value, keeps the match.
      const plain = reconcileClaims([stored(old[0] as ClaimValues), stored(old[1] as ClaimValues)], RANGE_BODY, range);
      expect(plain.kept.map((k) => [k.before.text, k.matched])).toEqual([
        ["4", true],
        ["5 percent", false],
      ]);
    });
  });
});
