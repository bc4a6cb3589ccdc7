#!/usr/bin/env bash
# `npm test`: the checks (`npm run check`: types, data, lint, unit tests) and the production
# build run side by side, since neither needs the other and most checks use one core of two;
# the end-to-end tests then run against the build. The checks' output is held and printed
# whole once they finish, so it never interleaves with the build's. Either failing fails the
# command, with both outputs shown.
set -uo pipefail
cd "$(dirname "$0")/.."
# Once, before anything runs in parallel: two apt-get installs at once would fight over dpkg.
bash scripts/ensure-chromium.sh || exit 1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
npm run check >"$log" 2>&1 &
checks=$!
npm run build
built=$?
wait "$checks"
checked=$?
echo "── npm run check ──"
cat "$log"
if [ "$checked" -ne 0 ]; then
  echo "npm test: the checks failed (output above)" >&2
  exit "$checked"
fi
if [ "$built" -ne 0 ]; then
  echo "npm test: the build failed (its output is above the checks')" >&2
  exit "$built"
fi
npm run test:e2e
