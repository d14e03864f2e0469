#!/usr/bin/env bash
# Browser tests of the web page (docs/web.md): headless Chromium against
# `annals serve` over temporary stores. Usage:
#   Scripts/web-test.sh [web-test.py options: --out DIR, --skip-perf, --runs N …]
# Uses $ANNALS when set, else builds the debug binary. Installs Debian's
# chromium and Python's websockets when missing (as root with apt-get / pip).
# Exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ANNALS:-}" ]; then
    swift build --product annals
    ANNALS=$PWD/.build/debug/annals
fi
if ! command -v chromium >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "web-test: chromium is missing and cannot be installed here" >&2
        exit 1
    fi
fi
if ! python3 -c 'import websockets.sync.client' 2>/dev/null; then
    python3 -m pip install -q 'websockets>=12' 2>&1 | grep -v "Running pip as the 'root' user" || true
fi
exec python3 Scripts/web-test.py --annals "$ANNALS" --corpus ../shared/data/corpus/reuters21578.jsonl "$@"
