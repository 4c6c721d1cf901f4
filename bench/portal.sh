#!/usr/bin/env bash
# The public portal under load, beside nginx serving the same bytes as static files.
#
# Starts Shinchoku on a scratch embedded database with the demo plans published (with
# --governments N, first generates N made-up governments each holding the five demo plans, all
# published), saves each page's bytes for nginx (from apt, run with a config of its own on another
# port), then runs wrk (64 connections, 2 threads, 10 s) against both and prints requests/s, p50 and
# p99 of each and the ratio app/nginx. Every request says "Accept-Encoding: gzip", as browsers do: the
# app sends its stored gzipped bytes, nginx the same bytes saved as a .gz file (gzip_static); the
# bytes column gives gzipped/plain sizes. Search and the list pages are measured on the app only.
#
# Options: --governments N, --duration 10s, --warmup 10s (unmeasured wrk run before each), --connections 64, --port 18180 (nginx uses port+1),
#          --no-cache (start the app with its response cache off, to see what rendering costs).
# The pages measured are in PAGES below: "name|path|nginx" (nginx: yes to compare with static bytes;
# lua:FILE to let a wrk script vary the request, as the two "varied" search rows do, so that what
# they measure is Lucene and the page around its results, not the page cache).
set -euo pipefail
cd "$(dirname "$0")/.."

governments=0
duration=10s
warmup=10s
connections=64
port=18180
cache=true
while [ $# -gt 0 ]; do
  case "$1" in
    --governments) governments="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --no-cache) cache=false; shift ;;
    *) echo "usage: bench/portal.sh [--governments N] [--duration 10s] [--warmup 10s] [--connections 64] [--port 18180] [--no-cache]" >&2
       exit 2 ;;
  esac
