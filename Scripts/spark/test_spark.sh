#!/usr/bin/env bash
# Spark integration test (docs/spark.md).
#
# 1. `annals analyze --jsonl` as a filter: on a sample of Reuters-21578,
#    nothing on standard error, the same bytes with --jobs 1, --jobs 2 and a
#    second run; one output line per non-blank input line, error lines included.
# 2. Scripts/spark/annals_spark.py with PySpark in local mode (local[2],
#    4 partitions): the records equal the single-process records, sorted by
#    id, byte for byte; the event rows equal the rows flattened from them;
#    the Parquet output holds the same records; a partition with unreadable
#    lines gives one record per non-blank line.
# 3. When ANNALS_TEST_POSTGRES is set (.ci/run sets it), the job's --store
#    mode ingests 300 articles into a PostgreSQL schema of its own, and the
#    store's PLOVER export equals a single-process SQLite ingest's.
#
# Environment: ANNALS (the binary; default .build/release/annals, else
# .build/debug/annals, else it is built), SPARK_TEST_ARTICLES (default 2000),
# SPARK_TEST_CORPUS (default ../shared/data/corpus/reuters21578.jsonl),
# SPARK_TEST_KEEP=1 keeps the work folder. Needs Java 17+ and pyspark.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${SPARK_TEST_CORPUS:-$root/../shared/data/corpus/reuters21578.jsonl}
articles=${SPARK_TEST_ARTICLES:-2000}

annals=${ANNALS:-}
if [ -z "$annals" ]; then
    for candidate in "$root/.build/release/annals" "$root/.build/debug/annals"; do
        if [ -x "$candidate" ]; then annals=$candidate; break; fi
    done
fi
if [ -z "$annals" ]; then
    (cd "$root" && swift build --product annals >&2)
    annals=$root/.build/debug/annals
fi
annals=$(cd "$(dirname "$annals")" && pwd)/$(basename "$annals")
spark_submit=$(command -v spark-submit || true)
if [ -z "$spark_submit" ]; then
    spark_submit=$(python3 -c 'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit"))')
