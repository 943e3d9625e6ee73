#!/usr/bin/env bash
# Installs Debian's Chromium for tests/test_docs_browser.py, only when it is missing: running it
# again does nothing. The test drives Chromium over the DevTools protocol, so no chromedriver.
# Needs root (CI runs as root) or password-less sudo. Without either it cannot install: that
# fails under CI=true and is only a warning otherwise (the browser test then skips).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  echo "ensure-chromium: $CHROMIUM is installed; nothing to do"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and this is not a Debian-like system; install Chromium yourself" >&2
  [[ "${CI:-}" == "true" ]] && exit 1
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ensure-chromium: $CHROMIUM is missing and installing it needs root; run as root: apt-get install chromium" >&2
  [[ "${CI:-}" == "true" ]] && exit 1
  exit 0
fi

echo "ensure-chromium: $CHROMIUM is missing; installing Debian's chromium"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends chromium
echo "ensure-chromium: installed $("$CHROMIUM" --version)"
