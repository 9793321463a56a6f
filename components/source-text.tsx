import Link from "next/link";
import type { SourceClaimMark } from "@/lib/data/types";
import { STATUS_LABELS } from "@/components/claim-format";

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
export function SourceText({ body, claims }: { body: string; claims: SourceClaimMark[] }) {
  const marks = drawableMarks(claims);
  return (
    <div data-source-body="" data-length={body.length} className="space-y-4 text-[1.0625rem] leading-8 text-stone-900">
      {paragraphRanges(body).map((paragraph) => (
        <p key={paragraph.start} className="whitespace-pre-line">
          {renderParagraph(body, paragraph, marks)}
        </p>
      ))}
    </div>
  );
}

function renderParagraph(body: string, paragraph: Range, marks: SourceClaimMark[]) {
  const parts: React.ReactNode[] = [];
  let at = paragraph.start;
  for (const mark of marks) {
    if (mark.end <= paragraph.start || mark.start >= paragraph.end) continue;
    const start = Math.max(mark.start, paragraph.start);
    const end = Math.min(mark.end, paragraph.end);
    if (start > at) parts.push(segment(body, at, start));
    const status = STATUS_LABELS[mark.status];
    // The status shows beside the figure through CSS content, so the release's own words stay
    // unbroken for copying, searching and reading aloud; assistive technology gets it from the label.
    parts.push(
      <Link
        key={mark.id}
        id={`claim-${mark.id}`}
        href={`/claims/${mark.id}`}
        aria-label={`${body.slice(start, end)} (claim, ${status})`}
        data-status={status}
        className="scroll-mt-24 rounded-sm no-underline decoration-stone-500 underline-offset-4 after:ml-1 after:align-[0.2em] after:text-[0.65rem] after:font-medium after:tracking-wide after:text-stone-600 after:uppercase after:content-[attr(data-status)] hover:underline target:ring-2 target:ring-accent"
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
