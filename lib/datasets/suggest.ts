/**
 * Candidate figures for a claim from a set of datasets, best first (the AggChecker idea, SIGMOD
 * 2019: a claim is a query over the table; here the query is chosen by ranking every cheap one).
 *
 * Candidates: a cell; the sum over the categories of a period; the mean over a series' periods; a
 * count of rows with a category; the change between two periods (absolute, and as a percent of the
 * earlier one); a share of the period's total; a rate per N when the table has a population column.
 *
 * Ranking rule (each part a number, summed; documented in README "Check against data"):
 *   text    3 × (relevance of the category labels + 0.6 × relevance of the measure (column)
 *             + 0.4 × relevance of the dataset's title and publisher); a label's relevance is
 *             0.7 × the share of its words the claim's sentence, subject or speaker mentions
 *             (stemmed; a parenthesis is an alias, "(USBP)"; numbers count, "Grades 9–12") +
 *             0.3 × the share of the subject's words it contains. "All categories" (a sum) scores
 *             0.8 when the subject says total/all/overall/combined, else 0.1
 *   period  2 × 1 when the figure's period is the claim's time scope, 0.7 when the sentence names
 *             it, 0.3 for the latest period when the claim names none (0.7 when the table has only
 *             that one period: a snapshot leaves no other period the claim could mean), −0.5
 *             otherwise; a change also +0.3 when its earlier period is named too
 *   unit    1 when the candidate is a percentage and the claim one, or both are amounts;
 *             −1.5 when one is a percentage and the other is not
 *   kind    0.8 for a change when the engine gave the claim a direction ("rose 10 percent",
 *             not "rose to 19,917"), −0.6 otherwise, +0.6 more when its earlier period is named; 0.6 for a share when the sentence says "of"/"share";
 *             the same for a mean ("average"); rates only when the sentence says "per 1,000" (+0.6);
 *             −0.4 for counts and sums. Per dataset only the 25 best-matching series are expanded,
 *             and cells of periods the claim does not name only for the best 5
 *   size    0.8 × (1 − |log10(claim ÷ candidate)|); −2 when they differ more than tenfold, so a
 *             claim of 3.2 million is never checked against a cell of 19,917
 * Agreement is not part of the rank: a wrong claim must not pull a different cell up.
 */
import { compareFigure, type Agreement } from "./agreement";
import type { Fact } from "./columns";
import { comparePeriods, describePeriod, periodMatches, periodsIn } from "./period";

export interface SuggestClaim {
  text: string;
  value: number | null;
  unit: string;
  subject: string;
  timeScope?: string | null;
  sentence: string;
  speaker?: string | null;
  bound?: string | null;
  direction?: string | null;
}

export interface SuggestDataset {
  id: number;
  title: string;
  publisher?: string | null;
  facts: readonly Fact[];
}

export const CANDIDATE_KINDS = ["cell", "sum", "mean", "count", "change", "change-percent", "share", "rate"] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export interface CandidateSpec {
  kind: CandidateKind;
  measure: string;
  /** The category labels joined with " / ", or null for "all categories". */
  category: string | null;
  period: string | null;
  /** The earlier period of a change. */
  fromPeriod?: string | null;
  /** N of a rate per N. */
  per?: number;
}

export interface Candidate {
  datasetId: number;
  datasetTitle: string;
  /** Stable across requests: remembers a rejection, names a benchmark's expected answer. */
  key: string;
  spec: CandidateSpec;
  description: string;
  value: number;
  unit: "count" | "percent";
  score: number;
  agreement: Agreement;
  /** Dataset rows the figure is computed from (at most 20 listed). */
  rows: number[];
}

export function candidateKey(spec: CandidateSpec): string {
  return [spec.kind, spec.measure, spec.category ?? "*", spec.fromPeriod ?? "", spec.period ?? "", spec.per ?? ""].join("|");
}

// ---------------------------------------------------------------------------------------------
// Words

const STOP = new Set(
  "a an the of in on at to for from by with and or as is are was were be been its it this that these those than per into over under about more less number who whom which our their his her they we us said says data show shows according".split(
    " ",
  ),
);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/** Lowercased, stemmed content words; numbers only with `keepNumbers` ("Grades 9–12" is not "Grades 1–8"). */
export function words(text: string, keepNumbers = false): string[] {
  return text
    .toLowerCase()
    .replace(/u\.s\./g, "us")
    .split(/[^a-z0-9]+/)
    .filter((w) => (keepNumbers && /^\d{1,3}$/.test(w)) || (w.length >= 2 && !STOP.has(w) && !/^\d+$/.test(w)))
    .map(stem);
}

