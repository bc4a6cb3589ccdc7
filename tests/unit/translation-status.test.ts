/**
 * Translations that fall behind: a copy of tests/fixtures/translations (a Chinese doc, post and
 * data file with stamped English versions) goes to a temp dir; editing the Chinese must turn
 * the translation stale, dated by the Chinese file's last commit (or its mtime when git cannot
 * tell); `npm run translations:check` must report it; the build plugin must hand exactly the
 * stale pages to the notice; and the notice must say so and link to the original.
 */
import React from 'react';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { checkReport, docTranslations, lastChanged } from '../../src/data/translation-status';
import { staleTranslations } from '../../src/plugins/translation-status';
import { extractPage } from '../../src/plugins/search/extract';
import { parseStampArgs } from '../../scripts/lib/stamp-args';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'translations');
const kvCache = 'docs/guide/kv-cache.mdx';
const kvCacheEn = 'i18n/en/docusaurus-plugin-content-docs/current/guide/kv-cache.mdx';
const post = 'blog/2026-01-05-launch.md';
const postEn = 'i18n/en/docusaurus-plugin-content-blog/2026-01-05-launch.md';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-translations-'));
  cpSync(fixture, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const statusOf = (file: string) => docTranslations(dir).find((d) => d.source === file);

/** Commits everything in the temp dir as of `date` (author and committer). */
function commitAll(date: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      env,
      stdio: 'ignore',
    });
  git('add', '-A');
  git('commit', '-q', '-m', `at ${date}`);
}

describe('translation status of docs and posts', () => {
  it('is current for the stamped fixtures and missing where there is no English file', () => {
    expect(statusOf(kvCache)).toEqual({
      source: kvCache,
      translation: kvCacheEn,
      status: 'current',
    });
    expect(statusOf(post)?.status).toBe('current');
    expect(statusOf('docs/guide/untranslated.mdx')?.status).toBe('missing');
  });

  it('turns stale when the Chinese changes, dated by the file mtime outside git', () => {
    appendFileSync(join(dir, kvCache), '\n缓存随上下文长度线性增长。\n');
    utimesSync(
      join(dir, kvCache),
      new Date('2026-07-08T09:00:00Z'),
      new Date('2026-07-08T09:00:00Z'),
    );
    expect(statusOf(kvCache)).toEqual({
      source: kvCache,
      translation: kvCacheEn,
      status: 'stale',
      sourceChanged: '2026-07-08',
    });
    expect(statusOf(post)?.status).toBe('current');
  });

  it('is dated by the last commit of the Chinese file in git, and by mtime while it has uncommitted edits', () => {
    execFileSync('git', ['init', '-q', dir]);
    commitAll('2026-03-04T10:00:00Z');
    appendFileSync(join(dir, post), '\n欢迎参与。\n');
    commitAll('2026-05-06T23:30:00+08:00');
    // A commit made late in the evening east of UTC is dated by its UTC day.
    expect(statusOf(post)).toMatchObject({ status: 'stale', sourceChanged: '2026-05-06' });
    expect(lastChanged(dir, kvCache)).toBe('2026-03-04');

    appendFileSync(join(dir, post), '\n再补一句。\n');
    utimesSync(join(dir, post), new Date('2026-09-10T12:00:00Z'), new Date('2026-09-10T12:00:00Z'));
    expect(statusOf(post)).toMatchObject({ status: 'stale', sourceChanged: '2026-09-10' });
  });

  it('gives the build exactly the stale translations, keyed by their file', () => {
    expect(staleTranslations(dir)).toEqual({ stale: {} });
    appendFileSync(join(dir, kvCache), '\n补充。\n');
    utimesSync(
      join(dir, kvCache),
      new Date('2026-11-30T08:00:00Z'),
      new Date('2026-11-30T08:00:00Z'),
    );
    expect(staleTranslations(dir)).toEqual({ stale: { [kvCacheEn]: '2026-11-30' } });
  });
});

describe('npm run translations:check', () => {
  it('reports current, stale and missing docs and data entries', () => {
    expect(checkReport(dir)).toBe(
      [
        'Docs and posts: 2 current, 0 stale, 0 not stamped, 1 missing',
        '  missing: docs/guide/untranslated.mdx',
        'Data entries: 1 current, 0 stale, 0 not stamped, 1 missing',
        '  missing: models:demo-13b',
      ].join('\n'),
    );
  });

  it('lists an edited doc and data entry as stale, with the day the Chinese changed', () => {
    appendFileSync(join(dir, kvCache), '\n补充。\n');
    utimesSync(
      join(dir, kvCache),
      new Date('2026-11-30T08:00:00Z'),
      new Date('2026-11-30T08:00:00Z'),
    );
    const data = join(dir, 'src/data/models/demo.yaml');
    writeFileSync(
      data,
      readFileSync(data, 'utf8').replace('测试翻译状态的模型', '测试翻译状态的小模型'),
    );
    expect(checkReport(dir)).toBe(
      [
        'Docs and posts: 1 current, 1 stale, 0 not stamped, 1 missing',
        `  stale: ${kvCache} (Chinese changed 2026-11-30)`,
        '  missing: docs/guide/untranslated.mdx',
        'Data entries: 0 current, 1 stale, 0 not stamped, 1 missing',
        '  stale: models:demo-7b',
        '  missing: models:demo-13b',
      ].join('\n'),
    );
  });

  it('exits 0 even when translations are missing (informational)', { timeout: 60_000 }, () => {
    const root = join(import.meta.dirname, '..', '..');
    expect(() =>
      execFileSync(
        join(root, 'node_modules', '.bin', 'tsx'),
        ['scripts/translations.ts', 'check'],
        {
          cwd: root,
          stdio: 'pipe',
        },
      ),
    ).not.toThrow();
  });
});

