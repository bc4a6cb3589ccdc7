#!/usr/bin/env bash
# The build renders Mermaid diagrams in Debian's Chromium, and the end-to-end tests drive it
# too, through playwright-core (npm packages that download their own browser cannot work on
# machines without internet access). Diagram labels are Chinese: without a CJK font Chromium
# measures boxes for missing glyphs and the diagrams come out mis-sized, so the fonts are
# part of what this checks. The Nu HTML Checker (npm package vnu-jar, tests/e2e/html-validity)
# is a Java program, so a Java runtime is checked for as well.
# Installs what is missing when running as root; otherwise says how, in one line, and fails.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list ':lang=zh' family 2>/dev/null)" ]; then
  missing+=(fonts-noto-cjk)
fi
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "ensure-chromium: ${missing[*]} missing; install first: sudo apt-get install -y ${missing[*]} (or set CHROMIUM_PATH)" >&2
exit 1
