/**
 * How long re-anchoring takes on a large text: `npx tsx lib/tools/bench/anchoring.ts [megabytes]`.
 * Builds a ~1 MB release of generated paragraphs, stores anchors for 200 of its figures, edits the
 * text (a paragraph inserted at the top, every 10th figure changed) and times anchorQuote for each
 * step: unchanged (position), moved (quote), changed (fuzzy), gone (every step fails).
 */
import { quoteSelector } from "@/db/quote-selector";
import { anchorQuote, type QuoteAnchor } from "@/lib/anchoring/anchor";

const megabytes = Number(process.argv[2] ?? 1);
const paragraphs: string[] = [];
let length = 0;
for (let i = 0; length < megabytes * 1_000_000; i++) {
  const paragraph = `In district ${i} the council said spending rose ${((i * 7) % 90) + 5} percent to $${(i % 50) + 1}.${i % 10} million, while ${1000 + i * 3} residents enrolled in the program, up from ${800 + (i % 97)} a year earlier.`;
  paragraphs.push(paragraph);
  length += paragraph.length + 2;
}
const text = paragraphs.join("\n\n");
const anchors: QuoteAnchor[] = [];
for (let i = 0; i < 200; i++) {
  const figure = `${1000 + i * 37 * 3} residents`;
  const start = text.indexOf(figure);
  if (start < 0) continue;
  const span = { start, end: start + figure.length };
  anchors.push({ ...span, ...quoteSelector(text, span) });
}

function time(label: string, body: string, list: QuoteAnchor[]) {
  const started = performance.now();
  const methods: Record<string, number> = {};
  for (const anchor of list) {
    const match = anchorQuote(body, anchor);
    const key = match?.method ?? "not found";
    methods[key] = (methods[key] ?? 0) + 1;
  }
  const ms = performance.now() - started;
  console.log(`${label.padEnd(34)} ${(ms / list.length).toFixed(2).padStart(8)} ms/anchor  ${JSON.stringify(methods)}`);
}

// Warm up the JIT so the first timing is not start-up.
for (const anchor of anchors.slice(0, 20)) anchorQuote(text, anchor);
console.log(`text: ${(text.length / 1e6).toFixed(2)} MB, ${anchors.length} anchors`);
time("unchanged text", text, anchors);
const moved = `An editor's note was added here.\n\n${text}`;
time("paragraph inserted at the top", moved, anchors);
let changed = moved;
for (const anchor of anchors.filter((_, i) => i % 10 === 0)) {
  changed = changed.replace(
    anchor.exact,
    anchor.exact.replace(/^\d/, (d) => String((Number(d) + 1) % 10)),
  );
}
time(
  "every 10th figure changed",
  changed,
  anchors.filter((_, i) => i % 10 === 0),
);
const gone = anchors.slice(0, 20).reduce((body, anchor) => body.replace(`${anchor.prefix}${anchor.exact}${anchor.suffix}`, ""), text);
time("figure and its context deleted", gone, anchors.slice(0, 20));
