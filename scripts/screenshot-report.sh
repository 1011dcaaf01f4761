#!/usr/bin/env bash
# Renders one of kpi's HTML reports to a PNG with headless Chromium (Debian's `chromium`), for
# looking at it by eye:
#   scripts/screenshot-report.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
# OUT.png defaults to REPORT.png beside the report; the window defaults to 1400x2000. With
# --print, the page is laid out for print (A4 landscape) and saved as PDF instead: OUT.pdf.
# Installs chromium through apt when it is missing.
set -euo pipefail

print=0
if [ "${1:-}" = "--print" ]; then print=1; shift; fi
if [ $# -lt 1 ]; then
  echo "usage: scripts/screenshot-report.sh [--print] REPORT.html [OUT.png|OUT.pdf] [WIDTHxHEIGHT]" >&2
  exit 2
fi
report="$1"
if [ ! -f "$report" ]; then
  echo "screenshot-report: no such file: $report" >&2
  exit 2
fi
if [ "$print" -eq 1 ]; then out="${2:-${report%.*}.pdf}"; else out="${2:-${report%.*}.png}"; fi
size="${3:-1400x2000}"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: installing chromium (apt)" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  browser="$(command -v chromium)"
fi

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$profile")
if [ "$print" -eq 1 ]; then
  "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out" "$url" 2>/dev/null
else
  "$browser" "${flags[@]}" --window-size="${size/x/,}" --screenshot="$out" "$url" 2>/dev/null
fi
echo "$out"
