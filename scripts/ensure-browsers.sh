#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver
# BiDi). Install whichever is missing with apt (as root, or with sudo when it needs no password), else say what to do.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "Browser untuk tes belum terpasang. Jalankan: sudo apt-get install -y ${missing[*]}" >&2
  echo "The test browsers are not installed. Run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Memasang / installing: ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
