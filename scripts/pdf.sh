#!/usr/bin/env bash
# Renders a klarhet HTML report to PDF (A4, as its print CSS lays it out) with
# headless Chromium, when Chromium is installed. Nothing is fetched from the
# network: the report is self-contained, and Chromium's background traffic is off.
#
#   klarhet report ID --format html -o rapport.html
#   scripts/pdf.sh rapport.html            # writes rapport.pdf
#   scripts/pdf.sh rapport.html ut.pdf
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: scripts/pdf.sh REPORT.html [OUT.pdf]" >&2
  exit 2
fi
in=$1
out=${2:-${in%.html}.pdf}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "pdf.sh: Chromium is not installed (Debian: apt-get install chromium); or open the HTML in a browser and print to PDF" >&2
  exit 3
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf="$out" "file://$(realpath "$in")" 2>/dev/null
echo "$out"
