#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver
# BiDi). Install whichever is missing with apt (needs root), else say what to do.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "Memasang / installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}"
else
  echo "Browser untuk tes belum terpasang. Jalankan: sudo apt-get install -y ${missing[*]}" >&2
  echo "The test browsers are not installed. Run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
