#!/usr/bin/env bash
# Checks the packages as a user meets them: packs DomainKit, its dependency-injection, HTTP API and PostgreSQL store packages and the domainkit tool
# into a local feed, then in a
# throwaway project outside the repository (so none of the repository's build settings apply) it
#   1. runs the README's usage example against the DomainKit package, not the project, and checks what it prints;
#   2. publishes the same program with NativeAOT, failing on any trim or AOT warning, and runs the native binary;
#   3. installs the domainkit tool from the package and evaluates the bundled sample household.
# Usage: tests/package/check.sh [--no-aot]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
aot=true
[ "${1:-}" = "--no-aot" ] && aot=false

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")"

echo "== pack DomainKit $version and the domainkit tool"
dotnet pack "$root/src/DomainKit/DomainKit.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/DomainKit.Cli/DomainKit.Cli.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/DomainKit.Extensions.DependencyInjection/DomainKit.Extensions.DependencyInjection.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/DomainKit.AspNetCore/DomainKit.AspNetCore.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/DomainKit.Marten/DomainKit.Marten.csproj" -c Release -o "$feed" --nologo -v quiet
for file in "DomainKit.$version.nupkg" "DomainKit.$version.snupkg" "DomainKit.Cli.$version.nupkg" \
  "DomainKit.Extensions.DependencyInjection.$version.nupkg" "DomainKit.Extensions.DependencyInjection.$version.snupkg" \
  "DomainKit.AspNetCore.$version.nupkg" "DomainKit.AspNetCore.$version.snupkg"; do
  [ -f "$feed/$file" ] || { echo "missing $file" >&2; exit 1; }
done

# The local feed is added to the machine's usual sources, which serve the packages DomainKit depends on.
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
CONFIG

consumer="$work/consumer"
mkdir -p "$consumer"
cp "$work/nuget.config" "$consumer/"
cat > "$consumer/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- As "dotnet new console" makes it: the README example relies on the implicit usings. -->
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="DomainKit" Version="$version" />
  </ItemGroup>
</Project>
PROJECT
# The program is the README's usage example, taken from the README itself.
awk '/<!-- usage-example -->/{found=1; next} found && /^```csharp/{inside=1; next} inside && /^```/{exit} inside{print}' \
  "$root/README.md" > "$consumer/Program.cs"
[ -s "$consumer/Program.cs" ] || { echo "README.md has no usage example block" >&2; exit 1; }

expect() {
  local output="$1"
  printf '%s\n' "$output" | sed -n 1p | grep -qx 'Eligible' || { echo "expected 'Eligible' first:" >&2; printf '%s\n' "$output" >&2; return 1; }
  printf '%s\n' "$output" | sed -n 2p | grep -qx '¥1350.00' || { echo "expected '¥1350.00' second" >&2; return 1; }
  printf '%s\n' "$output" | grep -q '^\[通过\] DB-01' || { echo "expected a Chinese explanation citing DB-01" >&2; return 1; }
  printf '%s\n' "$output" | tail -n 1 | grep -qx '¥1500.00' || { echo "expected '¥1500.00' last" >&2; return 1; }
}

echo "== the README example against the package"
(cd "$consumer" && dotnet build -c Release --nologo) > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "the README example does not build against the package" >&2; exit 1; }
output="$(cd "$consumer" && dotnet run -c Release --no-build --nologo)"
expect "$output"
# The consumer must have compiled against the package, not a project in the repository.
grep -q "\"source\": \"$feed" "$work/packages/domainkit/$version/.nupkg.metadata" \
  || { echo "the consumer did not restore DomainKit from the freshly packed feed" >&2; exit 1; }
echo "ok: README example prints what its comments say"
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  # Packed on linux-x64, the library is precompiled (ReadyToRun: the PE machine is x64 marked for Linux, 0xfd1d) and
  # the package carries its platform-neutral reference assembly (0x014c) for compilers.
  pe_machine() { local offset; offset=$(od -An -t u4 -j 60 -N 4 "$1" | tr -d ' '); od -An -t x2 -j $((offset + 4)) -N 2 "$1" | tr -d ' '; }
  package="$work/packages/domainkit/$version"
  [ "$(pe_machine "$package/lib/net10.0/DomainKit.dll")" = fd1d ] || { echo "the packed library is not ReadyToRun for linux-x64" >&2; exit 1; }
  [ "$(pe_machine "$package/ref/net10.0/DomainKit.dll")" = 014c ] || { echo "the package has no platform-neutral reference assembly" >&2; exit 1; }
  echo "ok: the library package is ReadyToRun for linux-x64 with a reference assembly"
fi

# publish_aot PROJECT_DIR OUTPUT_DIR WHAT: a NativeAOT publish in which any trim or AOT warning is an error.
publish_aot() {
  local log="$2.log"
  (cd "$1" && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -p:TrimmerSingleWarn=false \
    -p:IlcTreatWarningsAsErrors=true -p:SuppressTrimAnalysisWarnings=false -o "$2" --nologo -v normal) > "$log" 2>&1 \
    || { cat "$log" >&2; echo "NativeAOT publish of $3 failed" >&2; exit 1; }
  if grep -E 'warning (IL|CS)[0-9]+' "$log"; then
    echo "NativeAOT publish of $3 gave warnings" >&2
    exit 1
  fi
  grep -q "Generating native code" "$log" || { echo "the publish of $3 did not compile ahead of time" >&2; exit 1; }
}

