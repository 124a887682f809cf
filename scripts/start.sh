#!/usr/bin/env bash
# npm start: build the extension (Chrome + Firefox, with zips), the widget and the phone page, then serve the demo site
# and the phone page.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  echo "Memasang dependensi… / Installing dependencies…"
  npm ci --no-audit --no-fund
fi

npm run build
npx wxt zip >/dev/null && npx wxt zip -b firefox --mv3 >/dev/null || echo "(zip dilewati / zip skipped)"

PORT="${PORT:-8080}"
cat <<TXT

Rapi siap / Rapi is ready
  Ekstensi Chrome/Edge / Chrome/Edge extension:  $(pwd)/.output/chrome-mv3
      chrome://extensions → Mode developer → "Muat yang belum dikemas" / Developer mode → "Load unpacked"
  Ekstensi Firefox / Firefox extension:          $(pwd)/.output/firefox-mv3 (about:debugging → Load Temporary Add-on)
  Paket zip / zip packages:                      $(pwd)/.output/*.zip
  Widget:                                        $(pwd)/.output/widget/rapi-etalase.js
  Demo kafe / café demo:                         http://localhost:${PORT}/
  Rapi di HP / on the phone:                     http://localhost:${PORT}/hp/  (folder: $(pwd)/.output/web)
  CLI:                                           npx rapi check tests/fixtures/listings/sample-listings.csv

TXT
exec npx tsx scripts/serve.ts "$PORT"
