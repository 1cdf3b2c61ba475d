#!/usr/bin/env bash
# Whole-run throughput of `domainkit review` and `domainkit compare` on generated households (1,000,000 unless given),
# from JSON lines and from Parquet, with wall time and peak memory, against a bare Utf8JsonReader pass over the JSON
# lines measured in the same run; the last run compares the Parquet file and writes the HTML report.
# With ROUNDS above 1 the four runs (review and compare, of each file) are repeated in turn ROUNDS times, so that a
# slow moment of the machine falls on all of them alike, and each one's median wall time is printed at the end.
# Usage: bash benchmarks/review-throughput.sh [HOUSEHOLDS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
households="${1:-1000000}"
rounds="${2:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/DomainKit.Cli >/dev/null
dotnet build -c Release benchmarks/DomainKit.Benchmarks >/dev/null
cli=(dotnet src/DomainKit.Cli/bin/Release/net10.0/DomainKit.Cli.dll)
"${cli[@]}" generate --households "$households" --out "$work/households.jsonl"
echo "file: $households households, $(stat -c %s "$work/households.jsonl") bytes; $(nproc) cores"
"${cli[@]}" generate --households "$households" --format parquet --out "$work/households.parquet"
echo "file: $households households, $(stat -c %s "$work/households.parquet") bytes of Parquet"
dotnet benchmarks/DomainKit.Benchmarks/bin/Release/net10.0/DomainKit.Benchmarks.dll scan "$work/households.jsonl"
declare -A walls
measure() {
  local name="$1" round="$2"
  shift 2
  /usr/bin/time -f "%e %M" "$@" 2>"$work/$name.err" >"$work/$name.out" || { cat "$work/$name.err"; exit 1; }
  read -r wall peak < <(tail -n 1 "$work/$name.err")
  echo "$name: $wall s wall, $peak KB peak"
  walls[$name]="${walls[$name]:-} $wall"
  # The summary is printed once, from the first round.
  if [[ "$round" == 1 ]]; then
    cat "$work/$name.out"
  fi
}
compared=(--base zhifu-pilot --set dibaoStandardMonthly=1000.00 --date 2026-03-01)
for round in $(seq "$rounds"); do
  measure review "$round" "${cli[@]}" review "$work/households.jsonl" --out "$work/results.jsonl" --policy zhifu-pilot --date 2026-03-01
  measure review-parquet "$round" "${cli[@]}" review "$work/households.parquet" --out "$work/results-parquet.jsonl" --policy zhifu-pilot --date 2026-03-01
  measure compare "$round" "${cli[@]}" compare "$work/households.jsonl" "${compared[@]}"
  measure compare-parquet "$round" "${cli[@]}" compare "$work/households.parquet" "${compared[@]}"
done
measure compare-parquet-report 1 "${cli[@]}" compare "$work/households.parquet" "${compared[@]}" --report "$work/report.html"
echo "report: $(stat -c %s "$work/report.html") bytes"
if (( rounds > 1 )); then
  for name in review review-parquet compare compare-parquet; do
    # shellcheck disable=SC2086
    echo "$name: median $(printf '%s\n' ${walls[$name]} | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}') s of$(printf ' %s' ${walls[$name]})"
  done
fi
