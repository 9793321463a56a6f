/**
 * Response time of pages as an anonymous visitor sees them: N GETs per URL (after a warm-up)
 * against running servers, time to the last byte, printed as p50 / p95 / mean / max in ms.
 * Several URLs are requested in turn (one request each, round after round), so two servers
 * compared on a shared, busy machine see the same load.
 *
 *   npm run build && npm start &                                  # any running server(s)
 *   npm run bench:page -- http://127.0.0.1:3000/claims/5 [URL…] [--requests 200] [--warm-up 20]
 */
export {};

const args = process.argv.slice(2);
const urls: string[] = [];
let requests = 200;
let warmUp = 20;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] as string;
  if (arg === "--requests") requests = Number(args[++i]);
  else if (arg === "--warm-up") warmUp = Number(args[++i]);
  else urls.push(arg);
}
if (urls.length === 0 || !Number.isInteger(requests) || requests < 1 || !Number.isInteger(warmUp) || warmUp < 0) {
  console.error("usage: npm run bench:page -- URL [URL…] [--requests 200] [--warm-up 20]");
  process.exit(2);
}

async function once(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

for (let i = 0; i < warmUp; i += 1) for (const url of urls) await once(url);
const times = new Map(urls.map((url) => [url, [] as number[]]));
for (let i = 0; i < requests; i += 1) for (const url of urls) times.get(url)?.push(await once(url));

const fmt = (ms: number) => ms.toFixed(1);
for (const [url, list] of times) {
  list.sort((a, b) => a - b);
  const mean = list.reduce((sum, t) => sum + t, 0) / list.length;
  console.log(
    `${url}: ${list.length} requests, p50 ${fmt(percentile(list, 50))} ms, p95 ${fmt(percentile(list, 95))} ms, mean ${fmt(mean)} ms, max ${fmt(list.at(-1) ?? Number.NaN)} ms`,
  );
}
