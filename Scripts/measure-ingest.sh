#!/usr/bin/env bash
# Measures ingest against analyze-only on one corpus, and re-ingest:
#   Scripts/measure-ingest.sh [ANNALS_BINARY] [CORPUS.jsonl] [RUNS]
# Each run: analyze to /dev/null, then ingest into a fresh store, then
# re-ingest the same corpus into that store. Prints wall and CPU (user+sys)
# seconds of every run; docs/store.md reports the medians.
set -euo pipefail
annals=${1:-.build/release/annals}
corpus=${2:-../shared/data/corpus/reuters21578.jsonl}
runs=${3:-3}
db=$(mktemp -d)/measure.db
timed() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1; }
echo "run analyze_wall analyze_cpu ingest_wall ingest_cpu reingest_wall reingest_cpu"
for r in $(seq 1 "$runs"); do
    rm -f "$db" "$db-wal" "$db-shm"
    read -r aw au as < <(timed "$annals" analyze --jsonl "$corpus")
    read -r iw iu is < <(/usr/bin/time -f "%e %U %S" "$annals" ingest --jsonl "$corpus" --db "$db" --log-every 1000 2>&1 >/dev/null | tail -1)
    read -r rw ru rs < <(/usr/bin/time -f "%e %U %S" "$annals" ingest --jsonl "$corpus" --db "$db" --log-every 1000 2>&1 >/dev/null | tail -1)
    echo "$r $aw $(echo "$au + $as" | bc) $iw $(echo "$iu + $is" | bc) $rw $(echo "$ru + $rs" | bc)"
done
rm -f "$db" "$db-wal" "$db-shm"
