#!/usr/bin/env bash
# Measures ingest against analyze-only on one corpus, and re-ingest:
#   Scripts/measure-ingest.sh [ANNALS_BINARY] [CORPUS.jsonl] [RUNS]
# Each run, one after the other with the same binary: analyze to /dev/null,
# then ingest into a fresh store, then re-ingest the same corpus into that
# store. Prints the 1-minute load average before the run, wall and CPU
# (user+sys) seconds of each command, and the wall and CPU ratios
# analyze/ingest (the issue's "ingest throughput as a share of analyze-only
# throughput"). After the runs, one more ingest into a fresh store with
# --timing prints where its CPU time went (its clock reads, six per article,
# cost about 1.5 % of the ingest's CPU time, so the timed runs above go without them).
# docs/store.md reports the figures.
set -euo pipefail
annals=${1:-.build/release/annals}
corpus=${2:-../shared/data/corpus/reuters21578.jsonl}
runs=${3:-3}
dir=$(mktemp -d)
db=$dir/measure.db
trap 'rm -rf "$dir"' EXIT
timed() { /usr/bin/time -f "%e %U %S" -o "$dir/time" "$@" >/dev/null 2>"$dir/err"; read -r w u s < "$dir/time"; echo "$w $(echo "$u + $s" | bc)"; }
echo "run load analyze_wall analyze_cpu ingest_wall ingest_cpu reingest_wall reingest_cpu ratio_wall ratio_cpu"
for r in $(seq 1 "$runs"); do
    rm -f "$db" "$db-wal" "$db-shm"
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r aw ac < <(timed "$annals" analyze --jsonl "$corpus")
    read -r iw ic < <(timed "$annals" ingest --jsonl "$corpus" --db "$db" --log-every 1000)
    read -r rw rc < <(timed "$annals" ingest --jsonl "$corpus" --db "$db" --log-every 1000)
    echo "$r $load $aw $ac $iw $ic $rw $rc $(echo "scale=3; $aw / $iw" | bc) $(echo "scale=3; $ac / $ic" | bc)"
done
rm -f "$db" "$db-wal" "$db-shm"
load=$(cut -d' ' -f1 /proc/loadavg)
read -r tw tc < <(timed "$annals" ingest --jsonl "$corpus" --db "$db" --log-every 1000 --timing)
echo "ingest --timing (load $load, wall $tw s, CPU $tc s): $(grep '^CPU time' "$dir/err" || echo 'no timing line')"
