#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium. Install it when missing (needs root), else say what to do.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium
else
  echo "Chromium belum terpasang. Jalankan: sudo apt-get install -y chromium" >&2
  echo "Chromium is not installed. Run: sudo apt-get install -y chromium" >&2
  exit 1
fi
