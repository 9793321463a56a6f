#!/usr/bin/env bash
# Start-up: fresh `node -e` process that loads the tagger and tags one sentence; median of 5 (ms).
# Usage: ./startup.sh ["tagger name" ...]   (default: all in taggers.js)
cd "$(dirname "$0")"
S='The number of inspections completed within 30 days rose to 4,812 in 2023.'
CODE="const a=require('./taggers')[process.argv[1]];const t=a.load();const s=process.argv[2];const r=t.tokens?t.tokens(require('./corpus').tokenize(s)):t.text(s);if(!r.length)process.exit(1)"
med() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
run5() { for i in 1 2 3 4 5; do s=$(date +%s%N); node -e "$1" "$2" "$S" >/dev/null || exit 1; e=$(date +%s%N); echo $(( (e-s)/1000000 )); done | med; }
echo -e "baseline (node -e 0)\t$(run5 '0' x) ms"
names=("$@"); [ ${#names[@]} -eq 0 ] && mapfile -t names < <(node -p "Object.keys(require('./taggers')).join('\n')")
for n in "${names[@]}"; do echo -e "$n\t$(run5 "$CODE" "$n") ms"; done
