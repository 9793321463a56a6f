/**
 * How fast and how heavy conversion is, on documents of a real release's size:
 *   npx tsx lib/tools/bench/ingest.ts
 * A 137 KB agency web page (navigation, scripts, styles, a footer around one seed release) and a
 * 10-page PDF made of the seed releases' text. Prints milliseconds per document and peak RSS.
 */
import fs from "node:fs";
import path from "node:path";
import { convertFile } from "@/lib/ingest/convert";
import { makePdf } from "@/lib/ingest/testing/make-pdf";

const dir = path.resolve(process.cwd(), "db/seed/releases");
const releases = fs.readdirSync(dir).map((file) => fs.readFileSync(path.join(dir, file), "utf8"));
const first = releases[0] ?? "";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const paragraphs = first
  .split(/\n\s*\n/)
  .map((paragraph) => `<p>${escape(paragraph)}</p>`)
  .join("\n");
const nav = Array.from({ length: 300 }, (_, i) => `<li><a href="/section/${i}">Section ${i} of the agency website</a></li>`).join("");
const data = JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: i, label: `item ${i}` })) });
const footer = Array.from(
  { length: 200 },
  (_, i) => `<div><a href="/f/${i}">Footer link ${i}</a> privacy and accessibility ${i}</div>`,
).join("");
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Press release | Agency</title>
<meta property="og:title" content="Agency announces results"><meta property="og:site_name" content="The Agency">
<meta property="article:published_time" content="2024-03-05T10:00:00-05:00"><link rel="canonical" href="https://agency.example/news/1">
<style>${"body{margin:0} .x{color:red}\n".repeat(500)}</style><script>window.__DATA__=${data}</script></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><aside><ul>${nav.slice(0, 5000)}</ul></aside>
<article><h1>Agency announces results</h1>${paragraphs}</article></main><footer>${footer}</footer></body></html>`;

/** The seed texts as PDF lines of at most 90 ASCII characters, ten pages. */
const asciiLines = (text: string) =>
  text
    .replace(/[^\x20-\x7e\n]/g, " ")
    .split(/\n\s*\n/)
    .map(
      (paragraph) =>
        paragraph
          .replace(/\s+/g, " ")
          .trim()
          .match(/.{1,90}(\s|$)/g) ?? [],
    );
const page = releases.flatMap(asciiLines).slice(0, 30);
const pdf = makePdf({ title: "Bench", pages: Array.from({ length: 10 }, () => page) });

async function measure(name: string, bytes: Uint8Array, filename: string, runs: number) {
  for (let i = 0; i < 3; i += 1) await convertFile(bytes, { filename });
  let peak = 0;
  const start = performance.now();
  let length = 0;
  for (let i = 0; i < runs; i += 1) {
    length = (await convertFile(bytes, { filename })).text.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const perDocument = (performance.now() - start) / runs;
  console.log(
    `${name.padEnd(5)} ${(bytes.length / 1000).toFixed(0).padStart(4)} KB in: ${perDocument.toFixed(1).padStart(6)} ms/document, ${length.toLocaleString("en-US")} characters out, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  );
}

await measure("html", new TextEncoder().encode(html), "page.html", 30);
await measure("pdf", pdf, "report.pdf", 30);
