/**
 * Arithmetic between the claims of one text: a percentage against the ratio it summarises,
 * the same figure stated twice (or a figure restated differently), a stated change against the
 * two figures it is computed from, and a stated count against a list the text names.
 */
import type { Check, Claim, Span } from "./types";

const MAX_PAIRS = 20_000; // junk with thousands of figures must not make this quadratic

export function runChecks(text: string, claims: Claim[]): Check[] {
  return [
    ...percentAgainstRatio(text, claims),
    ...changeAgainstFigures(text, claims),
    ...repeatedFigures(text, claims),
    ...countAgainstList(text, claims),
  ];
}

const spanOf = (c: Claim): Span => ({ start: c.start, end: c.end });

/** Half a unit in the last decimal place the text gave: "77.5" is exact to ±0.05. */
function precisionOf(claim: Claim): number {
  const digits = /\.(\d+)/.exec(claim.text.replace(/,/g, ""));
  return 0.5 * 10 ** -(digits ? digits[1]!.length : 0);
}

/** 1234.5 -> "1,234.5": toLocaleString is slow enough to show in a profile. */
function fmt(n: number, digits = 2): string {
  const [int, frac] = String(Number(n.toFixed(digits))).split(".");
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}

/** "77.5 percent of victims (4,601 out of 5,939)": 4,601 / 5,939 is 77.47%, which rounds to 77.5. */
/** Words that set one figure against another, or begin another clause, rather than restate it. */
const CONTRAST = /\b(?:below|above|than|compared|versus|vs|against|while|whereas|but|and|average|up from|down from)\b|;/i;

function percentAgainstRatio(text: string, claims: Claim[]): Check[] {
  const out: Check[] = [];
  for (let r = 0; r < claims.length; r++) {
    const ratio = claims[r]!;
    if (ratio.unit !== "ratio" || ratio.value === null || !ratio.denominator || ratio.denominator === 1) continue;
    // The nearest percentage in the same sentence, within a short distance.
    let best = -1;
    let gap = Infinity;
    for (let p = Math.max(0, r - 3); p < Math.min(claims.length, r + 4); p++) {
      const pc = claims[p]!;
      if (pc.unit !== "percent" || pc.value === null || pc.direction || pc.sentence.start !== ratio.sentence.start) continue;
      const d = pc.end <= ratio.start ? ratio.start - pc.end : pc.start - ratio.end;
      // "1 in 5 were approved, well below the 35% national average" sets two figures side by side.
      const between = pc.end <= ratio.start ? text.slice(pc.end, ratio.start) : text.slice(ratio.end, pc.start);
      if (d >= 0 && d < gap && d <= 80 && !CONTRAST.test(between)) {
        best = p;
        gap = d;
      }
    }
    if (best < 0) continue;
    const percent = claims[best]!;
    const expected = (100 * ratio.value) / ratio.denominator;
    // "Roughly 6 in 10 adults (58%)": a ratio said to be approximate stands for any percentage
    // nearer to it than to the next ratio of the same denominator.
    const rounding = ratio.bound === "exact" ? 0 : 50 / ratio.denominator;
    const consistent = Math.abs(expected - percent.value!) <= precisionOf(percent) + rounding + 1e-9;
    out.push({
      kind: "percent-vs-ratio",
      outcome: consistent ? "consistent" : "inconsistent",
      claims: [best, r],
      spans: [spanOf(percent), spanOf(ratio)],
      expected: Number(expected.toFixed(4)),
      message: consistent
        ? `${percent.text} agrees with ${ratio.text} (${fmt(expected)}%).`
        : `${percent.text} does not agree with ${ratio.text}, which is ${fmt(expected)}%.`,
    });
  }
  return out;
}

/** "rose 25 percent, from 400 to 500": the change computed from the two figures. */
function changeAgainstFigures(text: string, claims: Claim[]): Check[] {
  const out: Check[] = [];
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i]!;
    const b = claims[i + 1]!;
    if (a.value === null || b.value === null || a.unit !== b.unit || a.unit === "ratio" || a.value === 0) continue;
    if (!/^\s*(?:in\s+\w+\s+|last\s+year\s+)?to\s+$/i.test(text.slice(a.end, b.start))) continue;
    if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    // The stated change: a percentage with a direction, nearby. One in the same sentence comes first,
    // then the nearest: "Burglaries fell 9 percent, while thefts dropped from 500 to 400, a decline
    // of 20 percent" states the thefts' change last.
    let p = -1;
    let best = Infinity;
    for (let k = Math.max(0, i - 3); k < Math.min(claims.length, i + 5); k++) {
      const pc = claims[k]!;
      if (k === i || k === i + 1 || pc.unit !== "percent" || pc.value === null || !pc.direction) continue;
      if (Math.abs(pc.sentence.start - a.sentence.start) > 600) continue;
      const distance = (pc.sentence.start === a.sentence.start ? 0 : 1e6) + (pc.start < a.start ? a.start - pc.end : pc.start - b.end);
      if (distance < best) {
        best = distance;
        p = k;
      }
    }
    if (p >= 0) {
      const pc = claims[p]!;
      const expected = (100 * (b.value - a.value)) / Math.abs(a.value);
      const stated = pc.direction === "decrease" ? -pc.value! : pc.value!;
      const tolerance = Math.max(precisionOf(pc), 0.5);
      const consistent = Math.abs(expected - stated) <= tolerance;
      out.push({
        kind: "change-vs-figures",
        outcome: consistent ? "consistent" : "inconsistent",
        claims: [p, i, i + 1],
        spans: [spanOf(pc), spanOf(a), spanOf(b)],
        expected: Number(expected.toFixed(4)),
        message: consistent
          ? `A change from ${a.text} to ${b.text} is ${fmt(expected, 1)}%, as stated (${pc.text}).`
          : `A change from ${a.text} to ${b.text} is ${fmt(expected, 1)}%, not the ${pc.text} stated.`,
      });
    }
  }
  return out;
}

