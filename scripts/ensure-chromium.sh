#!/usr/bin/env bash
# The browser test drives Debian's Chromium with playwright-core (no browser download).
# Install it when missing and this machine can (root with apt-get); otherwise say how.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser test (apt-get install chromium)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $bin: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
exit 1