// The notice, rendered as the English build renders it.
const fill = (message: string, values: Record<string, React.ReactNode> = {}) =>
  message
    .split(/(\{\w+\})/)
    .map((part, i) =>
      /^\{\w+\}$/.test(part)
        ? React.createElement(React.Fragment, { key: i }, values[part.slice(1, -1)])
        : part,
    );
const english: Record<string, string> = {
  'notice.stale-translation.page':
    'The Chinese original has been updated since this translation ({date}); {link}.',
  'notice.stale-translation.entry':
    'The Chinese original of this entry has been updated since this translation ({date}); {link}.',
  'notice.stale-translation.link': 'read it here',
};
vi.mock('@docusaurus/Translate', () => ({
  default: ({
    id,
    values,
    children,
  }: {
    id: string;
    values?: Record<string, React.ReactNode>;
    children: string;
  }) => fill(english[id] ?? children, values),
}));
const site = { locale: 'en', stale: {} as Record<string, string> };
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({
    i18n: { currentLocale: site.locale, defaultLocale: 'zh-Hans' },
    siteConfig: { baseUrl: site.locale === 'en' ? '/en/' : '/' },
  }),
}));
vi.mock('@docusaurus/useGlobalData', () => ({
  usePluginData: () => ({ stale: site.stale }),
}));

const { default: TranslationNotice, usePageTranslation } =
  await import('../../src/components/TranslationNotice');

function PageNotice({ source, permalink }: { source: string; permalink: string }) {
  const props = usePageTranslation(source, permalink);
  return props ? React.createElement(TranslationNotice, props) : null;
}
const renderPage = (source: string, permalink: string) =>
  renderToStaticMarkup(React.createElement(PageNotice, { source, permalink }));

describe('TranslationNotice', () => {
  beforeEach(() => {
    site.locale = 'en';
    site.stale = { [kvCacheEn]: '2026-11-30' };
  });

  it('says a stale page was translated from an older original, with the date and a link to it', () => {
    const html = renderPage(`@site/${kvCacheEn}`, '/en/docs/guide/kv-cache');
    expect(html).toContain('data-translation="stale"');
    expect(html.replace(/<[^>]+>/g, '')).toBe(
      'The Chinese original has been updated since this translation (2026-11-30); read it here.',
    );
    expect(html).toContain('<time dateTime="2026-11-30">');
    expect(html).toContain('<a href="/docs/guide/kv-cache" hrefLang="zh-Hans">read it here</a>');
  });

  it('shows nothing for a current translation or in the Chinese edition', () => {
    expect(renderPage(`@site/${postEn}`, '/en/blog/launch')).toBe('');
    site.locale = 'zh-Hans';
    expect(renderPage('@site/docs/guide/kv-cache.mdx', '/docs/guide/kv-cache')).toBe('');
  });

  it('says when a page is not translated at all', () => {
    const html = renderPage('@site/docs/guide/untranslated.mdx', '/en/docs/guide/untranslated');
    expect(html).toContain('data-translation="untranslated"');
    expect(html).toContain('href="/docs/guide/untranslated"');
  });

  it('is left out of the search index (the same sentence on every untranslated page)', () => {
    const notice = renderPage('@site/docs/guide/untranslated.mdx', '/en/docs/guide/untranslated');
    const html = `<html><body><article>${notice}<h1>KV cache</h1><p>Keys and values.</p></article></body></html>`;
    expect(extractPage(html)).toMatchObject({ title: 'KV cache', intro: 'Keys and values.' });
  });

  it('words a data entry as an entry', () => {
    const html = renderToStaticMarkup(
      React.createElement(TranslationNotice, {
        state: 'stale',
        subject: 'entry',
        updated: '2026-10-01',
        original: '/models/demo-7b',
      }),
    );
    expect(html.replace(/<[^>]+>/g, '')).toBe(
      'The Chinese original of this entry has been updated since this translation (2026-10-01); read it here.',
    );
  });
});

describe('the arguments of translations:stamp', () => {
  it('take one or more keys after each --update', () => {
    expect([...parseStampArgs([])]).toEqual([]);
    expect([...parseStampArgs(['--update', 'models:phi-2'])]).toEqual(['models:phi-2']);
    expect([
      ...parseStampArgs(['--update', 'models:a', 'models:b', '--update', 'docs/models/llama.mdx']),
    ]).toEqual(['models:a', 'models:b', 'docs/models/llama.mdx']);
  });

  it('reject a key without --update, an unknown flag and an --update with no key', () => {
    expect(() => parseStampArgs(['models:a'])).toThrow('unexpected argument "models:a"');
    expect(() => parseStampArgs(['--update', 'models:a', '--force'])).toThrow(
      'unexpected argument "--force"',
    );
    expect(() => parseStampArgs(['--update'])).toThrow('--update needs at least one key');
    expect(() => parseStampArgs(['--update', '--update', 'models:a'])).toThrow(
      '--update needs at least one key',
    );
  });
});