interface ClaimWords {
  subject: Set<string>;
  /** Every word of the subject, the sentence and the speaker. */
  all: Set<string>;
}

function claimWords(claim: SuggestClaim): ClaimWords {
  const subject = new Set(words(claim.subject));
  const all = new Set([...subject, ...words(claim.sentence, true), ...words(claim.speaker ?? "")]);
  return { subject, all };
}

/**
 * 0..1: 0.7 × the share of the label's own words the claim's sentence mentions (a parenthesis is an
 * alias: "U.S. Border Patrol (USBP)" is mentioned by "Border Patrol" or by "USBP"), plus 0.3 × the
 * share of the claim's subject words the label contains.
 */
function relevance(rawLabel: string, claim: ClaimWords): number {
  // A footnote marker glued to a label ("(OFO)1") is not part of its name.
  const label = rawLabel.replace(/\)\d+\b/g, ")");
  const alias = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? "").join(" ");
  const main = [...new Set(words(label.replace(/\([^)]*\)/g, " "), true))];
  const aliasWords = [...new Set(words(alias))];
  const mention = (list: string[]) => (list.length === 0 ? 0 : list.filter((w) => claim.all.has(w)).length / list.length);
  const mentioned = Math.max(mention(main), mention(aliasWords));
  const own = new Set([...main, ...aliasWords]);
  let recall = 0;
  for (const w of claim.subject) if (own.has(w)) recall++;
  return 0.7 * mentioned + 0.3 * (claim.subject.size === 0 ? 0 : recall / claim.subject.size);
}

// ---------------------------------------------------------------------------------------------

const SHARE_CUE = /\b(?:of (?:all|the|whom|them|those|which|total)|share|proportion|accounted for|percent of|% of|were|was)\b/i;
const MEAN_CUE = /\b(?:average|mean|on average|a year|per year|annually|each year|a month|per month|a day|per day|daily)\b/i;
const RATE_CUE = /\bper\s+(?:[\d,]+|capita|thousand|hundred thousand|million)\b/i;
const TOTAL_LABEL = /\btotal\b|^all\b/i;

function perOf(sentence: string): number {
  const m = /\bper\s+([\d,]+|capita|thousand|hundred thousand|million)\b/i.exec(sentence);
  if (!m?.[1]) return 100_000;
  const word = m[1].toLowerCase();
  if (word === "capita") return 1;
  if (word === "thousand") return 1_000;
  if (word === "hundred thousand") return 100_000;
  if (word === "million") return 1_000_000;
  return Number(word.replace(/,/g, "")) || 100_000;
}

/** Series (a label and a measure) expanded per dataset, best matching first. */
const MAX_SERIES = 25;

const PERCENT_MEASURE = /\b(?:percent\w*|rates?|shares?|ratio|proportion)\b|%/i;

interface Draft {
  dataset: SuggestDataset;
  spec: CandidateSpec;
  value: number;
  unit: "count" | "percent";
  score: number;
  rows: number[];
  /** Built only for the candidates shown: month names and number formats are costly by the thousand. */
  describe: () => string;
}

/** What a dataset's candidates are computed from that does not depend on the claim: built once per facts array. */
interface Prepared {
  periods: string[];
  latest: string | null;
  series: { label: string | null; measure: string; sorted: Fact[] }[];
  byPeriod: Fact[][];
  rowsByLabel: Map<string, Set<number>>;
  totalMeasure: boolean;
}
const prepared = new WeakMap<readonly Fact[], Prepared>();
const labelOf = (fact: Fact) => fact.categories.join(" / ");

