import Link from "next/link";
import type { SourceClaimMark } from "@/lib/data/types";
import { PUBLIC_STATUS_LABELS, STATUS_LABELS } from "@/components/claim-format";
import type { ClaimStatus } from "@/lib/data/types";

/**
 * Each figure is underlined in the colour of where it stands, explained by <SourceTextLegend>: the
 * public sees verdict published or not yet checked; staff the workflow status. The words of the
 * release stay unbroken (no tag squeezed in beside a figure), and the label travels in the link's
 * accessible name.
 */
const PUBLIC_UNDERLINE = {
  published: "decoration-emerald-700 decoration-solid",
  not_checked: "decoration-stone-500 decoration-dashed",
} as const;

const STAFF_UNDERLINE: Record<ClaimStatus, string> = {
  unreviewed: "decoration-stone-500 decoration-dashed",
  in_review: "decoration-sky-700 decoration-solid",
  ready: "decoration-indigo-700 decoration-double",
  published: "decoration-emerald-700 decoration-solid",
  not_checkable: "decoration-zinc-700 decoration-dotted",
};

export type SourceTextAudience = "public" | "staff";

function markStyle(mark: SourceClaimMark, audience: SourceTextAudience): { label: string; underline: string } {
  if (audience === "staff") return { label: STATUS_LABELS[mark.status], underline: STAFF_UNDERLINE[mark.status] };
  const status = mark.published ? "published" : "not_checked";
  return { label: PUBLIC_STATUS_LABELS[status], underline: PUBLIC_UNDERLINE[status] };
}

/** What the underlines mean, above the release. */
export function SourceTextLegend({ audience }: { audience: SourceTextAudience }) {
  const entries =
    audience === "staff"
      ? (Object.keys(STAFF_UNDERLINE) as ClaimStatus[]).map((status) => ({ label: STATUS_LABELS[status], underline: STAFF_UNDERLINE[status] }))
      : (["published", "not_checked"] as const).map((status) => ({ label: PUBLIC_STATUS_LABELS[status], underline: PUBLIC_UNDERLINE[status] }));
  return (
    <div className="mb-4 text-sm text-stone-700">
      <p>Each claim is underlined in the text; follow it to the claim.</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label="What the underlines mean">
        {entries.map((entry) => (
          <li key={entry.label}>
            <span className={`font-semibold text-ink underline decoration-2 underline-offset-4 ${entry.underline}`} aria-hidden="true">12%</span>{" "}
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
 * The release as published, paragraph by paragraph, every claim highlighted in place and linked.
 * Every piece of text sits in an element carrying `data-offset`, its UTF-16 start in the body, so a
 * selection in the page maps back to exact offsets (components/source-selection.ts).
 */
export function SourceText({
  body,
  claims,
  audience = "public",
}: {
  body: string;
  claims: SourceClaimMark[];
  audience?: SourceTextAudience;
}) {
  const marks = drawableMarks(claims);
  return (
    <div data-source-body="" data-length={body.length} className="space-y-4 text-[1.0625rem] leading-8 text-stone-900">
      {paragraphRanges(body).map((paragraph) => (
        <p key={paragraph.start} className="whitespace-pre-line">
          {renderParagraph(body, paragraph, marks, audience)}
        </p>
      ))}
    </div>
  );
}

function renderParagraph(body: string, paragraph: Range, marks: SourceClaimMark[], audience: SourceTextAudience) {
  const parts: React.ReactNode[] = [];
  let at = paragraph.start;
  for (const mark of marks) {
    if (mark.end <= paragraph.start || mark.start >= paragraph.end) continue;
    const start = Math.max(mark.start, paragraph.start);
    const end = Math.min(mark.end, paragraph.end);
    if (start > at) parts.push(segment(body, at, start));
    const { label, underline } = markStyle(mark, audience);
    parts.push(
      <Link
        key={mark.id}
        id={`claim-${mark.id}`}
        href={`/claims/${mark.id}`}
        aria-label={`${body.slice(start, end)} (claim, ${label})`}
        data-status={label}
        className={`scroll-mt-24 rounded-sm underline decoration-2 underline-offset-4 hover:decoration-4 target:ring-2 target:ring-accent ${underline}`}
      >
        <mark data-offset={start} className="font-semibold text-ink">
          {body.slice(start, end)}
        </mark>
      </Link>,
    );
    at = end;
  }
  if (at < paragraph.end) parts.push(segment(body, at, paragraph.end));
  return parts;
}

function segment(body: string, start: number, end: number) {
  return (
    <span key={`text-${start}`} data-offset={start}>
      {body.slice(start, end)}
    </span>
  );
}
