#!/usr/bin/env bash
# Optional real readers used by the export tests; the tests skip cleanly when these are absent.
set -u
if command -v npm >/dev/null 2>&1; then
  npm install --prefix tests/data/export/node --no-audit --no-fund --silent gift-pegjs@1.0.2 \
    || echo "gift-pegjs not installed; GIFT round-trip tests will skip"
fi
exit 0
