// TEMPORARY development sample until lib/data lands. Delete once the real layer is in.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type {
  ClaimDetail, ClaimFilters, ClaimListItem, ClaimPage, ClaimStatus, SourceDetail, SourceRef, SourceSummary,
} from "@/lib/data/types";
import { CLAIM_STATUSES } from "@/lib/data/types";
import type { Unit } from "@/lib/claims/types";

export class SampleError extends Error {
  constructor(public code: string, message: string) { super(message); }
}

interface Row extends ClaimListItem { start: number; end: number; sentenceStart: number; sentenceEnd: number }

const dir = path.resolve(process.cwd(), "../shared/fixtures/releases");
const sources: SourceDetail[] = [];
const rows: Row[] = [];
let id = 1;
readdirSync(dir).sort().forEach((file, i) => {
  const body = readFileSync(path.join(dir, file), "utf8");
  const src: SourceDetail = {
    id: i + 1, title: body.slice(0, 60).split(/[.,–]/)[0]!.trim(), publisher: i % 2 ? "Office of the Attorney General" : null,
    url: i % 2 ? "https://example.org/release" : null, publishedAt: i % 2 ? "2024-01-1" + i : null,
    claimCount: 0, body, version: 1, contentHash: "x", claims: [], checks: [],
  };
  const re = /(\d[\d,]*(?:\.\d+)?)(\s(?:percent|million))?(?:\sout of\s[\d,]+)?/g;
  for (const m of body.matchAll(re)) {
    if (/^(19|20)\d\d$/.test(m[0])) continue;
    const start = m.index; const end = start + m[0].length;
    const sStart = Math.max(body.lastIndexOf(". ", start) + 2, body.lastIndexOf("\n", start) + 1, 0);
    let sEnd = body.indexOf(".", end); if (sEnd < 0) sEnd = body.length; else sEnd += 1;
    const unit: Unit = m[0].includes("percent") ? "percent" : m[0].includes("out of") ? "ratio" : "count";
    const raw = Number(m[1]!.replace(/,/g, "")) * (m[2]?.includes("million") ? 1e6 : 1);
    const status = CLAIM_STATUSES[id % CLAIM_STATUSES.length] as ClaimStatus;
    const row: Row = {
      id: id++, text: m[0], value: raw, unit, denominator: unit === "ratio" ? 5939 : null,
      subject: "a sample subject for " + m[0], speaker: i % 2 ? "Attorney General" : null, timeScope: i % 3 ? "fiscal year 2023" : null,
      status, checkworthiness: 0.5, source: { id: src.id, title: src.title },
      excerpt: { before: body.slice(sStart, start), figure: m[0], after: body.slice(end, sEnd) },
      start, end, sentenceStart: sStart, sentenceEnd: sEnd,
    };
    rows.push(row);
    src.claims.push({ id: row.id, start, end, text: m[0], unit, status });
  }
  src.claimCount = src.claims.length;
  if (src.claims.length >= 2) {
    const [a, b] = src.claims;
    src.checks.push({ kind: "percent-vs-ratio", outcome: i % 2 ? "consistent" : "inconsistent", claims: [0, 1],
      spans: [a!, b!], message: `${a!.text} agrees with ${b!.text} (sample)`, claimIds: [a!.id, b!.id] });
  }
  sources.push(src);
});

export async function listClaims(f: ClaimFilters & { cursor?: string; limit: number }): Promise<ClaimPage> {
  let after = 0;
  if (f.cursor) { const n = Number(f.cursor); if (!Number.isInteger(n)) throw new SampleError("bad_request:cursor", "bad cursor"); after = n; }
  const q = f.q?.toLowerCase();
  const all = rows.filter((r) => r.id > after && (!f.status || r.status === f.status) && (!f.unit || r.unit === f.unit)
    && (!f.sourceId || r.source.id === f.sourceId) && (!q || (r.excerpt.before + r.text + r.excerpt.after).toLowerCase().includes(q)));
  const page = all.slice(0, f.limit);
  return { claims: page.map(({ start: _s, end: _e, sentenceStart: _a, sentenceEnd: _b, ...r }) => r), next: all.length > f.limit ? String(page.at(-1)!.id) : null };
}
export async function getClaim({ id }: { id: number }): Promise<ClaimDetail | null> {
  const r = rows.find((x) => x.id === id); if (!r) return null;
  const s = sources.find((x) => x.id === r.source.id)!;
  const cs = Math.max(0, r.sentenceStart - 200); const ce = Math.min(s.body.length, r.sentenceEnd + 200);
  const { sentenceStart, sentenceEnd, ...rest } = r;
  return { ...rest, bound: "lower", direction: "increase", sentence: { start: sentenceStart, end: sentenceEnd },
    context: { before: s.body.slice(cs, r.start), figure: r.text, after: s.body.slice(r.end, ce) },
    source: { id: s.id, title: s.title, publisher: s.publisher, url: s.url, publishedAt: s.publishedAt },
    anchor: { quote: { exact: r.text, prefix: "", suffix: "" }, position: { start: r.start, end: r.end } } };
}
export async function listSources(): Promise<SourceSummary[]> {
  return sources.map(({ body: _b, version: _v, contentHash: _c, claims: _cl, checks: _ch, ...s }) => s);
}
export async function getSource({ id }: { id: number }): Promise<SourceDetail | null> { return sources.find((s) => s.id === id) ?? null; }
export async function listFilterOptions(): Promise<{ sources: SourceRef[] }> { return { sources: sources.map(({ id, title }) => ({ id, title })) }; }
