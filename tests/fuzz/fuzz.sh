#!/usr/bin/env bash
# A time-boxed, coverage-guided fuzzing campaign on one reader (or all), with AFL++ and SharpFuzz.
#
#   bash tests/fuzz/fuzz.sh TARGET|all [MINUTES]      (default: 10 minutes per target)
#
# Targets: household, policy, cadre, case-history, scenario-yaml, households-csv, parquet-text-chunk (tests/DomainKit.Fuzz/FuzzTargets.cs).
# Needs afl++ (Debian package) and the SharpFuzz.CommandLine tool; installs both when missing.
# Every input that crashed or hung is copied into tests/fuzz/TARGET/found/, which `dotnet test` replays;
# the campaign's figures (executions, paths, crashes, hangs) are printed at the end and kept in
# tests/fuzz/TARGET/last-campaign.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
targets=(household policy cadre case-history scenario-yaml households-csv parquet-text-chunk)
which="${1:?usage: fuzz.sh TARGET|all [MINUTES]}"
minutes="${2:-10}"
[[ "$which" == all ]] && selected=("${targets[@]}") || selected=("$which")

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null; then
  dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

# One instrumented build, outside the repository: the library, the tool and the YAML parser carry AFL's coverage probes.
# It is built from a copy of the sources, so a campaign never shares bin/ and obj/ with builds of the working tree.
build="$(mktemp -d /tmp/domainkit-fuzz.XXXXXX)"
mkdir -p "$build/src"
(cd "$root" && tar --exclude=bin --exclude=obj --exclude=.git --exclude=StrykerOutput -cf - src tests/DomainKit.Fuzz Directory.Build.props Directory.Packages.props global.json .editorconfig README.md) | tar -xf - -C "$build/src"
dotnet publish "$build/src/tests/DomainKit.Fuzz/DomainKit.Fuzz.csproj" -c Release -o "$build/bin" -p:DomainKitReadyToRun=false -v quiet -nologo >/dev/null
for dll in DomainKit.dll DomainKit.Cli.dll YamlDotNet.dll; do
  sharpfuzz "$build/bin/$dll" >/dev/null
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
for target in "${selected[@]}"; do
  out="$build/findings-$target"
  echo "fuzzing $target for $minutes minutes"
  # -t: an input that takes over 5 s is a hang; -m none: .NET reserves more address space than AFL's default allows.
  afl-fuzz -i "$root/tests/fuzz/$target/seeds" -o "$out" -t 5000 -m none -V $((minutes * 60)) \
    -- dotnet "$build/bin/DomainKit.Fuzz.dll" "$target" >"$build/afl-$target.log" 2>&1 || true
  stats="$out/default/fuzzer_stats"
  if [[ ! -f "$stats" ]]; then
    echo "afl-fuzz did not start for $target; see $build/afl-$target.log" >&2
    tail -20 "$build/afl-$target.log" >&2
    exit 1
  fi
  for kind in crashes hangs; do
    for found in "$out/default/$kind"/id:*; do
      [[ -f "$found" ]] || continue
      cp "$found" "$root/tests/fuzz/$target/found/$kind-$(sha256sum "$found" | cut -c1-16)"
    done
  done
  summary="$(awk -F' *: *' '$1 ~ /^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|bitmap_cvg|stability)$/ { printf "%s=%s ", $1, $2 }' "$stats")"
  echo "$target: $summary" | tee "$root/tests/fuzz/$target/last-campaign.txt"
done
rm -rf "$build"
