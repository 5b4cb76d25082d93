#!/usr/bin/env bash
# Installs the Debian packages the test suite uses, when running as root on Debian/Ubuntu:
# Qt's offscreen libraries, poppler (PDF to PNG), fonts, and a PostgreSQL server.
# Elsewhere it only says what is missing; the tests that need a missing tool skip with a reason
# (under CI=true they fail instead).
set -u
PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
          poppler-utils fonts-liberation postgresql)
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # Debian starts no services inside containers; the tests start their own server.
else
    echo "Note: missing system packages (install them for the full suite): ${missing[*]}" >&2
fi
exit 0
