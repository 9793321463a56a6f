/**
 * Maps a DOM selection inside a rendered source body back to UTF-16 offsets in the body text.
 *
 * SourceText puts every piece of text in an element with `data-offset` (its start in the body), so
 * a boundary point inside a piece is that start plus the characters before the point in it; a
 * point between pieces (on a paragraph, or past the end of a link) is the start of the next piece
 * or the end of the previous one. Counting uses Range#toString, i.e. DOM text, never rendered text,
 * so CSS (whitespace, ::after labels) cannot shift an offset.
 */

export interface BodySpan {
  start: number;
  end: number;
  /** What the person selected, as the page shows it (paragraph breaks left out). */
  text: string;
}

function segmentsOf(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>("[data-offset]"));
}

function startOf(segment: HTMLElement): number {
  return Number(segment.dataset.offset);
}

function endOf(segment: HTMLElement): number {
  return startOf(segment) + (segment.textContent ?? "").length;
}

/** The body offset of one boundary point, or null when the point is outside the body. */
export function offsetOfPoint(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const segments = segmentsOf(root);
  const doc = root.ownerDocument;
  for (const segment of segments) {
    if (segment.contains(node)) {
      const before = doc.createRange();
      before.setStart(segment, 0);
      before.setEnd(node, offset);
      return startOf(segment) + before.toString().length;
    }
  }
  // Between pieces: the start of the first piece after the point, else the end of the last one.
  for (const segment of segments) {
    const range = doc.createRange();
    range.selectNode(segment);
    if (range.comparePoint(node, offset) < 0) return startOf(segment);
  }
  const last = segments.at(-1);
  return last ? endOf(last) : null;
}

/** The selected span of the body, trimmed of blank space at both ends; null when nothing usable is selected. */
export function selectedSpan(root: Element, selection: Selection | null): BodySpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = offsetOfPoint(root, range.startContainer, range.startOffset);
  let end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const raw = range.toString();
  const text = raw.trim();
  if (text === "") return null;
  start += raw.length - raw.trimStart().length;
  end -= raw.length - raw.trimEnd().length;
  return end > start ? { start, end, text } : null;
}
