#!/usr/bin/env bash
# System packages the test suite needs beyond PyPI: a PostgreSQL server (the PostgreSQL backend's tests start
# their own throw-away server), Chromium (browser tests) and Node.js/npm (dashboard libraries from npm). Installed from Debian's packages when missing and
# when we may (root, or passwordless sudo); otherwise those tests skip with a reason (and fail under CI=true).
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)  # builds the dashboard's vendor files (make web)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
else
    echo "setup_test_system: missing ${need[*]} and no root: the PostgreSQL/browser tests will skip." >&2
    echo "  install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 0
fi

echo "setup_test_system: installing ${need[*]} from Debian's packages" >&2
export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${need[@]}" >/tmp/marsad-apt.log 2>&1; then
    "${SUDO[@]}" apt-get update -q >>/tmp/marsad-apt.log 2>&1
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${need[@]}" >>/tmp/marsad-apt.log 2>&1 \
        || { tail -20 /tmp/marsad-apt.log >&2; exit 1; }
fi
