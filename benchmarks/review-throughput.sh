#!/usr/bin/env bash
# Whole-run throughput of `domainkit review` and `domainkit compare` on generated households (1,000,000 unless given),
# from JSON lines and from Parquet, with wall time and peak memory, against a bare Utf8JsonReader pass over the JSON
# lines measured in the same run; the last run compares the Parquet file and writes the HTML report.
# Usage: bash benchmarks/review-throughput.sh [HOUSEHOLDS]
set -euo pipefail
cd "$(dirname "$0")/.."
households="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/DomainKit.Cli >/dev/null
dotnet build -c Release benchmarks/DomainKit.Benchmarks >/dev/null
cli=(dotnet src/DomainKit.Cli/bin/Release/net10.0/DomainKit.Cli.dll)
"${cli[@]}" generate --households "$households" --out "$work/households.jsonl"
echo "file: $households households, $(stat -c %s "$work/households.jsonl") bytes; $(nproc) cores"
dotnet benchmarks/DomainKit.Benchmarks/bin/Release/net10.0/DomainKit.Benchmarks.dll scan "$work/households.jsonl"
measure() {
  local name="$1"
  shift
  /usr/bin/time -f "$name: %e s wall, %M KB peak" "$@" 2>"$work/$name.err" >"$work/$name.out" || { cat "$work/$name.err"; exit 1; }
  tail -n 1 "$work/$name.err"
  cat "$work/$name.out"
}
measure review "${cli[@]}" review "$work/households.jsonl" --out "$work/results.jsonl" --policy zhifu-pilot --date 2026-03-01
measure compare "${cli[@]}" compare "$work/households.jsonl" --base zhifu-pilot --set dibaoStandardMonthly=1000.00 --date 2026-03-01
"${cli[@]}" generate --households "$households" --format parquet --out "$work/households.parquet"
echo "file: $households households, $(stat -c %s "$work/households.parquet") bytes of Parquet"
measure review-parquet "${cli[@]}" review "$work/households.parquet" --out "$work/results-parquet.jsonl" --policy zhifu-pilot --date 2026-03-01
measure compare-parquet "${cli[@]}" compare "$work/households.parquet" --base zhifu-pilot --set dibaoStandardMonthly=1000.00 --date 2026-03-01
measure compare-parquet-report "${cli[@]}" compare "$work/households.parquet" --base zhifu-pilot --set dibaoStandardMonthly=1000.00 --date 2026-03-01 --report "$work/report.html"
echo "report: $(stat -c %s "$work/report.html") bytes"
