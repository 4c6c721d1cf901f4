#!/usr/bin/env bash
# Mutation testing of the evaluation rules (packages value and indicator) with PIT.
# Prints the mutation score of each package and of both together; the HTML report is in
# target/pit-reports/index.html. Takes a few minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -P mutation test-compile org.pitest:pitest-maven:mutationCoverage >target/mutation.log 2>&1 || {
  tail -40 target/mutation.log; exit 1; }
report=target/pit-reports/mutations.xml
awk '
  /<mutation / {
    detected = ($0 ~ /detected=.true./)
    status = $0; sub(/.*status=./, "", status); sub(/[^A-Z_].*/, "", status)
  }
  /<mutatedClass>/ {
    c = $0; sub(/.*<mutatedClass>/, "", c); sub(/<\/mutatedClass>.*/, "", c)
    split(c, p, "."); pkg = p[3]
    total[pkg]++; all++
    if (detected) { killed[pkg]++; kills++ }
    if (status == "NO_COVERAGE") { uncovered[pkg]++ }
  }
  END {
    for (k in total) printf "%-10s %4d of %4d mutants killed (%.1f %%), %d not covered\n", k, killed[k], total[k], 100 * killed[k] / total[k], uncovered[k]
    printf "%-10s %4d of %4d mutants killed: mutation score %.1f %%\n", "together", kills, all, 100 * kills / all
  }' "$report"
