#!/usr/bin/env bash
# Fuzz the engine with libFuzzer.
#
#   Scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Builds one fuzzing binary from the AnnalsCore sources, their embedded
# knowledge files and Fuzz/FuzzTargets.swift (swiftc -sanitize=fuzzer,address),
# then runs each target (default: all of header jsonl text time quotes
# pipeline) for SECONDS (default 20). Every target starts from its seed corpus
# in Fuzz/corpus/TARGET (kept in the repository) and the inputs it found in
# earlier runs (in the work directory, not kept). A crash, a failed check, a
# hang (-timeout) or a leak stops that target; the input that caused it is
# saved as WORK/crashes/TARGET-… and the script exits 1 at the end.
#
# Environment: ANNALS_FUZZ_WORK   work directory (default .build-fuzz)
#              ANNALS_FUZZ_OPT    optimization flag (default -O)
#              ANNALS_FUZZ_ARGS   extra libFuzzer flags
# Replay one input: ANNALS_FUZZ_TARGET=text .build-fuzz/annals-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-20}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(header jsonl text time quotes pipeline)
WORK="${ANNALS_FUZZ_WORK:-.build-fuzz}"
OPT="${ANNALS_FUZZ_OPT:--O}"
mkdir -p "$WORK/crashes" "$WORK/found"

# 1. A snapshot of the sources (others may edit the tree while this builds)
#    and the embedded knowledge files, as the EmbedData build plugin writes them.
SRC="$WORK/src"
rm -rf "$SRC" && mkdir -p "$SRC"
cp -R Sources/AnnalsCore "$SRC/AnnalsCore"
cp Fuzz/FuzzTargets.swift "$SRC/"
if [ ! -x "$WORK/embed-data" ] || ! cmp -s Sources/EmbedDataTool/main.swift "$WORK/embed-data.swift"; then
    cp Sources/EmbedDataTool/main.swift "$WORK/embed-data.swift"
    swiftc -O "$WORK/embed-data.swift" -o "$WORK/embed-data" -module-cache-path "$WORK/module-cache"
fi
(cd "$SRC/AnnalsCore" && find Data -type f ! -name '.*' -print0 | sort -z | xargs -0 "../../embed-data" Data "../EmbeddedData.swift")

# 2. One binary for every target; rebuilt only when a source changed.
mapfile -t SOURCES < <(find "$SRC/AnnalsCore" -name '*.swift' | sort)
SOURCES+=("$SRC/EmbeddedData.swift" "$SRC/FuzzTargets.swift")
BIN="$WORK/annals-fuzz"
stamp="$(cat "${SOURCES[@]}" | sha256sum | cut -c1-16) $OPT"
if [ ! -x "$BIN" ] || [ "$(cat "$BIN.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "fuzz: building $BIN ($OPT, fuzzer and address sanitizers)"
    start=$(date +%s)
    rm -f "$BIN" "$BIN.stamp"
    swiftc "$OPT" -sanitize=fuzzer,address -parse-as-library -module-name AnnalsFuzz -use-ld=lld -suppress-warnings \
        -module-cache-path "$WORK/module-cache" "${SOURCES[@]}" -o "$BIN"
    echo "$stamp" > "$BIN.stamp"
    echo "fuzz: built in $(( $(date +%s) - start )) s"
fi

# 3. Run each target.
failed=()
for t in "${TARGETS[@]}"; do
    seeds="Fuzz/corpus/$t"
    [ -d "$seeds" ] || { echo "fuzz: no seed corpus $seeds" >&2; exit 2; }
    mkdir -p "$WORK/found/$t"
    echo "fuzz: $t for ${SECONDS_EACH} s"
    # -rss_limit_mb: the engine's knowledge plus ASan's shadow memory stays well under it
    if ! ANNALS_FUZZ_TARGET="$t" "$BIN" "$WORK/found/$t" "$seeds" \
        -dict=Fuzz/annals.dict -max_total_time="$SECONDS_EACH" -timeout=30 -rss_limit_mb=4096 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$WORK/crashes/$t-" \
        ${ANNALS_FUZZ_ARGS:-} > "$WORK/$t.log" 2>&1; then
        failed+=("$t")
        echo "fuzz: $t FAILED — last lines of $WORK/$t.log:" >&2
        tail -n 30 "$WORK/$t.log" >&2
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$WORK/$t.log" | tr '\n' ' ' || true
    echo
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in ${failed[*]} (inputs in $WORK/crashes/)" >&2
    exit 1
fi
echo "fuzz: no findings"
