/**
 * Imports run one way: data → lib → plugins → components → theme and pages. A theme component
 * that imports a page's private part, or a page that reaches into the theme, couples two
 * things Docusaurus keeps apart (swizzled theme code is replaced wholesale on upgrades);
 * shared UI belongs in src/components and shared logic in src/lib (formatting, links, lookups,
 * sorting: plain functions with no React or Docusaurus), src/search or src/data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The src/ area an import resolves to (theme, pages, components…), or undefined outside src/. */
function areaOf(file: string, spec: string): string | undefined {
  let target: string;
  if (spec.startsWith('@site/')) target = join(root, spec.slice('@site/'.length));
  else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
  else return undefined; // packages and Docusaurus aliases (@theme/…, @docusaurus/…)
  const rel = relative(src, target);
  return rel.startsWith('..') ? undefined : rel.split(/[\\/]/)[0];
}

/** Which areas each area must not import. */
const forbidden: Record<string, readonly string[]> = {
  data: ['lib', 'plugins', 'components', 'theme', 'pages'],
  lib: ['plugins', 'components', 'theme', 'pages', 'search'],
  search: ['components', 'theme', 'pages'],
  components: ['theme', 'pages'],
  theme: ['pages'],
  pages: ['theme'],
};

const importRe =
  /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('imports run one way', () => {
  const violations: string[] = [];
  for (const file of files(src)) {
    const area = relative(src, file).split(/[\\/]/)[0]!;
    const banned = forbidden[area] ?? [];
    for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = (m[1] ?? m[2])!;
      const target = areaOf(file, spec);
      if (target && banned.includes(target))
        violations.push(`${relative(root, file)} imports ${spec} (${area} → ${target})`);
    }
  }

  it('finds the imports it checks', () => {
    // The pattern must see real imports, or the check below passes on nothing.
    const seen = files(src).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(importRe)]);
    expect(seen.length).toBeGreaterThan(200);
    expect(areaOf(join(src, 'theme', 'x.tsx'), '@site/src/pages/_components/A')).toBe('pages');
    expect(areaOf(join(src, 'pages', 'x.tsx'), '../theme/SearchBar/Snippet')).toBe('theme');
    expect(areaOf(join(src, 'components', 'A', 'index.tsx'), '../../lib/links')).toBe('lib');
  });

  it('has no import against the direction', () => {
    expect(violations).toEqual([]);
  });
});
