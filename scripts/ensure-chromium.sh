#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core (npm packages that
# download their own browser cannot work on machines without internet access).
# Installs it when missing and running as root; otherwise says how, in one line, and fails.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM missing; installing Debian's chromium package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "ensure-chromium: $CHROMIUM not found; install it first: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)" >&2
exit 1
