#!/usr/bin/env bash
# Shows that each kind of deliberate breakage makes the test command fail with a message
# naming the file. For each fixture in tests/fixtures/breakage/ it copies the committed site
# into a scratch worktree, drops the fixture into docs/, runs the part of `npm test` that
# must catch it, and prints the command, its exit status and the error line.
# Slow (several builds); run by hand: `bash scripts/checks/demonstrate-breakage.sh [case…]`.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d /tmp/atlas-breakage-XXXX)
trap 'git -C "$root" worktree remove --force "$scratch" >/dev/null 2>&1; rm -rf "$scratch"' EXIT
git -C "$root" worktree add --detach --force "$scratch" HEAD >/dev/null
ln -s "$root/node_modules" "$scratch/node_modules"
cd "$scratch"

cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(no-description bad-mermaid bad-math broken-link broken-anchor console-error)

run_case() {
  local name=$1 command=$2 pattern=$3
  cp "$root/tests/fixtures/breakage/$name.mdx" "docs/zz-$name.mdx"
  echo "== $name: $command"
  local out status
  out=$(eval "$command" 2>&1); status=$?
  echo "   exit status: $status"
  printf '%s\n' "$out" | grep -E "$pattern" | head -n 3 | sed 's/^/   /'
  rm -f "docs/zz-$name.mdx"
  git checkout -q -- docs
}

# The e2e project needs a complete build of both locales to serve.
ensure_build() {
  [ -f build/en/index.html ] || npx docusaurus build >/dev/null 2>&1
}

for c in "${cases[@]}"; do
  case $c in
    no-description) run_case "$c" "npx vitest run --project unit tests/unit/front-matter.test.ts" 'zz-no-description' ;;
    bad-mermaid) ensure_build; run_case "$c" "npx vitest run --project e2e tests/e2e/diagrams-math.test.ts -t 'parses'" 'zz-bad-mermaid.mdx:[0-9]+' ;;
    bad-math) run_case "$c" "npx docusaurus build --locale zh-Hans" 'KaTeX cannot parse' ;;
    broken-link) run_case "$c" "npx docusaurus build --locale zh-Hans" 'this-page-does-not-exist|zz-broken-link' ;;
    broken-anchor) run_case "$c" "npx docusaurus build --locale zh-Hans" 'no-such-heading|zz-broken-anchor' ;;
    console-error)
      cp "$root/tests/fixtures/breakage/$c.mdx" "docs/zz-$c.mdx"
      npx docusaurus build >/dev/null 2>&1
      rm -f "docs/zz-$c.mdx"
      echo "== $c: npx vitest run --project e2e tests/e2e/pages.test.ts"
      out=$(npx vitest run --project e2e tests/e2e/pages.test.ts 2>&1); status=$?
      echo "   exit status: $status"
      printf '%s\n' "$out" | grep -E 'zz-console-error' | head -n 3 | sed 's/^/   /'
      ;;
    *) echo "unknown case $c" >&2 ;;
  esac
done
