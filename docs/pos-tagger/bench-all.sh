#!/usr/bin/env bash
# Throughput for every tagger, 3 interleaved rounds (machine is shared: report the best round).
# Usage: ./bench-all.sh [MB=3] [maxSeconds=8]   (FIGURES_ONLY=1 to use only sentences with a digit)
cd "$(dirname "$0")"; MB=${1:-3}; MAX=${2:-8}
mapfile -t names < <(node -p "Object.entries(require('./taggers')).filter(([n,a])=>!a.startupOnly).map(([n])=>n).join('\n')")
for r in 1 2 3; do for n in "${names[@]}"; do node --expose-gc bench.js "$n" "$MB" "$MAX"; done; done > results/throughput-rounds.jsonl
node -e "
const rows=require('fs').readFileSync('results/throughput-rounds.jsonl','utf8').trim().split('\n').map(JSON.parse);const best={};
for(const r of rows){const b=best[r.tagger];if(!b||r.MBps>b.MBps)best[r.tagger]={...r,runs:[]};}
for(const r of rows)best[r.tagger].runs.push(r.MBps);
for(const b of Object.values(best))console.log([b.tagger,b.input,'best '+b.MBps+' MB/s','runs '+b.runs.join('/'),b.ktokPerS+' ktok/s','RSS load +'+b.rssLoadMB+' MB','RSS total +'+b.rssGrowthMB+' MB'].join('\t'));
" | tee results/throughput.txt
