#!/usr/bin/env bash
# Renders one of kpi's HTML reports to a PNG with headless Chromium (Debian's `chromium`), for
# looking at it by eye:
#   scripts/screenshot-report.sh REPORT.html [OUT.png] [WIDTH|WIDTHxHEIGHT]
# OUT.png defaults to REPORT.png beside the report. The page is captured at its full height by
# default (1400 pixels wide): a first pass measures how tall the page lays out at that width, the
# second captures exactly that. WIDTH alone changes the width; WIDTHxHEIGHT captures a fixed window
# instead. With --print, the page is laid out for print (A4 landscape) and saved as PDF: OUT.pdf.
# Installs chromium through apt when it is missing.
set -euo pipefail

print=0
if [ "${1:-}" = "--print" ]; then print=1; shift; fi
if [ $# -lt 1 ]; then
  echo "usage: scripts/screenshot-report.sh [--print] REPORT.html [OUT.png|OUT.pdf] [WIDTH|WIDTHxHEIGHT]" >&2
  exit 2
fi
report="$1"
if [ ! -f "$report" ]; then
  echo "screenshot-report: no such file: $report" >&2
  exit 2
fi
if [ "$print" -eq 1 ]; then out="${2:-${report%.*}.pdf}"; else out="${2:-${report%.*}.png}"; fi
size="${3:-1400}"
if [[ ! "$size" =~ ^[0-9]+(x[0-9]+)?$ ]]; then
  echo "screenshot-report: the size is WIDTH or WIDTHxHEIGHT in pixels, e.g. 1400 or 1400x2000, not $size" >&2
  exit 2
fi

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: installing chromium (apt)" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  browser="$(command -v chromium)"
fi

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile")
if [ "$print" -eq 1 ]; then
  "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out" "$url" 2>/dev/null
  echo "$out"
  exit 0
fi

if [[ "$size" == *x* ]]; then
  width="${size%x*}"
  height="${size#*x}"
else
  # Measure: a copy of the page (reports are self-contained, so a copy renders the same) with a
  # script that writes the laid-out height into the DOM, which --dump-dom prints.
  width="$size"
  measured="$work/measure.html"
  sed 's#</body>#<script>document.body.setAttribute("data-kpi-height", String(Math.ceil(document.documentElement.scrollHeight)))</script></body>#' \
    "$report" >"$measured"
  height="$("$browser" "${flags[@]}" --window-size="$width,1000" --dump-dom "file://$measured" 2>/dev/null |
    grep -o 'data-kpi-height="[0-9]*"' | grep -o '[0-9]*' || true)"
  if [ -z "$height" ]; then
    echo "screenshot-report: could not measure the page's height; capturing 2000 pixels" >&2
    height=2000
  fi
  # Chromium cannot capture arbitrarily tall images; past this a page is cut, and says so.
  if [ "$height" -gt 16000 ]; then
    echo "screenshot-report: the page is $height pixels tall; capturing the first 16000" >&2
    height=16000
  fi
fi
"$browser" "${flags[@]}" --window-size="$width,$height" --screenshot="$out" "$url" 2>/dev/null
echo "$out"
