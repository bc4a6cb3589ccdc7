/**
 * "本页的更正": a doc page, blog post or model page ends with the corrections log's entries
 * about it. The file → path mapping is the loader's path → file mapping reversed, so every
 * page-targeted correction in the real log reaches its page; the remark plugin adds the
 * component only to pages with corrections, with only their entries, newest first.
 */
import { relative, join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { blogFileOf, docFileOf, loadAtlasData } from '../../src/data/load';
import { correctionsOf } from '../../src/lib/corrections';
import type { Correction } from '../../src/data/types';
import remarkPageCorrections, { pageTarget } from '../../src/plugins/page-corrections/remark';
import { modelPageData } from '../../src/plugins/model-pages/data';

const root = join(import.meta.dirname, '..', '..');
const real = loadAtlasData({ dataDir: join(root, 'src', 'data'), rootDir: root });

const entry = (id: string, date: string, target: string): Correction => ({
  id,
  date,
  target,
  wrong: `wrong ${id}`,
  right: `right ${id}`,
  sources: ['https://example.org/'],
});

describe('pageTarget: the path a correction names for the file being compiled', () => {
  it.each([
    ['docs/models/qwen.mdx', '/docs/models/qwen'],
    ['docs/community/index.mdx', '/docs/community'],
    ['docs/index.mdx', '/docs'],
    ['docs/fundamentals/memory.md', '/docs/fundamentals/memory'],
    // Only a file named index is a section's index page.
    ['docs/tools/reindex.mdx', '/docs/tools/reindex'],
    ['i18n/en/docusaurus-plugin-content-docs/current/models/qwen.mdx', '/docs/models/qwen'],
    ['i18n/en/docusaurus-plugin-content-docs/current/community/index.mdx', '/docs/community'],
    ['blog/2023-12-31-open-llms-2023.mdx', '/blog/open-llms-2023'],
    [
      'i18n/en/docusaurus-plugin-content-blog/2023-12-31-open-llms-2023.mdx',
      '/blog/open-llms-2023',
    ],
  ])('%s → %s', (file, path) => {
    expect(pageTarget(file)).toBe(path);
  });

  it.each(['src/pages/corrections.mdx', 'README.md', 'docs/models/qwen.tsx'])(
    '%s is not a doc or a post',
    (file) => expect(pageTarget(file)).toBeUndefined(),
  );

  it('maps back every page the real log corrects, so no correction misses its page', () => {
    const pages = [...new Set(real.data.corrections.map((c) => c.target))].filter((t) =>
      t.startsWith('/'),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const target of pages) {
      const file = target.startsWith('/blog/')
        ? blogFileOf(target, join(root, 'blog'))
        : docFileOf(target, join(root, 'docs'));
      expect(file, target).toBeDefined();
      expect(pageTarget(relative(root, file!)), target).toBe(target);
    }
  });
});

describe('correctionsOf', () => {
  const log = [
    entry('a', '2026-11-20', '/docs/x'),
    entry('b', '2026-12-01', 'model:m'),
    entry('c', '2026-12-01', '/docs/x'),
    entry('d', '2026-11-25', '/docs/x'),
    entry('e', '2026-12-01', '/docs/x'),
  ];

  it('keeps only the target’s entries, newest first (later in the file first on a tie)', () => {
    expect(correctionsOf(log, '/docs/x').map((c) => c.id)).toEqual(['e', 'c', 'd', 'a']);
    expect(correctionsOf(log, 'model:m').map((c) => c.id)).toEqual(['b']);
    expect(correctionsOf(log, '/docs/y')).toEqual([]);
  });

  it('carries what was wrong and what is right, not the sources', () => {
    expect(correctionsOf(log, 'model:m')).toEqual([
      { id: 'b', date: '2026-12-01', wrong: 'wrong b', right: 'right b' },
    ]);
  });

  it('gives a model page its model’s corrections', () => {
    const target = real.data.corrections.find((c) => c.target.startsWith('model:'))!;
    const id = target.target.slice('model:'.length);
    const page = modelPageData(real.data, id);
    expect(page.corrections.map((c) => c.id)).toContain(target.id);
    expect(page.corrections.length).toBe(
      real.data.corrections.filter((c) => c.target === target.target).length,
    );
  });
});

describe('the remark plugin', () => {
  const log = [
    entry('one', '2026-12-01', '/docs/x'),
    entry('two', '2026-12-02', '/docs/x'),
    entry('post', '2026-12-02', '/blog/a-post'),
  ];
  const compileAt = async (path: string, value = '# Title\n\nText.\n') =>
    String(
      await compile(new VFile({ path: join(root, path), value }), {
        remarkPlugins: [
          [remarkPageCorrections, { data: () => ({ corrections: log }), siteDir: root }],
        ],
      }),
    );

  it('ends a corrected page with the component and its entries, newest first', async () => {
    const js = await compileAt('docs/x.mdx');
    expect(js).toMatch(/from ["']@site\/src\/components\/PageCorrections["']/);
    expect(js).toMatch(/AtlasPageCorrections/);
    const two = js.indexOf('right two');
    const one = js.indexOf('right one');
    expect(two).toBeGreaterThan(-1);
    expect(one).toBeGreaterThan(two);
    expect(js).not.toContain('example.org');
  });

  it('adds it to a whole blog post, not to its excerpt on the list pages', async () => {
    const whole = 'Intro.\n\n{/* truncate */}\n\nRest.\n';
    expect(await compileAt('blog/2026-01-01-a-post.mdx', whole)).toContain('right post');
    // The list pages compile the post cut before its marker.
    expect(await compileAt('blog/2026-01-01-a-post.mdx', 'Intro.\n')).not.toContain('right post');
  });

  it('leaves a page without corrections, and a file outside docs and blog, alone', async () => {
    for (const path of ['docs/y.mdx', 'src/pages/x.mdx']) {
      const js = await compileAt(path);
      expect(js).not.toContain('PageCorrections');
    }
  });
});