if [ "$aot" = true ]; then
  echo "== NativeAOT publish (warnings are errors) and run"
  publish_aot "$consumer" "$work/aot" "the README example"
  expect "$("$work/aot/Consumer")"
  echo "ok: the NativeAOT binary prints the same"
fi

if [ "$aot" = true ]; then
  # The HTTP API as the guide hosts it (its first C# block, on a free port instead of 5080), from the packages,
  # published with NativeAOT and asked to decide the sample claims.
  echo "== the HTTP API from its package, NativeAOT"
  api="$work/api"
  mkdir -p "$api"
  cp "$work/nuget.config" "$api/"
  cat > "$api/Api.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="DomainKit.AspNetCore" Version="$version" />
    <PackageReference Include="Scalar.AspNetCore" Version="3.0.0" />
  </ItemGroup>
</Project>
PROJECT
  port=$(( 20000 + RANDOM % 20000 ))
  # The one using the guide names beside its block: the Scalar page's namespace is not among a web project's implicit ones.
  { echo 'using Scalar.AspNetCore;'
    awk '/^```csharp/{inside=1; next} inside && /^```/{exit} inside{print}' "$root/docs/guides/http-api.md" \
      | sed "s|http://127.0.0.1:5080|http://127.0.0.1:$port|"
  } > "$api/Program.cs"
  grep -q "MapDomainKit" "$api/Program.cs" || { echo "docs/guides/http-api.md does not start with the hosting code" >&2; exit 1; }
  publish_aot "$api" "$work/api-aot" "the HTTP API"
  "$work/api-aot/Api" > "$work/api.log" 2>&1 &
  server=$!
  answer=""
  for _ in $(seq 1 50); do
    answer="$(curl -s -H 'Content-Type: application/json' --data-binary @"$root/docs/examples/claims.json" \
      "http://127.0.0.1:$port/api/assess?date=2026-03-01" || true)"
    [ -n "$answer" ] && break
    sleep 0.2
  done
  openapi="$(curl -s "http://127.0.0.1:$port/openapi/v1.json" || true)"
  # The case workflow: a case opened and accepted, then its schedule (VR-04: due three working days after Monday 2 March).
  opened="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$root/docs/examples/cases/open.json" \
    "http://127.0.0.1:$port/api/cases" || true)"
  curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary @"$root/docs/examples/cases/accept.json" \
    "http://127.0.0.1:$port/api/cases/case-7/commands" || true
  schedule="$(curl -s "http://127.0.0.1:$port/api/cases/case-7/schedule?date=2026-03-03" || true)"
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  grep -q '"monthlyCash": "1350.00"' <<< "$answer" \
    || { echo "the NativeAOT API did not decide the sample claims:" >&2; printf '%s\n' "$answer" >&2; cat "$work/api.log" >&2; exit 1; }
  grep -q '"amount": "10500.00"' <<< "$answer" || { echo "the NativeAOT API did not decide the bill" >&2; exit 1; }
  grep -q '"operationId": "assess"' <<< "$openapi" \
    || { echo "the NativeAOT API did not describe itself in OpenAPI:" >&2; printf '%s\n' "$openapi" | head -20 >&2; cat "$work/api.log" >&2; exit 1; }
  # The published schemas, not the inferred ones: the contract's name as a constant and amounts as decimal strings.
  grep -q '"const": "domainkit/claims@1"' <<< "$openapi" \
    || { echo "the NativeAOT API's OpenAPI document lacks the published claims schema" >&2; exit 1; }
  [ "$opened" = "201" ] && grep -q '"due": "2026-03-05"' <<< "$schedule" \
    || { echo "the NativeAOT API did not run the case workflow (open: $opened):" >&2; printf '%s\n' "$schedule" >&2; cat "$work/api.log" >&2; exit 1; }
  echo "ok: the NativeAOT HTTP API decides the sample claims (dibao 1350.00, the bill 10500.00), runs a case to its schedule and serves its OpenAPI document"
fi

echo "== the domainkit tool from its package"
dotnet tool install DomainKit.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >/dev/null
"$work/tools/domainkit" evaluate "$root/docs/examples/eligible.json" --date 2026-03-01 | grep -q 'DB-01' \
  || { echo "the installed tool did not explain a decision" >&2; exit 1; }
echo "ok: the installed tool evaluates the sample household"
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  # On linux-x64 the tool must come from its ahead-of-time compiled package, not the portable one.
  test -d "$work/tools/.store/domainkit.cli/$version/domainkit.cli.linux-x64" \
    || { echo "the linux-x64 tool package was not the one installed" >&2; exit 1; }
  echo "ok: the installed tool is the ReadyToRun linux-x64 package"
fi