function prepare(facts: readonly Fact[]): Prepared {
  const hit = prepared.get(facts);
  if (hit) return hit;
  const periods = [...new Set(facts.map((f) => f.period).filter((p): p is string => p !== null))].sort(comparePeriods);
  const series = new Map<string, Fact[]>();
  const byPeriod = new Map<string, Fact[]>();
  const rowsByLabel = new Map<string, Set<number>>();
  let totalMeasure = false;
  for (const fact of facts) {
    const label = labelOf(fact);
    const seriesKey = `${label}\u0000${fact.measure}`;
    let list = series.get(seriesKey);
    if (!list) series.set(seriesKey, (list = []));
    list.push(fact);
    const periodKey = `${fact.measure}\u0000${fact.period ?? ""}`;
    let group = byPeriod.get(periodKey);
    if (!group) byPeriod.set(periodKey, (group = []));
    group.push(fact);
    for (const category of fact.categories) {
      let rows = rowsByLabel.get(category);
      if (!rows) rowsByLabel.set(category, (rows = new Set()));
      rows.add(fact.row);
    }
    if (TOTAL_LABEL.test(fact.measure)) totalMeasure = true;
  }
  const result: Prepared = {
    periods,
    latest: periods.at(-1) ?? null,
    series: [...series.values()].map((list) => ({
      label: list[0] ? labelOf(list[0]) || null : null,
      measure: list[0]?.measure ?? "",
      sorted: [...list].sort((a, b) => comparePeriods(a.period ?? "", b.period ?? "")),
    })),
    byPeriod: [...byPeriod.values()],
    rowsByLabel,
    totalMeasure,
  };
  prepared.set(facts, result);
  return result;
}

export interface SuggestOptions {
  limit?: number;
}

