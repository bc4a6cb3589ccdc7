/**
 * Issue 19's floors for two kinds of page, read from the sources: an organisation's profile in
 * 社区 has at least 1,500 Chinese characters of prose (front matter, imports, code and diagram
 * blocks, table rows and footnote definitions not counted), and a section's index is an
 * overview that links every page of its section and draws how they relate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteRoot } from '../../scripts/lib/content-files';

const docs = join(siteRoot, 'docs');
const read = (path: string) => readFileSync(join(docs, path), 'utf8');

/** Chinese characters of a page's prose. */
function proseHanCount(mdx: string): number {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/^\|.*$/gm, '')
    .replace(/^import .*$/gm, '');
  return prose.match(/\p{Script=Han}/gu)?.length ?? 0;
}

describe('organisation profiles in 社区', () => {
  const profiles = [
    'hugging-face',
    'eleutherai',
    'bigscience',
    'laion',
    'ai2',
    'lmsys',
    'chinese-communities',
  ];
  for (const page of profiles)
    it(`${page} has at least 1,500 Chinese characters of prose`, () => {
      expect(proseHanCount(read(`community/${page}.mdx`))).toBeGreaterThanOrEqual(1500);
    });

  it('counts prose only', () => {
    const page = [
      '---',
      'title: 标题标题',
      '---',
      "import X from '@site/x';",
      '正文四字。',
      '| 表格 | 不算 |',
      '```mermaid',
      'A[图里不算]',
      '```',
      '[^1]: 脚注不算',
    ].join('\n');
    expect(proseHanCount(page)).toBe(4);
  });
});

describe('section overviews', () => {
  for (const section of ['community', 'contributing', 'resources', 'safety']) {
    it(`docs/${section}/index.mdx links every page of its section and has a diagram`, () => {
      const index = read(`${section}/index.mdx`);
      const pages = readdirSync(join(docs, section))
        .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
        .map((f) => f.replace(/\.mdx$/, ''));
      expect(pages.length).toBeGreaterThan(1);
      const unlinked = pages.filter(
        (p) =>
          !index.includes(`](/docs/${section}/${p})`) &&
          !index.includes(`](/docs/${section}/${p}#`),
      );
      expect(unlinked).toEqual([]);
      expect(index).toMatch(/^```mermaid$/m);
      expect(proseHanCount(index)).toBeGreaterThanOrEqual(1000);
    });
  }
});
