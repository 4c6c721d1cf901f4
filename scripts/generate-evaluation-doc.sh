#!/usr/bin/env bash
# Regenerates the table of seed evaluations in docs/evaluation.md with the program itself.
# EvaluationDocTest fails when the table in the document is not what the program prints.
set -euo pipefail
cd "$(dirname "$0")/.."
doc=docs/evaluation.md
table=$(mktemp)
for seed in "000_aca55a26c3b508ce.txt:" "001_a0cd898149b9494c.txt:千葉市" "002_e2c61e463caa186d.txt:千葉県" \
            "003_5cc03c52278fc810.txt:木更津市" "004_1e9ee568ba054293.txt:"; do
  file=${seed%%:*}; org=${seed#*:}
  ./shinchoku evaluate --format markdown ${org:+--org "$org"} "src/main/resources/demo/$file" >> "$table"
done
begin='<!-- BEGIN GENERATED: scripts/generate-evaluation-doc.sh -->'
end='<!-- END GENERATED -->'
awk -v begin="$begin" -v end="$end" -v table="$table" '
  $0 == begin { print; while ((getline line < table) > 0) print line; skip = 1; next }
  $0 == end { skip = 0 }
  !skip { print }' "$doc" > "$doc.new"
mv "$doc.new" "$doc"
rm -f "$table"
echo "updated $doc"
