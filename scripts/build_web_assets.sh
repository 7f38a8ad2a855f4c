#!/usr/bin/env bash
# Installs the dashboard's third-party browser libraries from the npm registry (versions pinned by
# marsad/web/package-lock.json) and copies only the files the dashboard loads into marsad/web/static/vendor/.
# Needs node and npm. Run again after changing marsad/web/package.json; `make web` calls it.
set -euo pipefail

WEB="$(cd "$(dirname "$0")/../marsad/web" && pwd)"
VENDOR="$WEB/static/vendor"

if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is not installed (Debian: apt-get install -y nodejs npm)" >&2
  exit 1
fi

cd "$WEB"
# --ignore-scripts: no install hook of any package runs (one of swagger-ui-dist's dependencies would phone home).
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

rm -rf "$VENDOR"
mkdir -p "$VENDOR"
cp node_modules/echarts/dist/echarts.esm.min.js "$VENDOR/echarts.esm.min.js"
cp node_modules/echarts/LICENSE "$VENDOR/LICENSE.echarts.txt"
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js "$VENDOR/swagger-ui-bundle.js"
cp node_modules/swagger-ui-dist/swagger-ui.css "$VENDOR/swagger-ui.css"
cp node_modules/swagger-ui-dist/LICENSE "$VENDOR/LICENSE.swagger-ui.txt"
cp node_modules/world-atlas/LICENSE "$VENDOR/LICENSE.world-atlas.txt"
node tools/make-world.cjs "$VENDOR/world.geo.json"
echo "dashboard assets in $VENDOR"
