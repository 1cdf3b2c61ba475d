#!/usr/bin/env bash
# Validates what the tool writes for a generated population, and every example, with two validators that know nothing
# of DomainKit: Python's jsonschema and ajv (Node). Not part of CI (it installs ajv from npm); the test suite runs the
# same check with JsonSchema.Net on every build.
# Usage: bash tests/schemas/validate.sh [HOUSEHOLDS]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
households=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tool=(dotnet run --project src/DomainKit.Cli -c Release --)

"${tool[@]}" generate --households "$households" --seed 11 --out "$work/households.jsonl"
"${tool[@]}" review "$work/households.jsonl" --out "$work/review.jsonl" --date 2026-03-01
for f in docs/examples/*.json; do
  case "$(basename "$f")" in invalid-household.json|cadre.json|case-history.json|claims.json) continue ;; esac
  "${tool[@]}" evaluate "$f" --date 2026-03-01 --json > "$work/decision-$(basename "$f")"
  "${tool[@]}" assess "$f" --date 2026-03-01 --json --lang zh-CN > "$work/entitlements-$(basename "$f")"
done
"${tool[@]}" assess docs/examples/claims.json --date 2026-03-01 --json > "$work/entitlements-claims.json"
"${tool[@]}" assess docs/examples/cadre.json --date 2026-03-01 --policy shaanxi-2016 --json > "$work/cadre-assessment.json"
valid_examples=$(ls docs/examples/*.json | grep -v invalid-household)

python3 tests/schemas/validate.py docs/schemas "$work"/*.jsonl "$work"/*.json $valid_examples
(cd "$work" && npm init -y > /dev/null && npm install --silent ajv@8 ajv-formats@3 > /dev/null)
cp tests/schemas/validate.mjs "$work/"
node "$work/validate.mjs" docs/schemas "$work"/*.jsonl "$work"/decision-*.json "$work"/entitlements-*.json "$work/cadre-assessment.json" $valid_examples