/** Every candidate worth showing for `claim`, best first. */
export function suggest(claim: SuggestClaim, datasets: readonly SuggestDataset[], options: SuggestOptions = {}): Candidate[] {
  const limit = options.limit ?? 10;
  if (claim.value === null || !Number.isFinite(claim.value)) return [];
  const claimValue = claim.value;
  const cw = claimWords(claim);
  const primary = periodsIn(claim.timeScope ?? "");
  const named = [...new Set([...primary, ...periodsIn(claim.sentence)])];
  const claimPercent = claim.unit === "percent";
  // "rose to 19,917" is a level, "rose 10 percent" a change: the engine sets direction only for the second.
  const changeCue = Boolean(claim.direction);
  const shareCue = SHARE_CUE.test(claim.sentence);
  const meanCue = MEAN_CUE.test(claim.sentence);
  const rateCue = RATE_CUE.test(claim.sentence);
  const subjectSaysTotal = /\b(?:total|all|overall|combined)\b/i.test(claim.subject);

  const drafts: Draft[] = [];

  const periodScore = (period: string | null, latest: string | null, snapshot: boolean): number => {
    if (period === null) return named.length === 0 ? 0.3 : -0.3;
    if (primary.some((p) => periodMatches(p, period))) return 1;
    if (named.some((p) => periodMatches(p, period))) return 0.7;
    if (named.length === 0) return period === latest ? (snapshot ? 0.7 : 0.3) : 0;
    return -0.5;
  };
  const unitScore = (unit: "count" | "percent") => (claimPercent === (unit === "percent") ? 1 : -1.5);
  const sizeScore = (value: number) => {
    if (value === 0 || claimValue === 0) return claimValue === value ? 0.8 : -0.5;
    const distance = Math.abs(Math.log10(Math.abs(claimValue) / Math.abs(value)));
    return distance > 1 ? -2 : 0.8 * (1 - distance);
  };

  for (const dataset of datasets) {
    const titleRel = relevance(`${dataset.title} ${dataset.publisher ?? ""}`, cw);
    const labelRel = new Map<string, number>();
    const measureRel = new Map<string, number>();
    const rel = (map: Map<string, number>, label: string) => {
      let value = map.get(label);
      if (value === undefined) {
        value = relevance(label, cw);
        map.set(label, value);
      }
      return value;
    };
    const ready = prepare(dataset.facts);
    const latest = ready.latest;
    // A table of one period (a "by the numbers" snapshot) cannot put a claim that names no period on the wrong one.
    const snapshot = ready.periods.length === 1;
    const textOf = (label: string | null, measure: string) =>
      (label === null ? (subjectSaysTotal ? 0.8 : 0.1) : rel(labelRel, label)) + 0.6 * rel(measureRel, measure) + 0.4 * titleRel;
    const measureIsPercent = (measure: string) => PERCENT_MEASURE.test(measure);
    const push = (spec: CandidateSpec, value: number, unit: "count" | "percent", parts: number, rows: number[], describe: () => string) => {
      if (!Number.isFinite(value)) return;
      drafts.push({ dataset, spec, value, unit, rows, describe, score: parts + unitScore(unit) + sizeScore(value) });
    };

    // Only the series whose labels match the claim best are expanded (a 10,000-row table has
    // hundreds of series; their cells, changes and rates would be hundreds of thousands of candidates).
    const rankedSeries = ready.series
      .map((entry) => ({ ...entry, text: 3 * textOf(entry.label, entry.measure) }))
      .sort((a, b) => b.text - a.text)
      .slice(0, MAX_SERIES);
    const isNamed = (period: string | null) => period !== null && named.some((p) => periodMatches(p, period));
    const wantedPeriod = (period: string | null) => named.length === 0 || period === null || period === latest || isNamed(period);
    for (const [seriesIndex, { sorted, label, measure, text }] of rankedSeries.entries()) {
      if (sorted.length === 0) continue;
      if (text <= 0 && dataset.facts.length > 200) continue;
      const unit = measureIsPercent(measure) || (label !== null && PERCENT_MEASURE.test(label)) ? "percent" : "count";
      // A column of changes ("12-month percent change") is compared signed, and not differenced again.
      const isChange = /\bchange\b/i.test(measure);
      const name = describeSeries(label, measure, dataset.title);
      const namedInSeries = named.length === 0 ? [] : sorted.filter((f) => isNamed(f.period));
      for (const fact of sorted) {
        // Cells of periods the claim does not name: only for the few best series (a fallback when the period is wrong).
        if (seriesIndex >= 5 && !wantedPeriod(fact.period)) continue;
        const spec: CandidateSpec = { kind: "cell", measure, category: label, period: fact.period };
        push(spec, fact.value, unit, text + 2 * periodScore(fact.period, latest, snapshot), [fact.row], () =>
          fact.period ? `${name}, ${describePeriod(fact.period)}` : name,
        );
        if (rateCue && fact.population && fact.population > 0) {
          const per = perOf(claim.sentence);
          push(
            { kind: "rate", measure, category: label, period: fact.period, per },
            (fact.value / fact.population) * per,
            "count",
            text + 2 * periodScore(fact.period, latest, snapshot) + 0.6,
            [fact.row],
            () => `${name}${fact.period ? `, ${describePeriod(fact.period)}` : ""}, per ${per.toLocaleString("en-US")} population`,
          );
        }
      }
      // Changes: into each period from the one before it, and from any period the claim names.
      for (let i = isChange ? sorted.length : 1; i < sorted.length; i++) {
        const to = sorted[i];
        if (!to?.period) continue;
        if (!wantedPeriod(to.period) && i !== sorted.length - 1) continue;
        const previous = sorted[i - 1];
        const froms = namedInSeries.filter((f) => f !== previous && comparePeriods(f.period ?? "", to.period ?? "") < 0);
        if (previous) froms.push(previous);
        for (const from of froms) {
          if (!from.period) continue;
          const base =
            text +
            2 * periodScore(to.period, latest, snapshot) +
            (changeCue ? 0.8 : -0.6) +
            (named.some((p) => periodMatches(p, from.period ?? "")) ? 0.6 : 0);
          const toPeriod = to.period;
          const fromPeriod = from.period;
          const span = () => `${describePeriod(toPeriod)} minus ${describePeriod(fromPeriod)}`;
          push(
            { kind: "change", measure, category: label, period: to.period, fromPeriod: from.period },
            to.value - from.value,
            unit,
            base,
            [from.row, to.row],
            () => `${name}, ${span()}`,
          );
          if (from.value !== 0 && unit === "count") {
            push(
              { kind: "change-percent", measure, category: label, period: to.period, fromPeriod: from.period },
              ((to.value - from.value) / Math.abs(from.value)) * 100,
              "percent",
              base,
              [from.row, to.row],
              () => `${name}, ${span()}, as a percent of ${describePeriod(fromPeriod)}`,
            );
          }
        }
      }
      if (meanCue && sorted.length > 1 && sorted.every((f) => f.period !== null)) {
        const mean = sorted.reduce((s, f) => s + f.value, 0) / sorted.length;
        const range = `${describePeriod(sorted[0]?.period ?? "")}–${describePeriod(sorted.at(-1)?.period ?? "")}`;
        push(
          { kind: "mean", measure, category: label, period: null },
          mean,
          unit,
          text + 0.6,
          sorted.map((f) => f.row).slice(0, 20),
          () => `${name}, mean of ${range} (${sorted.length} periods)`,
        );
      }
    }

    // Across categories within a period: the sum, each category's share, and counts of rows.
    for (const list of ready.byPeriod) {
      const first = list[0];
      if (!first || list.length < 2 || !wantedPeriod(first.period)) continue;
      const measure = first.measure;
      if (measureIsPercent(measure)) continue;
      if (list.some((f) => PERCENT_MEASURE.test(labelOf(f)))) continue;
      const totalRow = list.find((f) => TOTAL_LABEL.test(labelOf(f)));
      const parts = list.filter((f) => f !== totalRow);
      const sum = parts.reduce((s, f) => s + f.value, 0);
      const period = first.period;
      const when = () => (period ? `, ${describePeriod(period)}` : "");
      const ps = 2 * periodScore(period, latest, snapshot);
      if (!totalRow) {
        push(
          { kind: "sum", measure, category: null, period },
          sum,
          "count",
          3 * textOf(null, measure) + ps - 0.4,
          parts.map((f) => f.row).slice(0, 20),
          () => `Sum of ${describeMeasure(measure, dataset.title)} over all ${parts.length} categories${when()}`,
        );
      }
      const total = totalRow?.value ?? sum;
      if (total === 0) continue;
      const ranked = parts
        .map((fact) => ({ fact, text: 3 * textOf(labelOf(fact) || null, measure) }))
        .sort((a, b) => b.text - a.text)
        .slice(0, 25);
      for (const { fact, text } of ranked) {
        const label = labelOf(fact) || null;
        push(
          { kind: "share", measure, category: label, period },
          (fact.value / total) * 100,
          "percent",
          text + ps + (shareCue ? 0.6 : -0.3),
          totalRow ? [fact.row, totalRow.row] : parts.map((f) => f.row).slice(0, 20),
          () =>
            `${describeSeries(label, measure, dataset.title)} as a percent of ${totalRow ? labelOf(totalRow) : "the sum of all categories"}${when()}`,
        );
      }
    }

    // Within a row: each measure as a share of the row's total column ("UACs" of "All apprehensions").
    const byRow = new Map<number, Fact[]>();
    for (const fact of ready.totalMeasure ? dataset.facts : []) {
      if (!wantedPeriod(fact.period)) continue;
      let list = byRow.get(fact.row);
      if (!list) byRow.set(fact.row, (list = []));
      list.push(fact);
    }
    for (const list of byRow.values()) {
      const total = list.find((f) => TOTAL_LABEL.test(f.measure) && !PERCENT_MEASURE.test(f.measure));
      if (!total || total.value === 0) continue;
      for (const fact of list) {
        if (fact === total || fact.period !== total.period || PERCENT_MEASURE.test(fact.measure)) continue;
        const label = labelOf(fact) || null;
        const when = () => (fact.period ? `, ${describePeriod(fact.period)}` : "");
        push(
          { kind: "share", measure: fact.measure, category: label, period: fact.period },
          (fact.value / total.value) * 100,
          "percent",
          3 * textOf(label, fact.measure) + 2 * periodScore(fact.period, latest, snapshot) + (shareCue ? 0.6 : -0.3),
          [fact.row],
          () => `${describeSeries(label, fact.measure, dataset.title)} as a percent of ${total.measure}${when()}`,
        );
      }
    }

    // Counts of rows per category label (a list of airports, of schools): only for labels the claim names.
    for (const [label, rows] of ready.rowsByLabel) {
      if (rows.size < 2) continue;
      const text = 3 * (rel(labelRel, label) + 0.4 * titleRel);
      if (text <= 0.6) continue;
      push(
        { kind: "count", measure: "rows", category: label, period: null },
        rows.size,
        "count",
        text - 0.4,
        [...rows].slice(0, 20),
        () => `Count of rows labelled “${label}” in ${dataset.title}`,
      );
    }
  }

  drafts.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const draft of drafts) {
    const key = `${draft.dataset.id}:${candidateKey(draft.spec)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const signed = draft.spec.kind === "change" || draft.spec.kind === "change-percent" || /\bchange\b/i.test(draft.spec.measure);
    out.push({
      datasetId: draft.dataset.id,
      datasetTitle: draft.dataset.title,
      key: candidateKey(draft.spec),
      spec: draft.spec,
      description: draft.describe(),
      value: draft.value,
      unit: draft.unit,
      score: Math.round(draft.score * 1000) / 1000,
      agreement: compareFigure(
        { text: claim.text, value: claimValue, unit: claim.unit, bound: claim.bound, direction: claim.direction },
        draft.value,
        { signed },
      ),
      rows: draft.rows,
    });
    if (out.length >= limit) break;
  }
  return out;
}

function describeMeasure(measure: string, title: string): string {
  return measure === title ? "the figures" : measure;
}

function describeSeries(label: string | null, measure: string, title: string): string {
  if (label === null) return measure;
  return measure === title ? label : `${label}: ${measure}`;
}
