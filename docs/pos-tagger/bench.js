'use strict';
// Warm throughput + memory of one tagger. Usage: node bench.js "<tagger>" [MB=5] [maxSeconds=20]
const T = require('./taggers'), C = require('./corpus');
const name = process.argv[2], MB = +(process.argv[3] || 5), maxS = +(process.argv[4] || 20);
const a = T[name]; if (!a) throw new Error('unknown tagger ' + name);
const { list, bytes, unique } = C.build(MB * 1e6);
// the engine has its own tokenizer: not timed for token-input taggers.
// WINDOW=N: tag only the spans of +-N tokens around each numeric token (throughput still counted per byte of sentence text)
const W = +(process.env.WINDOW || 0);
const windows = (t) => { if (!W) return [t]; const keep = new Uint8Array(t.length); let any = 0;
  t.forEach((x, i) => { if (/^\d/.test(x)) { any = 1; for (let j = Math.max(0, i - W); j <= Math.min(t.length - 1, i + W); j++) keep[j] = 1; } });
  const out = []; let cur = null; t.forEach((x, i) => { if (keep[i]) { (cur || (cur = [], out.push(cur), cur)).push(x); } else cur = null; }); return out; };
const toks = list.map(C.tokenize);
const spans = toks.map(windows);
const keptTok = spans.reduce((n, s) => n + s.reduce((m, x) => m + x.length, 0), 0);
const nTok = toks.reduce((n, t) => n + t.length, 0);
global.gc && global.gc();
const rss0 = process.memoryUsage().rss;
const tg = a.load();
const run = (i) => (tg.tokens ? (W ? spans[i].reduce((n, sp) => n + tg.tokens(sp).length, 0) : tg.tokens(toks[i])) : tg.text(list[i]));
for (let i = 0; i < Math.min(2000, list.length); i++) run(i); // warm-up
const rssLoaded = process.memoryUsage().rss;
let done = 0, doneBytes = 0, sink = 0; const t0 = process.hrtime.bigint(); let secs = 0;
for (; done < list.length; done++) {
  const r0 = run(done); sink += typeof r0 === 'number' ? r0 : r0.length; doneBytes += Buffer.byteLength(list[done]) + 1;
  if ((done & 255) === 0 && (secs = Number(process.hrtime.bigint() - t0) / 1e9) > maxS) break;
}
secs = Number(process.hrtime.bigint() - t0) / 1e9;
const rss1 = process.memoryUsage().rss;
const r = { tagger: name, window: W || 'sentence', tokensTaggedShare: +(keptTok / nTok).toFixed(2), input: tg.tokens ? 'tokens' : 'text', sentences: done, uniqueSentences: unique, MB: +(doneBytes / 1e6).toFixed(2),
  seconds: +secs.toFixed(2), MBps: +(doneBytes / 1e6 / secs).toFixed(2), ktokPerS: +(nTok * (doneBytes / bytes) / secs / 1e3).toFixed(0),
  rssLoadMB: +((rssLoaded - rss0) / 1e6).toFixed(0), rssGrowthMB: +((rss1 - rss0) / 1e6).toFixed(0), sink };
console.log(JSON.stringify(r));
