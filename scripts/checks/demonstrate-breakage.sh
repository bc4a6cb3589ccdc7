#!/usr/bin/env bash
# Shows that each kind of deliberate breakage makes the test command fail with a message
# naming the file. For each fixture in tests/fixtures/breakage/ it copies the committed site
# into a scratch worktree, drops the fixture into docs/, runs the part of `npm test` that
# must catch it, and prints the command, its exit status and the error lines.
# Slow (several builds); run by hand:
#   bash scripts/checks/demonstrate-breakage.sh [case…]
# Set ATLAS_BUILD to an existing two-locale build/ to save the builds the e2e cases need.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
existing=${ATLAS_BUILD:-$root/build}
scratch=$(mktemp -d /tmp/atlas-breakage-XXXX)
trap 'git -C "$root" worktree remove --force "$scratch" >/dev/null 2>&1; rm -rf "$scratch"' EXIT
git -C "$root" worktree add --detach --force "$scratch" HEAD >/dev/null
ln -s "$root/node_modules" "$scratch/node_modules"
cd "$scratch"

cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(no-description bad-mermaid bad-math lost-footnote broken-link broken-anchor console-error too-wide)

show() {
  local command=$1 pattern=$2 out status
  echo "   \$ $command"
  out=$(eval "$command" 2>&1); status=$?
  echo "   exit status: $status"
  printf '%s\n' "$out" | grep -E "$pattern" | sed 's/\x1b\[[0-9;]*m//g' | head -n 4 | sed 's/^/   /'
}

# The e2e project serves build/ and needs both locales: reuse an existing build.
use_existing_build() {
  rm -rf build
  [ -f "$existing/en/index.html" ] || { echo "no build at $existing (set ATLAS_BUILD)" >&2; exit 2; }
  cp -r "$existing" build
}

# Drops a fixture into docs/, builds zh-Hans with it (English from the existing build) and
# shows that the sweep over every page fails on it.
sweep_rejects() {
  local fixture=$1 pattern=$2
  use_existing_build
  cp "$root/tests/fixtures/breakage/$fixture.mdx" "docs/zz-$fixture.mdx"
  rm -rf build-zh && npx docusaurus build --locale zh-Hans --out-dir build-zh >/dev/null 2>&1
  rm -rf build-zh/en && cp -r build/en build-zh/en && rm -rf build && mv build-zh build
  show "npx vitest run --project e2e tests/e2e/pages.test.ts -t zz-$fixture" "$pattern"
}

# Drops a fixture into docs/ and shows that the zh-Hans build rejects it.
build_rejects() {
  local fixture=$1 pattern=$2
  cp "$root/tests/fixtures/breakage/$fixture.mdx" "docs/zz-$fixture.mdx"
  show "npx docusaurus build --locale zh-Hans --out-dir /tmp/breakage-build" "$pattern"
}

for c in "${cases[@]}"; do
  case $c in
    no-description)
      echo "== a doc without description"
      cp "$root/tests/fixtures/breakage/no-description.mdx" docs/zz-no-description.mdx
      show "npx vitest run --project unit tests/unit/front-matter.test.ts" 'zz-no-description'
      ;;
    bad-mermaid)
      echo "== an unparsable Mermaid block"
      build_rejects bad-mermaid 'zz-bad-mermaid.mdx:[0-9]+'
      ;;
    bad-math)
      echo "== an unparsable formula"
      build_rejects bad-math 'KaTeX cannot parse'
      ;;
    lost-footnote)
      echo "== a footnote defined but never cited"
      build_rejects lost-footnote 'zz-lost-footnote.mdx:[0-9]+: footnote'
      ;;
    broken-link)
      echo "== a broken internal link"
      build_rejects broken-link 'found broken|zz-broken-link|this-page-does-not-exist'
      ;;
    broken-anchor)
      # On its own: the build reports broken links before it looks at anchors.
      echo "== a broken anchor"
      build_rejects broken-anchor 'found broken|zz-broken-anchor|no-such-heading'
      ;;
    console-error)
      echo "== a page that throws in the browser"
      sweep_rejects console-error 'zz-console-error|uncaught|console error'
      ;;
    too-wide)
      echo "== a page wider than a 360 px phone"
      sweep_rejects too-wide 'zz-too-wide|wider than'
      ;;
    *) echo "unknown case $c" >&2 ;;
  esac
  rm -f docs/zz-*.mdx
done
