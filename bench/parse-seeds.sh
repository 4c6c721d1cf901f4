#!/usr/bin/env bash
# How long reading the five seed documents takes, after JVM start: each file is read once cold
# (first run in a fresh JVM) and the whole set is timed as one command with hyperfine if present.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/shinchoku.jar ] || ./mvnw -q -B -DskipTests package
seeds=(src/main/resources/demo/*.txt)
echo "== per file, cold JVM (--verbose prints the read time) =="
java -jar target/shinchoku.jar import --dry-run --verbose --org 'bench' "${seeds[@]}" 2>&1 >/dev/null | grep 'read in'
if command -v hyperfine >/dev/null 2>&1; then
  echo "== whole command, JVM start included =="
  hyperfine --warmup 1 --runs 5 "java -jar target/shinchoku.jar import --dry-run --org bench ${seeds[*]}"
fi