fi
[ -f "$corpus" ] || { echo "test_spark: no corpus at $corpus" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/annals-spark-test.XXXXXX")
if [ "${SPARK_TEST_KEEP:-0}" = 1 ]; then echo "test_spark: work folder $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
passed=0
failed=0
check() {   # check NAME COMMAND...: runs a check, counts it
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $name"
    else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
}

head -n "$articles" "$corpus" > "$work/sample.jsonl"
echo "test_spark: $(wc -l < "$work/sample.jsonl") articles, annals at $annals, $spark_submit"

# --- 1. the filter -----------------------------------------------------------
status=0
"$annals" analyze --jsonl --jobs 1 < "$work/sample.jsonl" > "$work/single.jsonl" 2> "$work/single.err" || status=$?
check "single process exits 0" test "$status" = 0
check "nothing on standard error" test ! -s "$work/single.err"
check "one record per article" test "$(wc -l < "$work/single.jsonl")" = "$(wc -l < "$work/sample.jsonl")"
"$annals" analyze --jsonl --jobs 2 < "$work/sample.jsonl" > "$work/single-jobs2.jsonl" 2>/dev/null
check "--jobs 2 gives the same bytes as --jobs 1" cmp -s "$work/single.jsonl" "$work/single-jobs2.jsonl"
"$annals" analyze --jsonl --jobs 1 < "$work/sample.jsonl" > "$work/single-again.jsonl" 2>/dev/null
check "a second run gives the same bytes" cmp -s "$work/single.jsonl" "$work/single-again.jsonl"

# unreadable lines among good ones: blank lines give nothing, every other line one record
{
    head -n 3 "$work/sample.jsonl"
    printf '\n   \n'
    printf '{"id":"broken", "date":\n'
    printf '[1,2,3]\n'
    printf '{"id":"no-text","date":"1987-02-26"}\n'
    printf '{"id":"bad-date","date":"1987-02-30","text":"Talks resumed."}\n'
    sed -n 4,6p "$work/sample.jsonl"
} > "$work/edge.jsonl"
status=0
"$annals" analyze --jsonl --jobs 2 < "$work/edge.jsonl" > "$work/edge.out" 2> "$work/edge.err" || status=$?
check "unreadable lines: exit status 1" test "$status" = 1
check "unreadable lines: one line per non-blank input line" test "$(wc -l < "$work/edge.out")" = 10
check "unreadable lines: four error records" test "$(grep -c '"error":' "$work/edge.out")" = 4
check "unreadable lines: one summary line on standard error" test "$(wc -l < "$work/edge.err")" = 1

# --- 2. Spark ---------------------------------------------------------------
export PYSPARK_PYTHON=${PYSPARK_PYTHON:-python3}
cd "$work"   # so that no file in the current folder is taken for the --annals name
spark_log=$work/spark.log
spark() {   # spark MASTER SCRIPT ARGS...: spark-submit with its log in $spark_log
    local master=$1; shift
    if ! "$spark_submit" --master "$master" --conf spark.ui.enabled=false --conf spark.log.level=WARN \
        --conf spark.sql.shuffle.partitions=4 --files "$annals" "$@" >> "$spark_log" 2>&1; then
        tail -n 40 "$spark_log" >&2
        return 1
    fi
}
run_spark() { spark 'local[2]' "$here/annals_spark.py" --annals "$(basename "$annals")" "$@"; }
check "spark-submit, JSON Lines output" run_spark --input "file://$work/sample.jsonl" --output "file://$work/out-jsonl" \
    --format jsonl --partitions 4
check "Spark records equal the single-process records (sorted by id)" \
    python3 "$here/compare_outputs.py" records "$work/single.jsonl" "$work/out-jsonl/records"
check "Spark event rows equal the rows of the single-process records" \
    python3 "$here/compare_outputs.py" events "$work/single.jsonl" "$work/out-jsonl/events"
check "spark-submit, Parquet output, unreadable lines in the input" run_spark --input "file://$work/edge.jsonl" \
    --output "file://$work/out-parquet" --format parquet --partitions 2
check "Parquet records: one per non-blank line, errors included" \
    spark 'local[1]' "$here/compare_outputs.py" parquet "$work/edge.out" "$work/out-parquet"

# --- 3. Spark into a shared PostgreSQL store (when ANNALS_TEST_POSTGRES is set) ---
# Every partition runs 'annals ingest --db postgresql://…' on its executor; the
# store's PLOVER export must equal that of one process ingesting into SQLite
# (cluster links and the coded date aside: they depend on ingest order and day).
if [ -n "${ANNALS_TEST_POSTGRES:-}" ] && command -v psql >/dev/null; then
    schema=annals_spark_$$
    psql -q -v ON_ERROR_STOP=1 "$ANNALS_TEST_POSTGRES" -c "CREATE SCHEMA $schema" >> "$spark_log" 2>&1
    case $ANNALS_TEST_POSTGRES in *\?*) sep='&' ;; *) sep='?' ;; esac
    pg_url="$ANNALS_TEST_POSTGRES${sep}options=-csearch_path%3D$schema"
    head -n 300 "$work/sample.jsonl" > "$work/store-sample.jsonl"
    check "spark-submit, ingest into PostgreSQL" run_spark --input "file://$work/store-sample.jsonl" \
        --store "$pg_url" --partitions 3
    strip() { python3 -c 'import json, sys
for line in sys.stdin:
    e = json.loads(line); e.pop("link", None); e.pop("coded_date", None); print(json.dumps(e, sort_keys=True))' | sort; }
    "$annals" ingest --db "$work/single.db" --jsonl "$work/store-sample.jsonl" 2>> "$spark_log" || true
    "$annals" export --db "$work/single.db" --format plover 2>> "$spark_log" | strip > "$work/export-sqlite.jsonl"
    "$annals" export --db "$pg_url" --format plover 2>> "$spark_log" | strip > "$work/export-postgres.jsonl"
    check "PostgreSQL store filled by Spark exports what one process stores in SQLite" \
        eval 'test -s "$work/export-sqlite.jsonl" && cmp -s "$work/export-sqlite.jsonl" "$work/export-postgres.jsonl"'
    psql -q "$ANNALS_TEST_POSTGRES" -c "DROP SCHEMA $schema CASCADE" >> "$spark_log" 2>&1 || true
else
    echo "skipped: Spark into PostgreSQL (ANNALS_TEST_POSTGRES not set or psql missing)"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
