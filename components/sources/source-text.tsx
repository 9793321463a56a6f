import type { SourceClaimMark } from "@/lib/claims/types";
import { formatClaimValue } from "@/components/claims/claim-format";
import { ReleaseClaimList, ReleaseData, ReleaseText } from "./release-text";
import { type ClaimRow, type SourceTextAudience, type Tone, toneLabel } from "./release-tones";

export type { SourceTextAudience };

/**
 * Each figure is underlined in the colour of where it stands (classes .tone-<status> of
 * app/globals.css), explained by <SourceTextLegend>: the public sees verdict published or not yet
 * checked; staff the workflow status. The words of the release stay unbroken (no tag squeezed in
 * beside a figure), and the label travels in the link's accessible name.
 */
const PUBLIC_TONES: Tone[] = ["published", "not_checked"];
const STAFF_TONES: Tone[] = ["unreviewed", "in_review", "ready", "published", "not_checkable"];

function toneOf(mark: Pick<SourceClaimMark, "status" | "published">, audience: SourceTextAudience): Tone {
  if (audience === "staff") return mark.status;
  return mark.published ? "published" : "not_checked";
}

/** What the underlines mean, above the release. */
export function SourceTextLegend({ audience }: { audience: SourceTextAudience }) {
  const entries = (audience === "staff" ? STAFF_TONES : PUBLIC_TONES).map((tone) => ({ tone, label: toneLabel(tone, audience) }));
  return (
    <div className="mb-4 text-sm text-stone-700">
      <p>Each claim is underlined in the text; follow it to the claim.</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label="What the underlines mean">
        {entries.map((entry) => (
          <li key={entry.label}>
            <span className={`font-semibold text-ink underline decoration-2 underline-offset-4 tone-${entry.tone}`} aria-hidden="true">
              12%
            </span>{" "}
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Range {
  start: number;
  end: number;
}

/** Paragraph ranges of a release: text between blank lines, offsets kept so claim spans still apply. */
export function paragraphRanges(body: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const gap of body.matchAll(/\n[ \t]*\n\s*/g)) {
    ranges.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  ranges.push({ start, end: body.length });
  return ranges.filter((range) => body.slice(range.start, range.end).trim() !== "");
}

/**
 * Marks that can be drawn inline: in document order, and where two spans overlap only the first
 * (the wider, at equal starts) — a highlight cannot sit half inside another.
 */
export function drawableMarks(marks: SourceClaimMark[]): SourceClaimMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const drawn: SourceClaimMark[] = [];
  let reached = 0;
  for (const mark of sorted) {
    if (mark.start < reached || mark.end <= mark.start) continue;
    drawn.push(mark);
    reached = mark.end;
  }
  return drawn;
}

/**
 * The rows of a release's claims for its client components, in text order: built once a request
 * (the page passes the same array to the text, the check list and the claim list; the page data
 * carries it once).
 */
export function claimRows(body: string, claims: SourceClaimMark[], audience: SourceTextAudience): ClaimRow[] {
  const drawn = new Set(drawableMarks(claims).map((mark) => mark.id));
  return [...claims]
    .sort((a, b) => a.start - b.start || a.id - b.id)
    .map((claim): ClaimRow => {
      const row: ClaimRow = [
        claim.id,
        claim.start,
        claim.end,
        toneOf(claim, audience),
        claim.unit,
        formatClaimValue(claim),
        drawn.has(claim.id) ? 1 : 0,
      ];
      if (claim.text !== body.slice(claim.start, claim.end)) row.push(claim.text);
      return row;
    });
}

/**
 * The release as published, paragraph by paragraph, every claim highlighted in place and linked
 * (rendered by the client component ReleaseText from the rows of the <SourceData> around it).
 */
export function SourceText({ body }: { body: string }) {
  const paragraphs = paragraphRanges(body).map((range): [number, number] => [range.start, range.end]);
  return <ReleaseText paragraphs={paragraphs} />;
}

export { ReleaseClaimList as SourceClaimList, ReleaseData as SourceData };
