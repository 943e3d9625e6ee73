#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver for the browser test of /docs, only when missing.
# Idempotent: does nothing when both are already there. Needs root (as CI runs) or sudo.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$DRIVER" ]]; then
  echo "ensure-chromium: $CHROMIUM and $DRIVER are present; nothing to do"
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "ensure-chromium: Chromium is missing and this is not root (no sudo either): install 'chromium chromium-driver' with apt-get" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo 'chromium installed')"
