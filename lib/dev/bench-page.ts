/**
 * Response time of one page as an anonymous visitor sees it: N sequential GETs (after a warm-up)
 * against a running server, time to the last byte, printed as p50 / p95 / mean / max in ms.
 *
 *   npm run build && PORT=3300 npm start &      # any running server
 *   npm run bench:page -- http://127.0.0.1:3300/claims/5 200
 */
export {};

const [url, countArg = "200", warmArg = "20"] = process.argv.slice(2);
if (!url) {
  console.error("usage: npm run bench:page -- URL [REQUESTS=200] [WARM_UP=20]");
  process.exit(2);
}
const requests = Number(countArg);
const warmUp = Number(warmArg);
if (!Number.isInteger(requests) || requests < 1 || !Number.isInteger(warmUp) || warmUp < 0) {
  console.error("REQUESTS must be a whole number above 0 and WARM_UP one from 0");
  process.exit(2);
}

async function once(): Promise<number> {
  const started = performance.now();
  const response = await fetch(url as string, { redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

for (let i = 0; i < warmUp; i += 1) await once();
const times: number[] = [];
for (let i = 0; i < requests; i += 1) times.push(await once());
times.sort((a, b) => a - b);
const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
const fmt = (ms: number) => ms.toFixed(1);
console.log(
  `${url}: ${requests} requests, p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms, mean ${fmt(mean)} ms, max ${fmt(times.at(-1) ?? Number.NaN)} ms`,
);
