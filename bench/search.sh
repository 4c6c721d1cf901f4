#!/usr/bin/env bash
# Search under load: starts Shinchoku on a scratch data directory with the demo plans, then runs
# wrk (64 connections, 2 threads) against the JSON search and the search page, and prints
# requests/s, p50 and p99 of each. Options: --duration 10s, --connections 64, --port 18080.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=10s
connections=64
port=18080
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "usage: bench/search.sh [--duration 10s] [--connections 64] [--port 18080]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/search.sh: wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench/search.sh: curl is needed" >&2; exit 1; }

[ -f target/shinchoku.jar ] && [ -z "$(find src/main pom.xml -newer target/shinchoku.jar -print -quit)" ] \
  || ./mvnw -q -B -DskipTests package
data="$(mktemp -d)"
log="$data/server.log"
java -jar target/shinchoku.jar serve --port "$port" --data-dir "$data/db" >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
api="$base/api/v1/search?q=%E3%83%86%E3%83%AC%E3%83%AF%E3%83%BC%E3%82%AF"   # テレワーク
page="$base/search?q=%E3%82%A2%E3%82%AF%E3%82%A2%E3%82%B3%E3%82%A4%E3%83%B3" # アクアコイン
for _ in $(seq 1 120); do
  if curl -fsS "$api" 2>/dev/null | grep -q '"total":[1-9]'; then ready=1; break; fi
  kill -0 "$server" 2>/dev/null || { echo "the server stopped; its log:" >&2; cat "$log" >&2; exit 1; }
  sleep 1
done
[ -n "${ready:-}" ] || { echo "the server did not answer a search within 120 s; its log:" >&2; cat "$log" >&2; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (figures are only comparable on an idle machine)"
echo "wrk: $connections connections, 2 threads, $duration per URL after a 5 s warm-up"
printf '%-36s %12s %10s %10s\n' "url" "requests/s" "p50" "p99"
for url in "$api" "$page"; do
  wrk -t2 -c"$connections" -d5s --timeout 10s "$url" >/dev/null
  out="$(wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency "$url")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx|Socket errors/' <<<"$out")"
  name="${url#"$base"}"
  case "$name" in *E3%83%86*) name="/api/v1/search?q=テレワーク" ;; *) name="/search?q=アクアコイン" ;; esac
  printf '%-36s %12s %10s %10s\n' "$name" "$rps" "$p50" "$p99"
  [ -z "$errors" ] || echo "  $errors"
done
