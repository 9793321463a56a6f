'use strict';
// Install size of each candidate incl. its dependency closure (flat node_modules), install scripts, licences.
const fs = require('fs'), { execSync } = require('child_process');
const nm = __dirname + '/node_modules/';
const pj = (p) => JSON.parse(fs.readFileSync(nm + p + '/package.json', 'utf8'));
function closure(roots) { const seen = new Set(); const st = [...roots];
  while (st.length) { const p = st.pop(); if (seen.has(p) || !fs.existsSync(nm + p)) continue; seen.add(p); st.push(...Object.keys(pj(p).dependencies || {})); }
  return [...seen]; }
const kb = (ps) => ps.reduce((n, p) => n + +execSync(`du -sk "${nm + p}"`).toString().split('\t')[0], 0);
const groups = { 'wink-nlp': ['wink-nlp', 'wink-eng-lite-web-model'], 'en-pos': ['en-pos'], natural: ['natural'],
  'wink-pos-tagger': ['wink-pos-tagger'], compromise: ['compromise'], 'pos (pos-js)': ['pos'] };
for (const [g, roots] of Object.entries(groups)) {
  const c = closure(roots);
  const scripts = c.filter((p) => { const s = pj(p).scripts || {}; return s.install || s.preinstall || s.postinstall || fs.existsSync(nm + p + '/binding.gyp'); });
  const lic = [...new Set(c.map((p) => { const l = pj(p).license; return typeof l === 'string' ? l : JSON.stringify(l); }))];
  console.log(`${g}\tpkgs=${c.length}\tself=${(kb(roots) / 1024).toFixed(1)}MB\twith-deps=${(kb(c) / 1024).toFixed(1)}MB\tinstall-scripts=${scripts.join(',') || 'none'}\tlicences=${lic.join(',')}`);
}
