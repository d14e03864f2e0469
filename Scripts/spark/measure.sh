#!/usr/bin/env bash
# Throughput of annals under Spark against one process (docs/spark.md).
#
#   Scripts/spark/measure.sh ANNALS [ARTICLES] [REPEATS]
#
# On the first ARTICLES lines of Reuters-21578 (default 2000), REPEATS times
# (default 3), in turn: one `annals analyze --jsonl` process with --jobs 1 and
# --jobs 2, and Scripts/spark/annals_spark.py (JSON Lines output, annals
# --jobs 1 per partition, the input's own partitions) on local[1] and
# local[2]. One line per run: wall seconds, user and system CPU seconds and
# peak RSS (KB) of the command (for spark-submit, of the processes it waited
# for), the CPU time of the whole process tree (JVM, Python workers and
# annals included) when a cpuacct cgroup can be made (Linux cgroup v1, root;
# "-" otherwise), and for Spark the job's own wall time and the annals
# processes' CPU time as the job reports them (--timing).
# The corpus is $SPARK_TEST_CORPUS (default Reuters-21578).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
annals=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
articles=${2:-2000}
repeats=${3:-3}
corpus=${SPARK_TEST_CORPUS:-$here/../../../shared/data/corpus/reuters21578.jsonl}
spark_submit=$(command -v spark-submit || python3 -c 'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit"))')
work=$(mktemp -d "${TMPDIR:-/tmp}/annals-spark-measure.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
head -n "$articles" "$corpus" > sample.jsonl
echo "# $(wc -l < sample.jsonl) articles, $(wc -c < sample.jsonl) bytes; $(nproc) cores; $(date -u +%FT%TZ)"
echo "# run what wall_s user_s sys_s maxrss_kb tree_cpu_s [job_wall_s annals_cpu_s]"
tree_cpu=-
timed() {   # timed COMMAND...: runs it under /usr/bin/time (time.txt), in a cgroup of its own when possible
    local cg=/sys/fs/cgroup/cpuacct/annals-measure-$$
    tree_cpu=-
    if [ -w /sys/fs/cgroup/cpuacct ] && mkdir "$cg" 2>/dev/null; then
        (echo "$BASHPID" > "$cg/cgroup.procs"; exec /usr/bin/time -f "%e %U %S %M" -o time.txt "$@")
        tree_cpu=$(awk '{printf "%.2f", $1 / 1e9}' "$cg/cpuacct.usage")
        for _ in 1 2 3 4 5 6 7 8 9 10; do rmdir "$cg" 2>/dev/null && break; sleep 1; done
    else
        /usr/bin/time -f "%e %U %S %M" -o time.txt "$@"
    fi
}
for r in $(seq 1 "$repeats"); do
    for jobs in 1 2; do
        echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"
        timed "$annals" analyze --jsonl --jobs "$jobs" < sample.jsonl > /dev/null
        echo "$r single-jobs$jobs $(cat time.txt) $tree_cpu"
    done
    for cores in 1 2; do
        echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"
        rm -rf out
        timed "$spark_submit" --master "local[$cores]" \
            --conf spark.ui.enabled=false --conf spark.log.level=WARN --files "$annals" \
            "$here/annals_spark.py" --annals "$(basename "$annals")" --input "file://$work/sample.jsonl" \
            --output "file://$work/out" --format jsonl --timing > spark.out 2> spark.err
        job=$(grep '^annals_spark:' spark.out | sed -E 's/.* in ([0-9.]+) s .*: ([0-9.]+) s CPU.*/\1 \2/')
        echo "$r spark-local$cores $(cat time.txt) $tree_cpu $job"
    done
done
