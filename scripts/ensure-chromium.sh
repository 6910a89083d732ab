#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium. On a fresh machine, install it from Debian's packages
# (as root); elsewhere say plainly what is missing rather than failing deep inside a test.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (Debian package 'chromium')..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium: install Debian's 'chromium' package, or set CHROMIUM_PATH." >&2
exit 1