const HEAD_SKIP = new Set(["the", "of", "a", "an", "with", "in", "for", "at", "on"]);

/** The last word of a subject, singular: "state attorneys general" and "attorneys general" meet at "general". */
function headOf(subject: string): string {
  const lower = subject.toLowerCase();
  const plain = lower.includes("(") ? lower.replace(/\(.*?\)/g, "") : lower;
  // Of the first six words (runs of a-z), the last that is not a function word. Scanned by hand:
  // this runs for every claim, and match() would build an array of every word of the subject.
  let head = "";
  let words = 0;
  for (let i = 0; i < plain.length && words < 6;) {
    if (!isAsciiLower(plain.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < plain.length && isAsciiLower(plain.charCodeAt(i))) i++;
    const word = plain.slice(start, i);
    words++;
    if (!HEAD_SKIP.has(word)) head = word;
  }
  if (head.endsWith("ies")) return `${head.slice(0, -3)}y`;
  if (head.endsWith("s")) return head.slice(0, -1);
  return head;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Claim indexes grouped by unit, subject head and value, the groups in the order of their first
 * claim. Nested maps rather than one map keyed by a "unit|value|head" string: building, flattening
 * and hashing that string for every claim cost more than the three lookups.
 */
class FigureGroups {
  readonly groups: number[][] = [];
  private readonly byUnitAndHead = new Map<string, Map<string, Map<number, number[]>>>();

  add(unit: string, head: string, value: number, index: number): void {
    let byHead = this.byUnitAndHead.get(unit);
    if (!byHead) this.byUnitAndHead.set(unit, (byHead = new Map()));
    let byValue = byHead.get(head);
    if (!byValue) byHead.set(head, (byValue = new Map()));
    const group = byValue.get(value);
    if (group) group.push(index);
    else {
      const created = [index];
      byValue.set(value, created);
      this.groups.push(created);
    }
  }
}

/** "80 more officers" adds to a figure rather than restating it. */
function addsToFigure(text: string, c: Claim): boolean {
  return /^\s+(?:more|additional|extra|fewer|less|new)\b/i.test(text.slice(c.end, c.end + 12));
}

/** "from 500 to 400": one end of a stated change. */
function levelOfChange(text: string, c: Claim): boolean {
  return /\b(?:from|to)\s+\$?$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
}

/** A subject's words, lower-case and singular, without the little words: "The county jails" -> "county jail". */
function subjectKey(subject: string): string {
  // Digits stay: "Grade 9" and "Grade 10" are two subjects.
  const words =
    subject
      .toLowerCase()
      .replace(/\(.*?\)/g, "")
      .match(/[a-z0-9]+/g) ?? [];
  return words
    .filter((w) => !HEAD_SKIP.has(w))
    .map((w) => (w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") ? w.slice(0, -1) : w))
    .join(" ");
}

/** True when the claims idx come from more than one sentence. */
function inSeveralSentences(claims: Claim[], idx: number[]): boolean {
  const first = claims[idx[0]!]!.sentence.start;
  return idx.some((i) => claims[i]!.sentence.start !== first);
}

/** The same figure stated more than once, and one subject given two different figures. */
function repeatedFigures(text: string, claims: Claim[]): Check[] {
  const out: Check[] = [];
  const bySubject = new Map<string, number[]>();
  const byValue = new FigureGroups();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.value === null) continue;
    const head = headOf(c.subject);
    byValue.add(c.unit, head, c.value, i);
    // Two figures for one subject are flagged, so the subjects must match whole: "Traffic deaths"
    // and "Opioid overdose deaths" share a head but not a subject. Levels of a change ("from 500 to
    // 400") and additions ("80 more officers") are different figures by design.
    if (
      head &&
      !c.direction &&
      c.bound === "exact" &&
      (c.unit === "count" || c.unit === "money") &&
      !addsToFigure(text, c) &&
      !levelOfChange(text, c)
    ) {
      push(bySubject, `${c.unit}|${subjectKey(c.subject)}|${c.timeScope ?? ""}`, i);
    }
  }
  for (const idx of byValue.groups) {
    // Most figures are stated once: test that before looking at their sentences.
    if (idx.length < 2 || !inSeveralSentences(claims, idx)) continue;
    const first = claims[idx[0]!]!;
    out.push({
      kind: "repeated-figure",
      outcome: "consistent",
      claims: idx,
      spans: idx.map((i) => spanOf(claims[i]!)),
      message: `${first.text} (${first.subject || first.unit}) is stated ${idx.length} times, the same each time.`,
    });
  }
  for (const idx of bySubject.values()) {
    if (idx.length < 2 || idx.length > 6) continue;
    const values = new Set(idx.map((i) => claims[i]!.value));
    // Two figures in one sentence are a comparison ("from 400 to 500"), not a restatement.
    if (values.size < 2 || !inSeveralSentences(claims, idx)) continue;
    out.push({
      kind: "repeated-figure",
      outcome: "inconsistent",
      claims: idx,
      spans: idx.map((i) => spanOf(claims[i]!)),
      message: `${claims[idx[0]!]!.subject} is given as ${idx.map((i) => claims[i]!.text).join(" and as ")}.`,
    });
  }
  return out;
}

interface NamedList extends Span {
  items: string[];
  /** The sentence that holds the list, lower-cased, to match a claim's subject against. */
  context: string;
  /** "In addition to Mississippi, …" or "X joined …": one more member than the list names. */
  plusOne: boolean;
}

const NAME = String.raw`[A-Z][\p{L}.’'-]*(?:\s+(?:of\s+)?[A-Z][\p{L}.’'-]*){0,3}(?:\s*\([^()]{1,20}\))?`;
const LIST_RE = new RegExp(String.raw`(?:${NAME},\s+){2,}(?:and\s+)?${NAME}`, "gu");

/** Lists of three or more capitalised names: "Florida, Alabama, …, and West Virginia". */
export function findLists(text: string): NamedList[] {
  const lists: NamedList[] = [];
  for (const m of text.matchAll(LIST_RE)) {
    if (lists.length >= 200) break;
    const items = m[0]
      .split(/,\s+(?:and\s+)?/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length < 3) continue;
    const sStart = Math.max(text.lastIndexOf(".", m.index) + 1, text.lastIndexOf("\n", m.index) + 1, 0);
    let sEnd = text.indexOf("\n", m.index + m[0].length);
    if (sEnd < 0) sEnd = text.length;
    const context = text.slice(sStart, sEnd).toLowerCase();
    const plusOne = /\b(in addition to|along with|joined|joins|joining|together with|as well as)\b/.test(context);
    lists.push({ start: m.index, end: m.index + m[0].length, items, context, plusOne });
  }
  return lists;
}

/** The last two words of four letters or more, lower-case: "18 state attorneys general" -> "attorneys general". */
function lastLongWords(subject: string): string {
  const lower = subject.toLowerCase();
  // Offsets of the last two such words (runs of a-z), sliced once at the end.
  let lastStart = -1;
  let lastEnd = -1;
  let prevStart = -1;
  let prevEnd = -1;
  for (let i = 0; i < lower.length;) {
    if (!isAsciiLower(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isAsciiLower(lower.charCodeAt(i))) i++;
    if (i - start <= 3) continue;
    prevStart = lastStart;
    prevEnd = lastEnd;
    lastStart = start;
    lastEnd = i;
  }
  if (lastStart < 0) return "";
  const last = lower.slice(lastStart, lastEnd);
  return prevStart < 0 ? last : `${lower.slice(prevStart, prevEnd)} ${last}`;
}

/** "a coalition of 18 state attorneys general" against the states the release names. */
function countAgainstList(text: string, claims: Claim[]): Check[] {
  const isCount = (c: Claim) => c.unit === "count" && c.value !== null && Number.isInteger(c.value) && c.value >= 3 && c.value <= 200;
  if (!claims.some(isCount)) return [];
  const lists = findLists(text);
  const out: Check[] = [];
  let pairs = 0;
  // Many claims share a subject ("attorneys general"): each head is searched for in each list's
  // sentence once (1 found, 2 not).
  const found = new Map<string, Uint8Array>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (!isCount(c)) continue;
    const head = lastLongWords(c.subject);
    if (!head) continue;
    let inList = found.get(head);
    if (!inList) found.set(head, (inList = new Uint8Array(lists.length)));
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!;
      if (++pairs > MAX_PAIRS) return out;
      if (list.start <= c.start && c.end <= list.end) continue;
      if (inList[l] === 0) inList[l] = list.context.includes(head) ? 1 : 2;
      if (inList[l] === 2) continue;
      const named = list.items.length + (list.plusOne ? 1 : 0);
      const consistent = named === c.value;
      out.push({
        kind: "count-vs-list",
        outcome: consistent ? "consistent" : "inconsistent",
        claims: [i],
        spans: [spanOf(c), { start: list.start, end: list.end }],
        expected: named,
        message: consistent
          ? `${c.text} matches the ${list.items.length} names listed${list.plusOne ? " plus the one they joined" : ""}.`
          : `${c.text} is stated, but the text names ${list.items.length}${list.plusOne ? " plus the one they joined" : ""} (${named}).`,
      });
      break;
    }
  }
  return out;
}
