'use strict';
// Sentences with a figure from the project's texts, repeated to ~targetBytes.
const fs = require('fs'), path = require('path');
const root = path.join(__dirname, '..', '..');
const DIRS = [path.join(root, '..', 'shared', 'fixtures', 'dev', 'texts'), path.join(root, '..', 'shared', 'fixtures', 'releases'), path.join(root, 'db', 'seed', 'releases')];
const TOKEN_RE = /\d+(?:[.,]\d+)*|[A-Za-z]+(?:['’][A-Za-z]+)*|[^\sA-Za-z\d]/g;
function sentences() {
  const out = [];
  for (const d of DIRS) for (const f of fs.readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) {
    const txt = fs.readFileSync(path.join(d, f), 'utf8');
    for (const s of txt.split(/(?<=[.!?])\s+|\n+/)) { const t = s.trim(); if (t && (!process.env.FIGURES_ONLY || /\d/.test(t))) out.push(t); }
  }
  return out;
}
function build(targetBytes) {
  const base = sentences(), list = []; let bytes = 0;
  while (bytes < targetBytes) for (const s of base) { list.push(s); bytes += Buffer.byteLength(s) + 1; if (bytes >= targetBytes) break; }
  return { list, bytes, unique: base.length };
}
module.exports = { sentences, build, tokenize: (s) => s.match(TOKEN_RE) || [] };
