#!/usr/bin/env bash
# Load test of `annals serve` (docs/api.md, "Throughput"): builds a store of
# the Reuters development corpus when missing, starts the server on it, and
# runs wrk against GET /api/events (plain, then a mix of filters and pages).
# Usage: Scripts/api-load.sh [STORE] [SECONDS] [CONNECTIONS]
# Needs a release build (swift build -c release --product annals) and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-/tmp/annals-reuters.db}
seconds=${2:-30}
connections=${3:-16}
port=${ANNALS_LOAD_PORT:-18181}
annals=${ANNALS:-$PWD/.build/release/annals}
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 2; }
[ -x "$annals" ] || { echo "$annals not found: swift build -c release --product annals" >&2; exit 2; }
if [ ! -f "$store" ]; then
    "$annals" ingest --db "$store" --jsonl ../shared/data/corpus/reuters21578.jsonl
fi
log=$(mktemp /tmp/annals-load.XXXXXX)
"$annals" serve --db "$store" --port "$port" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log" "$log.lua"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.2; done
curl -s "http://127.0.0.1:$port/api/health"; echo
# a mix: filters that use each index, deep pages, full-text search
cat > "$log.lua" <<'LUA'
local paths = {
  "/api/events", "/api/events?country=USA", "/api/events?plover=CONSULT&limit=50", "/api/events?offset=5000",
  "/api/events?from=1987-03&to=1987-03", "/api/events?search=oil", "/api/events?recipient=JPN", "/api/events?cameo=04",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
echo "== GET /api/events, $connections connections, ${seconds}s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/events"
echo "== a mix of 8 event queries, $connections connections, ${seconds}s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$log.lua" "http://127.0.0.1:$port"
echo "server: $(ps -o rss=,time= -p $server | awk '{print "RSS " $1/1024 " MB, CPU time " $2}')"
echo "status codes logged: $(grep -o '"status":[0-9]*' "$log" | sort | uniq -c | tr '\n' ' ')"
