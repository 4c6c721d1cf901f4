#!/usr/bin/env bash
# How long the PDF report of each seed plan takes (each must be under 5 s): the first render in a
# fresh JVM (fonts and templates loaded) and the median of five more. bench/report.sh DIR also
# writes the PDFs to DIR, e.g. to render them with pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" jp.shinchoku.report.ReportBench "$@"
