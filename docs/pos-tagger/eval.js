'use strict';
// Accuracy of each tagger on gold.txt (coarse tags). Usage: node eval.js [taggerName...]
const fs = require('fs');
const T = require('./taggers');
const gold = fs.readFileSync(__dirname + '/gold.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) =>
  l.split(' ').map((wt) => { const i = wt.lastIndexOf('/'); let tag = wt.slice(i + 1); const nv = tag.includes('*'), part = tag.includes('^');
    tag = tag.replace(/[*^]/g, ''); return { w: wt.slice(0, i), ok: tag.split('|'), nv, part }; }));
function textOf(toks) { // natural spacing; returns text + start offsets
  let s = '', starts = [];
  toks.forEach((t, i) => { if (i && !/^[.,%]$/.test(t.w) && toks[i - 1].w !== '$') s += ' '; starts.push(s.length); s += t.w; });
  return { s, starts };
}
const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(T).filter((n) => !T[n].startupOnly);
const rows = [];
for (const name of names) {
  const a = T[name], tg = a.load();
  const c = { all: [0, 0], nv: [0, 0], part: [0, 0] }, errs = [];
  for (const sent of gold) {
    let pred;
    if (tg.tokens) pred = tg.tokens(sent.map((t) => t.w)).map(a.coarse);
    else { const { s, starts } = textOf(sent); const tt = tg.text(s);
      pred = starts.map((st) => { const k = tt.find((x) => x.start <= st && st < x.end); return k ? a.coarse(k.tag) : 'X'; }); }
    sent.forEach((t, i) => {
      if (t.ok[0] === 'X' || t.ok[0] === 'PUNCT') return;
      const good = t.ok.includes(pred[i]) ? 1 : 0;
      c.all[0] += good; c.all[1]++;
      if (t.nv) { c.nv[0] += good; c.nv[1]++; }
      if (t.part) { c.part[0] += good; c.part[1]++; }
      if (!good) errs.push(`${t.w}:${t.ok.join('|')}->${pred[i]}`);
    });
  }
  const pct = ([g, n]) => `${(100 * g / n).toFixed(1)}% (${g}/${n})`;
  rows.push({ name, all: pct(c.all), nv: pct(c.nv), part: pct(c.part) });
  fs.mkdirSync(__dirname + '/results', { recursive: true });
  fs.writeFileSync(`${__dirname}/results/errors-${name.replace(/[^\w-]+/g, '_')}.txt`, errs.join('\n') + '\n');
  console.log(`${name}\tall ${pct(c.all)}\tnoun/verb ${pct(c.nv)}\tparticiple ${pct(c.part)}\terrors: ${errs.join(' ')}`);
}