done
for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { echo "bench/portal.sh: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

# SHINCHOKU_JAR names a jar built earlier; otherwise target/shinchoku.jar, built when missing or stale
jar="${SHINCHOKU_JAR:-target/shinchoku.jar}"
[ -n "${SHINCHOKU_JAR:-}" ] || { [ -f "$jar" ] && [ -z "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; } \
  || ./mvnw -q -B -o -DskipTests package
work="$(mktemp -d)"
server=""
nginx_pid=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$governments" -gt 0 ]; then
  echo "generating $governments governments × the five demo plans, all published..." >&2
  start=$(date +%s)
  java -jar "$jar" demo --governments "$governments" --data-dir "$work/db" >&2
  echo "generated in $(( $(date +%s) - start )) s" >&2
fi

log="$work/server.log"
SHINCHOKU_CACHE=$cache java -jar "$jar" serve --port "$port" --data-dir "$work/db" >"$log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  if curl -fsS "$base/api/v1/search?q=%E3%83%86%E3%83%AC%E3%83%AF%E3%83%BC%E3%82%AF" 2>/dev/null | grep -q '"total":[1-9]'; then
    ready=1; break
  fi
  kill -0 "$server" 2>/dev/null || { echo "the server stopped; its log:" >&2; cat "$log" >&2; exit 1; }
  sleep 1
done
[ -n "${ready:-}" ] || { echo "the server did not answer in time; its log:" >&2; tail -50 "$log" >&2; exit 1; }

# the demo's DX plan (木更津市 DX 推進 施策シート) and its first organisation, from the public API
plans_json="$(curl -fsS "$base/api/v1/plans")"
dx_plan="$(python3 -c 'import json,sys
plans = json.load(sys.stdin)
plans = plans.get("items", plans) if isinstance(plans, dict) else plans
print(next(p["id"] for p in plans if p.get("organization") == "木更津市" and "DX" in p.get("title", "")))' <<<"$plans_json")"

# name|path|compare with nginx
PAGES=(
  "initiative page|/plans/$dx_plan/initiatives/01-01|yes"
  "plan dashboard|/plans/$dx_plan|yes"
  "search|/search?q=%E3%83%86%E3%83%AC%E3%83%AF%E3%83%BC%E3%82%AF|no"
  "search JSON|/api/v1/search?q=%E3%83%86%E3%83%AC%E3%83%AF%E3%83%BC%E3%82%AF|no"
)
if [ "$governments" -gt 0 ]; then
  PAGES+=("home page|/|no" "overview|/overview|no")
  org_page="/organizations/$(curl -fsS "$base/" | grep -o 'href="/organizations/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)"
  if [ "$org_page" != "/organizations/" ] && curl -fsS -o /dev/null "$base$org_page"; then
    PAGES+=("organization page|$org_page|no")
  else
    echo "(no organization page yet: skipped)" >&2
  fi
fi

# Searches with different words on every request, so that Lucene answers rather than the page cache:
# each asks for three words joined by | (or), drawn at random from the words of the demo's initiative
# titles (a few hundred, so ~10^7 combinations: a repeat within one run is rare).
words_lua="$work/words.lua"
for plan in $(python3 -c 'import json,sys
plans = json.load(sys.stdin)
plans = plans.get("items", plans) if isinstance(plans, dict) else plans
print(" ".join(str(p["id"]) for p in plans if "デモ" not in p.get("organization", "")))' <<<"$plans_json"); do
  for page in 1 2 3 4 5; do curl -fsS "$base/api/v1/plans/$plan/initiatives?size=100&page=$page" || true; echo; done
done | python3 -c '
import json, re, sys, urllib.parse
words = set()
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    body = json.loads(line)
    for item in body.get("items", []):
        words.update(re.findall(r"[一-鿿゠-ヿ]{2,8}", item.get("title", "")))
words = sorted(words)
if len(words) < 50:
    sys.exit(f"only {len(words)} words found in the initiative titles")
print("words = {" + ",".join(chr(34) + urllib.parse.quote(w) + chr(34) for w in words) + "}")
print(f"-- {len(words)} words", file=sys.stderr)
' >"$words_lua"
varied_lua() { # $1: the search path, /search or /api/v1/search
  cat "$words_lua" - <<LUA
local threads = 0
function setup(thread) threads = threads + 1; thread:set("seed", threads) end
function init(args) math.randomseed(os.time() * 100 + seed) end
local function word() return words[math.random(#words)] end
function request()
  return wrk.format("GET", "$1?q=" .. word() .. "%7C" .. word() .. "%7C" .. word(), { ["Accept-Encoding"] = "gzip" })
end
LUA
}
varied_lua /search >"$work/varied-page.lua"
varied_lua /api/v1/search >"$work/varied-json.lua"
PAGES+=("search, varied|/search?q=varied|lua:$work/varied-page.lua" "search JSON, varied|/api/v1/search?q=varied|lua:$work/varied-json.lua"
        "search JSON, varied, 1 conn.|/api/v1/search?q=varied|lua:$work/varied-json.lua|1")

# nginx serves each compared page's bytes, saved from the app, as a static file
mkdir -p "$work/static" "$work/nginx"
nginx_port=$((port + 1))
i=0
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path compare _ <<<"$entry"
  curl -fsS "$base$path" -o "$work/static/page$i.html"
  curl -fsS -H 'Accept-Encoding: gzip' "$base$path" -o "$work/static/page$i.html.gz"
  i=$((i + 1))
done
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  default_type text/html;
  sendfile on;
  gzip_static on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port/page0.html" 2>/dev/null && break; sleep 0.1; done

# requests/s, p50 and p99 (ms) of one wrk run
measure() {
  local out
  local conns="${3:-$connections}"
  out="$(wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"$duration" --latency -H 'Accept-Encoding: gzip' ${2:+-s "$2"} "$1")"
  python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"\s50%\s+(\S+)", out).group(1))
p99 = ms(re.search(r"\s99%\s+(\S+)", out).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"{rps:.0f} {p50:.1f} {p99:.1f} {errors.group(1) if errors else 0}")
PY
}

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB;" \
  "$connections connections, $duration each; governments: $((governments)) + the demo's 3; app cache: $cache"
printf '%-30s %-12s %10s %9s %9s %10s %9s %9s %7s\n' page bytes "app req/s" "app p50" "app p99" "nginx r/s" "ngx p50" "ngx p99" ratio
i=0
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path compare conns <<<"$entry"
  bytes="$(stat -c %s "$work/static/page$i.html.gz")/$(stat -c %s "$work/static/page$i.html")"
  # warm up: the first request renders and stores the page; then the JIT compiles the hot path
  script=""
  case "$compare" in lua:*) script="${compare#lua:}"; compare=no; bytes="varies" ;; esac
  wrk -t2 -c"$connections" -d"$warmup" -H 'Accept-Encoding: gzip' ${script:+-s "$script"} "$base$path" >/dev/null
  read -r rps p50 p99 errors <<<"$(measure "$base$path" "$script" "$conns")"
  [ "$errors" = 0 ] || echo "($name: $errors answers were not 2xx/3xx)" >&2
  if [ "$compare" = yes ]; then
    read -r nrps np50 np99 _ <<<"$(measure "http://127.0.0.1:$nginx_port/page$i.html")"
    ratio=$(python3 -c "print(f'{$rps / $nrps:.2f}')")
  else
    nrps=-; np50=-; np99=-; ratio=-
  fi
  printf '%-30s %-12s %10s %9s %9s %10s %9s %9s %7s\n' "$name" "$bytes" "$rps" "${p50}ms" "${p99}ms" "$nrps" \
    "${np50}$([ "$np50" = - ] || echo ms)" "${np99}$([ "$np99" = - ] || echo ms)" "$ratio"
  i=$((i + 1))
done
