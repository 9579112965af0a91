#!/usr/bin/env bash
# The real-browser tests drive Debian's Chromium; install it (and CJK fonts, without which Japanese renders as boxes)
# when it is missing and we may, and fail loudly when we may not, so that no browser test is ever skipped silently.
set -euo pipefail
if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-cjk >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium and CJK fonts for the real-browser tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "error: /usr/bin/chromium (Debian package 'chromium') and fonts-noto-cjk are needed for the real-browser tests;" >&2
echo "       install them with: sudo apt-get install -y chromium fonts-noto-cjk" >&2
exit 1
