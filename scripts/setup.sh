#!/usr/bin/env bash
# Prepare a fresh machine for sbp: system packages (Debian/Ubuntu) when missing, then the npm install.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1; then
  need=()
  # Chromium prints the PDFs; Liberation Sans is metric-compatible with Arial, so packs paginate the same everywhere.
  { command -v chromium || command -v chromium-browser || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]; } >/dev/null 2>&1 || need+=(chromium)
  fc-list 2>/dev/null | grep -q 'Liberation Sans' || need+=(fonts-liberation2)
  # poppler-utils and qpdf read PDFs back in the tests.
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
  command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
  # The accessibility tests read the PDFs again with pikepdf, independently of sbp's own readers.
  /usr/bin/python3 -c 'import pikepdf' >/dev/null 2>&1 || need+=(python3-pikepdf)
  if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "sbp setup: installing ${need[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

# npm ci compiles src/ to dist/ (the prepare script); .puppeteerrc.cjs skips puppeteer's own
# browser download when a system Chromium exists, so this works where that download is blocked.
npm ci --no-audit --no-fund
