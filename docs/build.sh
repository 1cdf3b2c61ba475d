#!/usr/bin/env bash
# Builds the documentation site (docs/_site) with docfx from the pages in docs/ and the XML documentation of the
# packages. Any warning fails the build, and a link to a page, file or bookmark that does not exist is a warning.
# Usage: docs/build.sh [--serve]   (with --serve, the site is then served on http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf docs/_site docs/api
dotnet tool run docfx docs/docfx.json --warningsAsErrors "$@"
