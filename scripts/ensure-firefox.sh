#!/usr/bin/env bash
# The Firefox tests (npm run test:firefox) drive Debian's Firefox ESR; install it (and CJK fonts) when it is missing and
# we may, and fail loudly when we may not, so that no Firefox test is ever skipped silently. Like ensure-chromium.sh.
set -euo pipefail
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ] && dpkg -s fonts-noto-cjk >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Firefox ESR and CJK fonts for the Firefox tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq firefox-esr fonts-noto-cjk >/dev/null
  exit 0
fi
echo "error: $FIREFOX (Debian package 'firefox-esr') and fonts-noto-cjk are needed for the Firefox tests;" >&2
echo "       install them with: sudo apt-get install -y firefox-esr fonts-noto-cjk" >&2
exit 1
