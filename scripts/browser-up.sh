#!/usr/bin/env bash
# Makes sure a headless browser is there for the view tests (test/views) and the render bench:
# Debian's chromium package, installed when missing. Never a browser download of its own: the
# tests drive this binary through puppeteer-core, which fetches nothing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "browser-up: chromium is missing; install Debian's chromium package (apt-get install chromium) as root" >&2
  exit 1
fi
echo "browser-up: installing chromium" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
